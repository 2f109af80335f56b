import type { AuthorizationReviewView } from '@/domain/family'

export type { CaseDecision, FilingCase, QueueItem, RevealedPerson } from '@/domain/review/staff-views'

/** Shapes the console reads (the server's README lists the endpoints). */

export interface Staff {
  id: string
  username: string
  displayName: string
  role: 'REVIEWER' | 'ADMIN'
}


export interface Preview {
  recipients: number
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

/** 'YYYY-MM-DD HH:mm' in China time. */
export function chinaTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
}
