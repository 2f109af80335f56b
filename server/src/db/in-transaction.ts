import type { Kysely, Transaction } from 'kysely'
import type { Database } from './schema'

/**
 * Runs `work` in the transaction `db` already is (a repository created inside a larger unit of
 * work, e.g. an idempotent write: db/../idempotency.ts), or in a new one. Kysely refuses nested
 * transactions, so repositories call this instead of `db.transaction()`.
 */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>)
  return db.transaction().execute(work)
}
