import { Alert, Button } from 'antd'
import type { FilerVerification } from '@/domain/review/staff-views'
import { go } from '../route'

/**
 * The filing account's 实人认证, by the decision panel (the case's filerVerification): a
 * self-service filing by an unverified account waits for review only because of it, and its
 * photos are under 实人认证, not on this page. 待核对 says to check them first and links there.
 */
export function FilerVerificationCard({
  v,
  filingId,
  proxyIdentitySent = false,
  name = v.nameMasked,
}: {
  v: FilerVerification
  /** The filing whose page shows the card: the request opened from it returns there once decided. */
  filingId: string
  proxyIdentitySent?: boolean
  /** The filer's name in full once the page revealed it (显示完整信息); masked until then. */
  name?: string
}) {
  const who = v.whose === 'PROXY' ? `代办人 ${name}` : `申请人 ${name}（本人办理）`
  const title = `${who}的实人认证：${v.statusLabel}`
  const open =
    v.pendingRequestId === null ? undefined : (
      <Button type="primary" size="small" onClick={() => go(`verification/${v.pendingRequestId}/${filingId}`)} data-testid="open-verification">
        打开这份实人认证
      </Button>
    )
  // A 代办 filing's materials hold the 参保人's ID, not the proxy's (a trial: staff were told to check
  // an ID that was not there): the way to see who files is to ask for the proxy's own.
  // Once the proxy sent their own ID as asked (proxyIdentitySupplied), it is what to check against (a
  // trial: the console kept asking for it after it came).
  const checkAgainst =
    v.whose !== 'PROXY'
      ? '请对照材料里的身份证件核对是不是本人在办理。'
      : proxyIdentitySent
        ? `代办人已经按要求补交了自己的身份证件（材料里标“代办人的”）：请对照它核对是不是代办人 ${name} 本人在办理。`
        : '材料里的身份证件是参保人的，看不出是谁在代办：可以选“要求补正”，勾选“代办人的有效身份证件”。'
  const said: Record<FilerVerification['status'], { type: 'success' | 'warning' | 'info' | 'error'; description: string }> = {
    VERIFIED: { type: 'success', description: '已确认是本人在办理。' },
    PENDING: {
      type: 'warning',
      description: '先核对实人认证：身份证照片在“实人认证”里等人工核对。核对通过前，不能确认是本人在办理。',
    },
    // 实人认证's own photos, not the materials (a trial: beside 代办人已经按要求补交了自己的身份证件 it read as a contradiction).
    UNVERIFIED: { type: 'info', description: `没有做实人认证（没有刷脸，也没有上传实人认证用的身份证照片）。${checkAgainst}` },
    REJECTED: { type: 'error', description: `上传的身份证照片人工核对没通过。${checkAgainst}` },
  }
  return (
    <Alert
      type={said[v.status].type}
      showIcon
      title={title}
      description={said[v.status].description}
      action={open}
      data-testid="filer-verification"
    />
  )
}
