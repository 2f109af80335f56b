import type { FastifyRequest } from 'fastify'
import type { AuditActor } from '@server/db/repositories/audit'
import type { StaffRole } from '@server/db/repositories/staff'

/** Who is acting on a staff route: a staff account's session, or the REVIEWER_TOKEN service account. */
export interface StaffPrincipal {
  kind: 'STAFF' | 'SERVICE'
  /** The account id, or `service:reviewer-token`. */
  id: string
  username: string
  displayName: string
  role: StaffRole
  /** SHA-256 of the session token (STAFF only). */
  sessionId: string | null
  sessionExpiresAt: string | null
  /** The account's password was set by someone else: only changing it (or signing out) is allowed. */
  mustChangePassword: boolean
}

/** The REVIEWER_TOKEN as a named account: it may review, never manage accounts or read the audit log. */
export const SERVICE_PRINCIPAL: StaffPrincipal = Object.freeze({
  kind: 'SERVICE',
  id: 'service:reviewer-token',
  username: 'service:reviewer-token',
  displayName: '服务账号（REVIEWER_TOKEN）',
  role: 'REVIEWER',
  sessionId: null,
  sessionExpiresAt: null,
  mustChangePassword: false,
})

export function auditActor(principal: StaffPrincipal): AuditActor {
  return { type: principal.kind, id: principal.id, name: principal.username, role: principal.role }
}

/** The caller's address as Fastify sees it (set `trustProxy` behind a proxy). */
export function clientIp(request: FastifyRequest): string | null {
  return request.ip || null
}
