import type { AuthorizationMethod, AuthorizationStatus } from './authorization'

/**
 * How a proxy was authorised for the person a 代办 filing is for (SPEC §2: 001 申请材料; 004 备注2:
 * 委托人及代理人身份证件 + 授权委托书): the staff console shows it on the filing's case.
 */

/** One authorisation request of a family member, as stored (instants ISO 8601). */
export interface AuthorizationFacts {
  id: string
  method: AuthorizationMethod
  status: AuthorizationStatus
  createdAt: string
  expiresAt: string | null
  /** An invitation: when the member said 同意 in their own account. */
  acceptedAt: string | null
  /** A 授权委托书: when staff decided. */
  decidedAt: string | null
  decidedByName: string | null
  /** When it was withdrawn, replaced by a new request, or its member removed. */
  revokedAt: string | null
}

/** What the console shows: the authorisation in force when the filing was made, or why there was none. */
export type FilingAuthorization =
  | {
      kind: 'INVITATION' | 'DOCUMENT'
      authorizationId: string
      /** When it took effect: the member's 同意, or the staff decision on the letter. */
      since: string
      /** Who approved the letter (null for an invitation, or a decision made before reviewers were recorded). */
      decidedByName: string | null
      /** Withdrawn since (after the filing was made); null while it stands. */
      revokedAt: string | null
    }
  | {
      kind: 'NONE'
      /** The member's latest request and its status now (an unaccepted invitation past its time is EXPIRED); null when none was ever made. */
      latest: { method: AuthorizationMethod; status: AuthorizationStatus; createdAt: string } | null
    }

const at = (iso: string): number => Date.parse(iso)

/** When an authorisation took effect, or null if it never did (pending, refused, replaced while pending). */
function effectiveSince(a: AuthorizationFacts): string | null {
  if (a.status !== 'ACTIVE' && a.status !== 'REVOKED') return null
  // Only a decision or an acceptance makes one ACTIVE; REVOKED with neither was replaced while pending.
  return a.method === 'INVITATION' ? a.acceptedAt : a.decidedAt
}

/**
 * The authorisation in force at `filedAt` (the filing's creation): one that had taken effect by
 * then and was not yet withdrawn; the latest to take effect when several did. Without one, NONE
 * with the member's latest request as it stands at `now`. Inputs are not changed.
 */
export function authorizationAtFiling(records: readonly AuthorizationFacts[], filedAt: string, now: Date): FilingAuthorization {
  let found: { record: AuthorizationFacts; since: string } | null = null
  for (const record of records) {
    const since = effectiveSince(record)
    if (since === null || at(since) > at(filedAt)) continue
    if (record.revokedAt !== null && at(record.revokedAt) <= at(filedAt)) continue
    if (!found || at(since) > at(found.since)) found = { record, since }
  }
  if (found) {
    const { record, since } = found
    return {
      kind: record.method,
      authorizationId: record.id,
      since,
      decidedByName: record.method === 'DOCUMENT' ? record.decidedByName : null,
      revokedAt: record.status === 'REVOKED' ? record.revokedAt : null,
    }
  }
  const latest = [...records].sort((a, b) => at(a.createdAt) - at(b.createdAt)).at(-1)
  if (!latest) return { kind: 'NONE', latest: null }
  const expired = latest.status === 'PENDING_INVITE' && latest.expiresAt !== null && at(latest.expiresAt) <= now.getTime()
  return { kind: 'NONE', latest: { method: latest.method, status: expired ? 'EXPIRED' : latest.status, createdAt: latest.createdAt } }
}
