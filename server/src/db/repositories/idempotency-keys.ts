import type { Kysely } from 'kysely'
import { preparedQuery, type QueryTarget } from '../prepared-query'
import type { Database, Dialect } from '../schema'
import type { DirectSqlite } from '../sqlite-direct'

export interface IdempotencyRecord {
  requestHash: string
  /** Null only in rows the former protocol left behind (see idempotency.ts). */
  response: { statusCode: number; body: string } | null
  createdAt: string
}

type KeyOf = { userId: string; key: string }

// Every keyed write runs these three: built and compiled once (db/prepared-query.ts, issue 15).
/** Claims a key (inserts its row unless taken); exported for profiles.findFiler, which claims the key of a filing. */
export const claimKey = preparedQuery<KeyOf & { requestHash: string; at: string }>((db, p) =>
  db
    .insertInto('idempotency_keys')
    .values({ user_id: p.userId, key: p.key, request_hash: p.requestHash, status_code: null, response_body: null, created_at: p.at })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing()),
)
const findKey = preparedQuery<KeyOf, { request_hash: string; status_code: number | null; response_body: string | null; created_at: string }>((db, p) =>
  db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status_code', 'response_body', 'created_at'])
    .where('user_id', '=', p.userId)
    .where('key', '=', p.key),
)
/** A keyed write's answer for its key's row: the status code and the text sent (server/src/idempotency.ts). */
export interface KeyAnswer {
  userId: string
  key: string
  statusCode: number
  body: string
}

/** Completes a claimed key with its answer; exported for the filing insert, which runs it with the filing's rows (filing-insert.ts). */
export const completeKey = preparedQuery<KeyOf & { statusCode: number; body: string }>((db, p) =>
  db
    .updateTable('idempotency_keys')
    .set({ status_code: p.statusCode as unknown as number, response_body: p.body })
    .where('user_id', '=', p.userId)
    .where('key', '=', p.key),
)

/**
 * The rows behind `Idempotency-Key` (see server/src/idempotency.ts for the protocol). `direct`:
 * on SQLite inside a transaction, claim, find and complete run straight on its connection.
 */
export function createIdempotencyKeysRepository(db: Kysely<Database>, dialect: Dialect, direct: DirectSqlite | null = null) {
  const target: QueryTarget = { db, dialect, direct }
  async function find(userId: string, key: string): Promise<IdempotencyRecord | null> {
    const [row] = (await findKey(target, { userId, key })).rows
    if (!row) return null
    const done = row.status_code !== null && row.response_body !== null
    return {
      requestHash: row.request_hash,
      response: done ? { statusCode: Number(row.status_code), body: row.response_body as string } : null,
      createdAt: row.created_at,
    }
  }

  return {
    /**
     * Records the key inside the write's transaction (server/src/idempotency.ts). Throws a unique
     * violation when the key is taken; on PostgreSQL it first waits for a transaction that holds
     * the same key uncommitted.
     */
    async insert(userId: string, key: string, requestHash: string, now: Date): Promise<void> {
      await db
        .insertInto('idempotency_keys')
        .values({ user_id: userId, key, request_hash: requestHash, status_code: null, response_body: null, created_at: now.toISOString() })
        .execute()
    },

    /**
     * Takes the key for this write, inside its transaction (server/src/idempotency.ts): inserts
     * the key row unless one exists (`ON CONFLICT DO NOTHING`, so a taken key neither throws nor
     * spoils the transaction) and answers null when it was inserted, else the row that holds the
     * key. On PostgreSQL the insert first waits for a transaction holding the same key
     * uncommitted, then sees that row if it committed; SQLite runs one transaction at a time. One
     * statement for a new key (the usual case), two for a taken one.
     */
    async claim(userId: string, key: string, requestHash: string, now: Date): Promise<IdempotencyRecord | null> {
      for (;;) {
        const { numAffectedRows } = await claimKey(target, { userId, key, requestHash, at: now.toISOString() })
        if (numAffectedRows === 1n) return null
        const holder = await find(userId, key)
        // Deleted between the two statements (DELETE /api/me, a released row): insert again.
        if (holder !== null) return holder
      }
    },

    find,

    async complete(userId: string, key: string, statusCode: number, body: string): Promise<void> {
      await completeKey(target, { userId, key, statusCode, body })
    },

    /** Removes a row that has no answer (left by the former protocol, which reserved keys on their own). */
    async release(userId: string, key: string): Promise<void> {
      await db
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .where('status_code', 'is', null)
        .execute()
    },
  }
}

export type IdempotencyKeysRepository = ReturnType<typeof createIdempotencyKeysRepository>
