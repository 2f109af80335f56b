import { allRows } from './sqlite-rows'
import type { CachingSqliteDatabase } from './sqlite-statement-cache'

/**
 * Runs a compiled statement straight on better-sqlite3, synchronously, on the connection a Kysely
 * transaction holds (issue 15: Kysely's executor, its connection provider and the promise hops
 * around each statement were ~5 % of a filing's CPU on SQLite). Answers the rows of a statement
 * that reads, else how many rows it changed.
 */
export interface DirectSqlite {
  execute(sql: string, parameters: readonly unknown[]): { rows: unknown[]; numAffectedRows: bigint }
}

/**
 * Runs `work` with a DirectSqlite over `database` (the server's one SQLite connection, its
 * statements prepared once: sqlite-statement-cache.ts) that works only while `work` runs and a
 * transaction is open on the connection: call it inside `db.transaction().execute(…)`, which holds
 * Kysely's only connection (SqliteDriver's mutex) until the transaction ends, so no other query
 * runs on it meanwhile and every direct statement is part of that transaction. A direct statement
 * outside them throws (a programming error: it would run in no transaction, or in another's).
 * `observer` hears a direct statement's failure as Kysely's query log would (the database's
 * availability: db/availability.ts); the error is thrown on.
 */
export async function withDirectSqlite<T>(
  database: CachingSqliteDatabase,
  work: (direct: DirectSqlite) => Promise<T>,
  observer?: { queryFailed(error: unknown): void },
): Promise<T> {
  let open = true
  const direct: DirectSqlite = {
    execute(sql, parameters) {
      if (!open || !database.inTransaction) throw new Error('a direct SQLite statement outside its transaction')
      try {
        const statement = database.statement(sql)
        if (statement.reader) return { rows: allRows(statement, parameters), numAffectedRows: 0n }
        return { rows: [], numAffectedRows: BigInt(statement.run(parameters as unknown[]).changes) }
      } catch (error) {
        observer?.queryFailed(error)
        throw error
      }
    },
  }
  try {
    return await work(direct)
  } finally {
    open = false
  }
}
