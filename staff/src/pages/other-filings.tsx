import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd'
import type { CaseOtherFiling } from '@/domain/review/staff-views'
import { go } from '../route'

/** How each relation to the admission is tagged. */
const TAGS: Record<CaseOtherFiling['relation'], { color: string; text: string }> = {
  COVERS: { color: 'red', text: '已管着这次住院' },
  COVERS_ONCE_APPROVED: { color: 'orange', text: '审核通过后会管' },
  STARTS_LATER: { color: 'blue', text: '入院后才生效' },
  ENDED_BEFORE: { color: 'default', text: '入院前已到期' },
  OTHER_PLACE: { color: 'default', text: '别的地方' },
  OTHER_ADMISSION: { color: 'default', text: '另一次住院' },
  NOT_STANDING: { color: 'default', text: '已不再有效' },
}

/**
 * 该参保人的其他备案, beside an emergency filing (trial: the console showed the emergency filing and
 * nothing of the long-term filing to the same city the person held): each with what it is to this
 * admission (the case's otherFilings, the rule behind 409 EMERGENCY_ALREADY_COVERED). One that
 * covers the stay leads with a warning: the emergency filing is not needed (003 第九条; 002 第十三条).
 */
export function OtherFilings({ filings }: { filings: readonly CaseOtherFiling[] }) {
  if (filings.length === 0) return null
  const covering = filings.find((f) => f.relation === 'COVERS' || f.relation === 'COVERS_ONCE_APPROVED')
  const later = filings.find((f) => f.relation === 'STARTS_LATER')
  return (
    <Card title="该参保人的其他备案" size="small" data-testid="other-filings">
      <Space direction="vertical" style={{ width: '100%' }}>
        {covering ? (
          <Alert
            type="warning"
            showIcon
            title={`${covering.typeName}备案 ${covering.number}（${covering.place}）${covering.relation === 'COVERS' ? '已经管着这次住院' : '审核通过后就管这次住院'}`}
            description="入院那天在它的有效期内的，整次住院都算已备案（阳医保通〔2021〕23号 第九条；苏医保发〔2022〕75号 第十三条），这份急诊备案用不着。请和申请人核实后再决定。"
            data-testid="other-filings-covering"
          />
        ) : later ? (
          <Alert
            type="info"
            showIcon
            title={`${later.typeName}备案 ${later.number}（${later.place}）入院后才生效，管不到这次住院`}
            description="这次住院要靠这份急诊备案；以后在那里看病，用已有的备案。"
            data-testid="other-filings-later"
          />
        ) : null}
        <List
          size="small"
          dataSource={filings as CaseOtherFiling[]}
          renderItem={(f) => (
            <List.Item
              actions={[
                <Button key="open" type="link" size="small" onClick={() => go(`filing/${f.id}`)}>
                  打开
                </Button>,
              ]}
              data-testid={`other-filing-${f.id}`}
            >
              <Space direction="vertical" size={2}>
                <span>
                  <b>{f.typeName}</b> · {f.number} · {f.place} <Tag>{f.statusLabel}</Tag>
                  <Tag color={TAGS[f.relation].color}>{TAGS[f.relation].text}</Tag>
                </span>
                <Typography.Text type="secondary">
                  有效期：{f.validity}。{f.note}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Space>
    </Card>
  )
}
