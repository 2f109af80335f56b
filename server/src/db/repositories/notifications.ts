import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Database, NotificationsTable } from '../schema'

export const NOTIFICATION_KINDS = ['DEADLINE_REMINDER', 'DECISION'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const NOTIFICATION_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED'] as const
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number]

/** What a subscription message says, fixed when it is enqueued (the filing may change later). */
export type NotificationPayload =
  | {
      kind: 'DECISION'
      filingNumber: string
      decision: 'APPROVE' | 'REJECT' | 'REQUEST_MATERIALS'
      /** 备案成功, 未通过, 待补充材料. */
      statusLabel: string
      /** The reasons or missing items, joined, or a short line for an approval. */
      summary: string
      decidedAt: string
    }
  | {
      kind: 'DEADLINE_REMINDER'
      /** CREATED: reminder set when the emergency filing was made; MATERIALS_REQUESTED: set when staff asked for more. */
      trigger: 'CREATED' | 'MATERIALS_REQUESTED'
      filingNumber: string
      /** Last day of the emergency window, YYYY-MM-DD (ends 24:00 China time). */
      deadline: string
    }

export interface NewNotification {
  userId: string
  filingId: string | null
  dueAt: Date
  payload: NotificationPayload
}

export interface NotificationRecord {
  id: string
  userId: string
  filingId: string | null
  kind: NotificationKind
  dueAt: string
  payload: NotificationPayload
  status: NotificationStatus
  attempts: number
  lastError: string | null
  sentAt: string | null
  createdAt: string
}

const LAST_ERROR_MAX = 500

function toNotificationRecord(row: Selectable<NotificationsTable>): NotificationRecord {
  return {
    id: row.id,
    userId: row.user_id,
    filingId: row.filing_id,
    kind: row.kind as NotificationKind,
    dueAt: row.due_at,
    payload: JSON.parse(row.payload) as NotificationPayload,
    status: row.status as NotificationStatus,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    sentAt: row.sent_at,
    createdAt: row.created_at,
  }
}

/** Writes outbox rows inside the caller's transaction, so they exist exactly when what they announce does. */
export async function insertNotifications(
  trx: Kysely<Database> | Transaction<Database>,
  rows: readonly NewNotification[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return
  await trx
    .insertInto('notifications')
    .values(
      rows.map((n) => ({
        id: randomUUID(),
        user_id: n.userId,
        filing_id: n.filingId,
        kind: n.payload.kind,
        due_at: n.dueAt.toISOString(),
        payload: JSON.stringify(n.payload),
        status: 'PENDING',
        attempts: 0,
        last_error: null,
        sent_at: null,
        created_at: now.toISOString(),
      })),
    )
    .execute()
}

export function createNotificationsRepository(db: Kysely<Database>) {
  return {
    async enqueue(rows: readonly NewNotification[], now: Date): Promise<void> {
      await insertNotifications(db, rows, now)
    },

    /** For staff: rows in a status (or all), by due time. */
    async list(status: NotificationStatus | undefined, limit = 500): Promise<NotificationRecord[]> {
      let query = db.selectFrom('notifications').selectAll()
      if (status !== undefined) query = query.where('status', '=', status)
      const rows = await query.orderBy('due_at').orderBy('created_at').orderBy('id').limit(limit).execute()
      return rows.map(toNotificationRecord)
    },

    async listForFiling(filingId: string): Promise<NotificationRecord[]> {
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .where('filing_id', '=', filingId)
        .orderBy('due_at')
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map(toNotificationRecord)
    },

    /** Ids of PENDING rows of the given kinds that are due at `now`, oldest due first. */
    async dueIds(kinds: readonly NotificationKind[], now: Date, limit: number): Promise<string[]> {
      if (kinds.length === 0) return []
      const rows = await db
        .selectFrom('notifications')
        .select('id')
        .where('status', '=', 'PENDING')
        .where('kind', 'in', [...kinds])
        .where('due_at', '<=', now.toISOString())
        .orderBy('due_at')
        .orderBy('id')
        .limit(limit)
        .execute()
      return rows.map((r) => r.id)
    },

    /**
     * Takes a PENDING row for sending. The conditional update lets exactly one of several
     * instances win; answers the row when this caller won, else null.
     */
    async claim(id: string): Promise<NotificationRecord | null> {
      const { numUpdatedRows } = await db
        .updateTable('notifications')
        .set({ status: 'SENDING' })
        .where('id', '=', id)
        .where('status', '=', 'PENDING')
        .executeTakeFirst()
      if (numUpdatedRows === 0n) return null
      const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
      return toNotificationRecord(row)
    },

    async markSent(id: string, now: Date): Promise<void> {
      await db
        .updateTable('notifications')
        .set((eb) => ({ status: 'SENT', sent_at: now.toISOString(), attempts: eb('attempts', '+', 1), last_error: null }))
        .where('id', '=', id)
        .where('status', '=', 'SENDING')
        .execute()
    },

    async markCancelled(id: string, reason: string): Promise<void> {
      await db
        .updateTable('notifications')
        .set({ status: 'CANCELLED', last_error: reason.slice(0, LAST_ERROR_MAX) })
        .where('id', '=', id)
        .where('status', '=', 'SENDING')
        .execute()
    },

    /** A failed attempt: PENDING again (due at `retryAt`) until `maxAttempts`, then FAILED. */
    async markFailed(record: NotificationRecord, error: string, maxAttempts: number, retryAt: Date): Promise<NotificationStatus> {
      const attempts = record.attempts + 1
      const status: NotificationStatus = attempts >= maxAttempts ? 'FAILED' : 'PENDING'
      await db
        .updateTable('notifications')
        .set({
          status,
          attempts,
          last_error: error.slice(0, LAST_ERROR_MAX),
          ...(status === 'PENDING' ? { due_at: retryAt.toISOString() } : {}),
        })
        .where('id', '=', record.id)
        .where('status', '=', 'SENDING')
        .execute()
      return status
    },
  }
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>
