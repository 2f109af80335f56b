import { Button, Descriptions, Typography } from 'antd'
import { useState } from 'react'
import { ApiError, api } from '../api'
import type { RevealedPerson } from '../types'

/** Masked until asked; asking is logged by the server (POST …/reveal → audit row VIEW_PERSON). */
export function RevealButton<T>({ path, onReveal }: { path: string; onReveal: (data: T) => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <>
      <Button
        size="small"
        loading={busy}
        onClick={() => {
          setBusy(true)
          api<T>('POST', path)
            .then(onReveal)
            .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
            .finally(() => setBusy(false))
        }}
      >
        显示完整信息
      </Button>
      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
        {error ?? '查看会记入审计日志'}
      </Typography.Text>
    </>
  )
}


/**
 * The 参保人 of a filing, masked until 显示完整信息; `full` and `onReveal` are the page's, so the
 * other panels (代办授权, 实人认证, 进度, the proxy's ID photo) name the proxy as revealed too.
 */
export function PersonDetails(props: {
  filingId: string
  masked: { name: string; idNumber: string; phone1: string; phone2: string | null; relation?: string; filer: string; filedBySelf: boolean }
  full: RevealedPerson | null
  onReveal: (full: RevealedPerson) => void
}) {
  const { full, onReveal: setFull } = props
  const m = props.masked
  return (
    <Descriptions
      title="参保人"
      bordered
      size="small"
      column={2}
      extra={full ? <Typography.Text type="warning">已显示完整信息（已记录）</Typography.Text> : <RevealButton<RevealedPerson> path={`/api/review/filings/${props.filingId}/reveal`} onReveal={setFull} />}
    >
      <Descriptions.Item label="姓名">{full ? full.name : m.name}</Descriptions.Item>
      <Descriptions.Item label="身份证号" contentStyle={{ fontFamily: 'monospace' }}>
        <span data-testid="id-number">{full ? full.idNumber : m.idNumber}</span>
      </Descriptions.Item>
      <Descriptions.Item label="联系电话">
        <span data-testid="phone">{full ? [full.phone1, full.phone2].filter(Boolean).join(' / ') : [m.phone1, m.phone2].filter(Boolean).join(' / ')}</span>
      </Descriptions.Item>
      <Descriptions.Item label="办理人">{m.filedBySelf ? '本人办理' : `${full?.filerName ?? m.filer} 代办${m.relation ? `（参保人是其${m.relation}）` : ''}`}</Descriptions.Item>
      {!m.filedBySelf && full ? (
        <Descriptions.Item label="代办人身份证号" contentStyle={{ fontFamily: 'monospace' }}>
          <span data-testid="filer-id-number">{full.filerIdNumber ?? '代办人还没有填实名信息'}</span>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  )
}
