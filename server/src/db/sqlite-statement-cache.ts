import type { Database as BetterSqliteDatabase, Statement } from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'
import { LruMap } from 'toad-cache'

/** How many distinct statements stay prepared (the server has a few hundred at most). */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500

/** A better-sqlite3 database as Kysely's SqliteDialect sees it, with its prepared statements kept. */
export interface CachingSqliteDatabase extends SqliteDatabase {
  /** How many statements are prepared now (for tests and the bench). */
  readonly cachedStatements: number
  /** Whether a transaction is open on the connection (better-sqlite3's `inTransaction`). */
  readonly inTransaction: boolean
  /** The prepared statement for `sql`, from the cache (as `prepare`), typed as better-sqlite3's own (sqlite-direct.ts). */
  statement(sql: string): Statement
}

/**
 * Wraps a better-sqlite3 database for Kysely's SqliteDialect so that each distinct SQL text is
 * prepared once and the statement reused: Kysely's driver calls `prepare` on every query, which
 * was 16-19 % of the server's CPU under load (issue 15). Keyed by the SQL text (Kysely passes the
 * values as parameters, so one query shape is one key); at most `maxSize` statements are kept,
 * the least recently used dropped first. Reuse is safe because Kysely's SQLite driver runs one
 * query at a time on its single connection, and SQLite re-prepares a statement itself when the
 * schema changed under it (a migration). The least-recently-used order is toad-cache's LruMap (as
 * Fastify's own caches): a hit moves the entry in a linked list, where deleting and re-adding it
 * to a Map did, on every statement, the Map's bookkeeping and now and then its rehash (issue 15).
 */
export function withStatementCache(database: BetterSqliteDatabase, maxSize = DEFAULT_STATEMENT_CACHE_SIZE): CachingSqliteDatabase {
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new RangeError(`statement cache size must be a positive integer, got ${maxSize}`)
  const cache = new LruMap<Statement>(maxSize)
  function statement(sql: string): Statement {
    const cached = cache.get(sql)
    if (cached) return cached
    const prepared = database.prepare(sql)
    cache.set(sql, prepared)
    return prepared
  }
  return {
    get cachedStatements() {
      return cache.size
    },
    get inTransaction() {
      return database.inTransaction
    },
    prepare: (sql: string): SqliteStatement => statement(sql),
    statement,
    close(): void {
      cache.clear()
      database.close()
    },
  }
}
