/**
 * The authorisation that lets one person file for another (代办: 授权委托书, SPEC §2; 001 申请材料;
 * 004 备注2). Either the family member confirms in their own account (an invitation), or the
 * filer uploads the signed 授权委托书 with the member's ID and staff check it.
 */

export const AUTHORIZATION_METHODS = ['INVITATION', 'DOCUMENT'] as const
export type AuthorizationMethod = (typeof AUTHORIZATION_METHODS)[number]

/** Stored states; EXPIRED is never stored: it is an invitation past its time (see effectiveAuthorizationStatus). */
export const AUTHORIZATION_STATUSES = {
  PENDING_INVITE: '等待家人确认',
  PENDING_REVIEW: '授权委托书审核中',
  ACTIVE: '已授权',
  REJECTED: '授权委托书未通过',
  REVOKED: '授权已撤销',
  EXPIRED: '邀请已过期',
} as const

export type AuthorizationStatus = keyof typeof AUTHORIZATION_STATUSES

/** How long an invitation can be accepted. */
export const INVITATION_TTL_DAYS = 7

/** The status a person sees now: an invitation not accepted in time has expired. */
export function effectiveAuthorizationStatus(
  status: AuthorizationStatus,
  expiresAt: string | null,
  now: Date,
): AuthorizationStatus {
  if (status === 'PENDING_INVITE' && expiresAt !== null && Date.parse(expiresAt) <= now.getTime()) return 'EXPIRED'
  return status
}

/** Only an active authorisation lets the filer file for the member. */
export function canFileFor(status: AuthorizationStatus): boolean {
  return status === 'ACTIVE'
}

/** The invitation's expiry for one made at `now` (ISO instant). */
export function invitationExpiresAt(now: Date): string {
  return new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3_600_000).toISOString()
}
