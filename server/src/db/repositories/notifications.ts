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
  /** The instance holding the row while SENDING, and until when (ISO instant); else null. */
  claimedBy: string | null
  leaseUntil: string | null
  /** Whether the row holds one of its recipient's subscription grants (see outbox.ts). */
  grantHeld: boolean
}


export function toNotificationRecord(row: Selectable<NotificationsTable>): NotificationRecord {
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
    claimedBy: row.claimed_by,
    leaseUntil: row.lease_until,
    grantHeld: Number(row.grant_held) === 1,
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
        claimed_by: null,
        lease_until: null,
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
  }
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>
