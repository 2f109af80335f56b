import { Alert, Button } from 'antd'
import { AUTHORIZATION_STATUSES, type FilingAuthorization } from '@/domain/family'
import { go } from '../route'
import { chinaTime } from '../types'

/**
 * A 代办 filing: how the filer was authorised for the 参保人 when it was filed (the case's
 * proxyAuthorization; SPEC §2: 001 申请材料, 004 备注2) — the 参保人's own 同意 in their account,
 * or a 授权委托书 approved by a reviewer, or none — and whether it was withdrawn since.
 */
export function ProxyAuthorizationCard({ a, proxy }: { a: FilingAuthorization; proxy: string }) {
  if (a.kind === 'NONE') {
    const latest = a.latest
      ? `最近一次：${a.latest.method === 'INVITATION' ? '邀请' : '授权委托书'}（${chinaTime(a.latest.createdAt)} 提交），现在“${AUTHORIZATION_STATUSES[a.latest.status]}”。`
      : '这位家人没有任何授权记录。'
    return (
      <Alert
        type="error"
        showIcon
        title="代办授权：提交时没有生效的授权"
        description={`代办人 ${proxy} 提交这份备案时，没有找到参保人的有效授权。${latest}请先核实授权再审核。`}
        data-testid="proxy-authorization"
      />
    )
  }
  const revoked = a.revokedAt ? `这份授权已于 ${chinaTime(a.revokedAt)} 撤销（在这份备案提交之后），现在不能再代办新的备案。` : ''
  if (a.kind === 'INVITATION') {
    return (
      <Alert
        type={a.revokedAt ? 'warning' : 'success'}
        showIcon
        title="代办授权：参保人本人在自己的手机上同意"
        description={`参保人 ${chinaTime(a.since)} 用自己的账号（本人实人认证过）同意了代办人 ${proxy} 的邀请，同意由其代办。${revoked}`}
        data-testid="proxy-authorization"
      />
    )
  }
  return (
    <Alert
      type={a.revokedAt ? 'warning' : 'success'}
      showIcon
      title="代办授权：授权委托书已审核通过"
      description={`代办人 ${proxy} 上传的授权委托书 ${chinaTime(a.since)} ${a.decidedByName ? `由审核员 ${a.decidedByName} ` : ''}审核通过。${revoked}`}
      action={
        <Button size="small" onClick={() => go(`authorization/${a.authorizationId}`)} data-testid="open-letter">
          查看委托书
        </Button>
      }
      data-testid="proxy-authorization"
    />
  )
}
