import type { AuthorizationReviewView } from '@/domain/family'

export type { CaseDecision, CaseNotice, FilingCase, QueueItem, RevealedPerson } from '@/domain/review/staff-views'
export { noticesInWords } from '@/domain/review/notice-words'

/** Shapes the console reads (the server's README lists the endpoints). */

export interface Staff {
  id: string
  username: string
  displayName: string
  role: 'REVIEWER' | 'ADMIN'
}


export interface Preview {
  recipients: number
  /** Who gets it (POST …/preview): APPLICANT 本人办理; PROXY 代办人 (masked); INSURED the member filed for. */
  recipientList: Array<{ role: 'APPLICANT' | 'PROXY' | 'INSURED'; name: string; /** Holds a grant for the WeChat message (订阅消息); else the app alone shows it. */ wechatMessage: boolean }>
  /** 代办: the member has no account of their own and gets nothing. */
  insuredWithoutAccount: boolean
  wechat: { title: string; fields: Array<{ label: string; value: string }> }
  app: { statusLabel: string; note: string }
}

export type Authorization = AuthorizationReviewView

export interface Account {
  id: string
  username: string
  displayName: string
  role: 'REVIEWER' | 'ADMIN'
  roleLabel: string
  status: 'ACTIVE' | 'DISABLED'
  statusLabel: string
  createdAt: string
  /** The password was set by an admin; its owner must change it at the next sign-in. */
  mustChangePassword: boolean
}

export interface AuditEntry {
  seq: number
  at: string
  actor: { type: string; name: string; role: string | null }
  action: string
  actionLabel: string
  subject: { type: string; id: string; label: string | null } | null
  detail: Record<string, unknown>
  ip: string | null
}

/**
 * Who a decision notifies, in words: 通知 1 人：申请人本人; 通知 2 人：代办人 张*华 和 参保人 张建国;
 * a person without a grant for the WeChat message is marked so (申请人本人（没有订阅微信消息，只能在
 * 小程序里看到）: the reviewer may phone when it is urgent); with a note when the member filed for
 * has no account.
 */
export function recipientsInWords(p: Pick<Preview, 'recipientList' | 'insuredWithoutAccount'>): string {
  const who = p.recipientList.map(
    (r) =>
      (r.role === 'APPLICANT' ? '申请人本人' : r.role === 'PROXY' ? `代办人 ${r.name}` : `参保人 ${r.name}`) +
      (r.wechatMessage ? '' : '（没有订阅微信消息，只能在小程序里看到）'),
  )
  const text = who.length === 0 ? '不通知任何人' : `通知 ${who.length} 人：${who.join(' 和 ')}`
  return p.insuredWithoutAccount && p.recipientList.some((r) => r.role === 'PROXY') ? `${text}（参保人没有自己的账号，收不到通知）` : text
}

/** 'YYYY-MM-DD HH:mm' in China time. */
export function chinaTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
}
