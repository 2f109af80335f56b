import { Alert, Button, Table, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { timeLeft } from '@/domain/review'
import { ApiError, api } from '../api'
import { go, useNow } from '../route'
import { chinaTime, type QueueItem } from '../types'

/**
 * 待审核: emergency filings and 授权委托书, oldest first (past the server's limit of 500 filings,
 * how many more wait is said above the list), each with the time left to its
 * deadline by its 参保地's review setting and that deadline's 依据 (QueueItem.deadlineBasis: the
 * 参保地's own document, or 本地规定未收录); overdue in red.
 */
/** Text for screen readers and copying only (the usual clip pattern: no box, nothing shown). */
const VISUALLY_HIDDEN: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }

/**
 * A short column kept on one line, its header too (a trial at 1440 px: 参保/人, 广东省深圳/市, a time
 * broken after its date); the long 办结期限 column with its 依据 takes what is left.
 */
const ONE_LINE = { onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }), onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) }

export function QueuePage() {
  const [items, setItems] = useState<QueueItem[] | null>(null)
  const [waiting, setWaiting] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const now = useNow()
  useEffect(() => {
    api<{ items: QueueItem[]; waiting: number }>('GET', '/api/review/queue')
      .then((r) => {
        setItems(r.items)
        setWaiting(r.waiting)
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
  }, [])
  const overdue = items?.filter((i) => i.overdue).length ?? 0
  const unlisted = waiting - (items?.length ?? 0)
  return (
    <>
      <Typography.Title level={3}>待审核（{waiting} 件{overdue > 0 ? `，其中 ${overdue} 件已超时` : ''}）</Typography.Title>
      <Typography.Paragraph type="secondary">
        先到的在前。办结期限按每件参保地的规定计算，依据写在期限下面；参保地规定未收录的，按本系统的统一做法 1 个工作日办结。
        收到当天不算，截止为下一个工作日 24:00；节假日顺延，调休上班日算工作日。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
      {unlisted > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="queue-unlisted"
          title={`这里列出最早收到的 ${items?.length ?? 0} 件，还有 ${unlisted} 件后到的没有列出。先办完这些，刷新页面再看后面的。`}
        />
      )}
      <Table<QueueItem>
        rowKey="id"
        loading={items === null && !error}
        dataSource={items ?? []}
        pagination={false}
        locale={{ emptyText: '没有待审核的事项' }}
        rowClassName={(r) => (r.overdue ? 'overdue-row' : '')}
        onRow={(r) => ({ onClick: () => go(`${r.kind === 'FILING' ? 'filing' : 'authorization'}/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: '事项',
            dataIndex: 'title',
            render: (t: string, r) =>
              r.kind === 'FILING' ? (
                <>
                  <Tag color="blue">{t}</Tag>
                  {r.cameBackWith ? (
                    <>
                      {/* Read aloud and copied as two phrases, not 异地急诊（抢救）人员已改正 (a trial). */}
                      <span style={VISUALLY_HIDDEN}>，</span>
                      <Tag color="orange" data-testid="queue-came-back">
                        {r.cameBackWith}
                      </Tag>
                    </>
                  ) : null}
                  {/* 批准 will ask to confirm identity another way first (a trial: only the case page said so). */}
                  {r.filerVerifying ? (
                    <>
                      <span style={VISUALLY_HIDDEN}>，</span>
                      <Tag color="gold" data-testid="queue-verifying">
                        {/* Whose: the proxy's, not the 参保人's on the row (a trial). */}
                        {r.filedByProxy ? '代办人实人认证待核对' : '实人认证待核对'}
                      </Tag>
                    </>
                  ) : null}
                </>
              ) : (
                <>
                  <Tag color="purple">{t}</Tag>
                  {r.earlierRefusals > 0 ? (
                    <Tag color="orange" data-testid="queue-resubmitted">{`第 ${r.earlierRefusals + 1} 次提交（之前退回 ${r.earlierRefusals} 次）`}</Tag>
                  ) : null}
                </>
              ),
          },
          { title: '备案编号', dataIndex: 'number', render: (n: string | null) => n ?? '—', ...ONE_LINE },
          { title: '参保人', dataIndex: 'personMasked', ...ONE_LINE },
          { title: '参保地', dataIndex: 'insuredRegionName', ...ONE_LINE },
          { title: '收到时间', dataIndex: 'receivedAt', render: chinaTime, ...ONE_LINE },
          {
            title: '办结期限',
            dataIndex: 'deadline',
            render: (d: string, r) => (
              <>
                <div>{`${d} 24:00${r.provisional ? '（暂按周末计算）' : ''}`}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="deadline-basis">
                  依据：{r.deadlineBasis}
                </Typography.Text>
              </>
            ),
          },
          {
            title: '剩余时间',
            key: 'left',
            render: (_: unknown, r) => {
              const left = timeLeft(Date.parse(r.deadlineEndsAt), now)
              return left.overdue ? <Tag color="red">{left.text}</Tag> : <Tag color={left.minutes < 240 ? 'orange' : 'green'}>{left.text}</Tag>
            },
          },
          {
            title: '操作',
            key: 'open',
            render: (_: unknown, r) => (
              <Button type="link" onClick={() => go(`${r.kind === 'FILING' ? 'filing' : 'authorization'}/${r.id}`)}>
                打开
              </Button>
            ),
          },
        ]}
      />
    </>
  )
}
