import type { Kysely } from 'kysely'
import type { Database } from '../schema'

export interface IdempotencyRecord {
  requestHash: string
  /** Null while the first request is still running. */
  response: { statusCode: number; body: string } | null
  createdAt: string
}

/** The rows behind `Idempotency-Key` (see server/src/idempotency.ts for the protocol). */
export function createIdempotencyKeysRepository(db: Kysely<Database>) {
  return {
    /** Claims the key for this request; false when a row for it exists already. */
    async reserve(userId: string, key: string, requestHash: string, now: Date): Promise<boolean> {
      const result = await db
        .insertInto('idempotency_keys')
        .values({ user_id: userId, key, request_hash: requestHash, status_code: null, response_body: null, created_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1
    },

    async find(userId: string, key: string): Promise<IdempotencyRecord | null> {
      const row = await db
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'status_code', 'response_body', 'created_at'])
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .executeTakeFirst()
      if (!row) return null
      const done = row.status_code !== null && row.response_body !== null
      return {
        requestHash: row.request_hash,
        response: done ? { statusCode: Number(row.status_code), body: row.response_body as string } : null,
        createdAt: row.created_at,
      }
    },

    async complete(userId: string, key: string, statusCode: number, body: string): Promise<void> {
      await db
        .updateTable('idempotency_keys')
        .set({ status_code: statusCode, response_body: body })
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .execute()
    },

    /** Frees a reservation that never completed (the request failed, or was abandoned at `createdAt`). */
    async release(userId: string, key: string, createdAt?: string): Promise<void> {
      let query = db
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .where('status_code', 'is', null)
      if (createdAt !== undefined) query = query.where('created_at', '=', createdAt)
      await query.execute()
    },
  }
}

export type IdempotencyKeysRepository = ReturnType<typeof createIdempotencyKeysRepository>
