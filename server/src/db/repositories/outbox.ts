import type { Kysely, Transaction } from 'kysely'
import type { Database, Dialect } from '../schema'
import { toNotificationRecord, type NotificationKind, type NotificationRecord, type NotificationStatus } from './notifications'

/**
 * The outbox as the sender sees it (notifications/sender), safe with several instances on one
 * database:
 * - a row is **claimed with a lease**: one UPDATE takes the oldest due row that is PENDING, or
 *   SENDING with an expired lease (its instance died), sets `claimed_by`/`lease_until` and counts
 *   the attempt. On PostgreSQL the row is picked with FOR UPDATE SKIP LOCKED so claimers do not
 *   queue behind each other; SQLite runs one writer at a time, so its single UPDATE is atomic.
 * - a row **holds one subscription grant** of its recipient while it is being sent: taken (the
 *   person's count goes down by one) before the send, spent when it is SENT, kept for a retry,
 *   handed back when the row ends CANCELLED or FAILED without WeChat having used it.
 * Every change after the claim is conditional on `claimed_by`, so an instance whose lease was
 * taken over changes nothing.
 */

const LAST_ERROR_MAX = 500

export interface ClaimRequest {
  kinds: readonly NotificationKind[]
  now: Date
  /** The claiming instance (any id unique to it). */
  owner: string
  leaseMs: number
  /** Rows that already had this many attempts are not claimed again. */
  maxAttempts: number
}

/** How a claimed row ends, or goes back to wait for a retry. */
export type ClaimEnd =
  | { status: 'SENT'; now: Date }
  /** `grant`: 'return' hands a held grant back; 'void' drops it and every other grant of that kind (WeChat said 43101). */
  | { status: 'CANCELLED'; reason: string; grant: 'return' | 'void' }
  /** Back to PENDING at `retryAt`, keeping its grant, or FAILED (grant returned) when out of attempts. */
  | { status: 'RETRY'; error: string; retryAt: Date; maxAttempts: number }

type Db = Kysely<Database> | Transaction<Database>

async function returnGrant(trx: Db, n: NotificationRecord, now: Date): Promise<void> {
  await trx
    .updateTable('notification_subscriptions')
    .set((eb) => ({ grants: eb('grants', '+', 1), updated_at: now.toISOString() }))
    .where('user_id', '=', n.userId)
    .where('kind', '=', n.kind)
    .execute()
}

export function createOutboxRepository(db: Kysely<Database>, dialect: Dialect) {
  return {
    /** Claims the oldest due row (see above) for `owner`; null when none is left. */
    async claimNext({ kinds, now, owner, leaseMs, maxAttempts }: ClaimRequest): Promise<NotificationRecord | null> {
      if (kinds.length === 0) return null
      const at = now.toISOString()
      const due = db
        .selectFrom('notifications as candidate')
        .select('candidate.id')
        .where('candidate.kind', 'in', [...kinds])
        .where('candidate.attempts', '<', maxAttempts)
        .where((eb) =>
          eb.or([
            eb.and([eb('candidate.status', '=', 'PENDING'), eb('candidate.due_at', '<=', at)]),
            eb.and([eb('candidate.status', '=', 'SENDING'), eb('candidate.lease_until', '<', at)]),
          ]),
        )
        .orderBy('candidate.due_at')
        .orderBy('candidate.id')
        .limit(1)
        .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked())
      const row = await db
        .updateTable('notifications')
        .set((eb) => ({
          status: 'SENDING',
          claimed_by: owner,
          lease_until: new Date(now.getTime() + leaseMs).toISOString(),
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', '=', due)
        // Checked again on the row itself: under PostgreSQL's READ COMMITTED a row another
        // claimer changed meanwhile is re-read here, and must still be claimable.
        .where('attempts', '<', maxAttempts)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'PENDING'), eb('due_at', '<=', at)]),
            eb.and([eb('status', '=', 'SENDING'), eb('lease_until', '<', at)]),
          ]),
        )
        .returningAll()
        .executeTakeFirst()
      return row ? toNotificationRecord(row) : null
    },

    /**
     * Rows left SENDING by a dead instance on their last attempt: FAILED ("lease expired"), their
     * grant handed back. Answers how many.
     */
    async failAbandoned(now: Date, maxAttempts: number): Promise<number> {
      const at = now.toISOString()
      const abandoned = await db
        .selectFrom('notifications')
        .selectAll()
        .where('status', '=', 'SENDING')
        .where('lease_until', '<', at)
        .where('attempts', '>=', maxAttempts)
        .execute()
      let failed = 0
      for (const row of abandoned) {
        const n = toNotificationRecord(row)
        const done = await db.transaction().execute(async (trx) => {
          // Conditional again: another instance may be failing the same row.
          const result = await trx
            .updateTable('notifications')
            .set({ status: 'FAILED', last_error: 'lease expired on the last attempt', claimed_by: null, lease_until: null, grant_held: 0 })
            .where('id', '=', n.id)
            .where('status', '=', 'SENDING')
            .where('lease_until', '<', at)
            .executeTakeFirst()
          if (result.numUpdatedRows === 0n) return false
          if (n.grantHeld) await returnGrant(trx, n, now)
          return true
        })
        if (done) failed += 1
      }
      return failed
    },

    /**
     * Makes the claimed row hold one grant of its recipient for its kind: true when it already
     * did (a retry) or one was left (the count goes down by one), false when none is left.
     */
    async takeGrant(n: NotificationRecord, owner: string, now: Date): Promise<boolean> {
      if (n.grantHeld) return true
      return db.transaction().execute(async (trx) => {
        const taken = await trx
          .updateTable('notification_subscriptions')
          .set((eb) => ({ grants: eb('grants', '-', 1), updated_at: now.toISOString() }))
          .where('user_id', '=', n.userId)
          .where('kind', '=', n.kind)
          .where('grants', '>', 0)
          .executeTakeFirst()
        if (taken.numUpdatedRows === 0n) return false
        const held = await trx
          .updateTable('notifications')
          .set({ grant_held: 1 })
          .where('id', '=', n.id)
          .where('status', '=', 'SENDING')
          .where('claimed_by', '=', owner)
          .executeTakeFirst()
        // The lease was taken over meanwhile: roll the grant back.
        if (held.numUpdatedRows === 0n) throw new LeaseLost(n.id)
        return true
      }).catch((error: unknown) => {
        if (error instanceof LeaseLost) return false
        throw error
      })
    },

    /**
     * Ends the claim (see ClaimEnd). Answers the row's new status, or null when `owner` no longer
     * held it (its lease expired and another instance took it): then nothing changed.
     */
    async finish(n: NotificationRecord, owner: string, end: ClaimEnd, now: Date): Promise<NotificationStatus | null> {
      return db.transaction().execute(async (trx) => {
        let status: NotificationStatus
        let grantBack = false
        let values: Record<string, string | number | null>
        if (end.status === 'SENT') {
          status = 'SENT'
          values = { sent_at: end.now.toISOString(), last_error: null }
        } else if (end.status === 'CANCELLED') {
          status = 'CANCELLED'
          grantBack = end.grant === 'return' && n.grantHeld
          values = { last_error: end.reason.slice(0, LAST_ERROR_MAX) }
        } else {
          status = n.attempts >= end.maxAttempts ? 'FAILED' : 'PENDING'
          grantBack = status === 'FAILED' && n.grantHeld
          values = {
            last_error: end.error.slice(0, LAST_ERROR_MAX),
            ...(status === 'PENDING' ? { due_at: end.retryAt.toISOString() } : {}),
          }
        }
        const keepsGrant = status === 'PENDING'
        const result = await trx
          .updateTable('notifications')
          .set({ ...values, status, claimed_by: null, lease_until: null, ...(keepsGrant ? {} : { grant_held: 0 }) })
          .where('id', '=', n.id)
          .where('status', '=', 'SENDING')
          .where('claimed_by', '=', owner)
          .executeTakeFirst()
        if (result.numUpdatedRows === 0n) return null
        if (grantBack) await returnGrant(trx, n, now)
        if (end.status === 'CANCELLED' && end.grant === 'void') {
          await trx
            .updateTable('notification_subscriptions')
            .set({ grants: 0, updated_at: now.toISOString() })
            .where('user_id', '=', n.userId)
            .where('kind', '=', n.kind)
            .execute()
        }
        return status
      })
    },
  }
}

class LeaseLost extends Error {
  constructor(id: string) {
    super(`lease on notification ${id} lost`)
  }
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>
