import type { CompiledQuery, Kysely } from 'kysely'

/**
 * Runs a compiled read at once, synchronously, when it safely can; answers its rows, or
 * `undefined` when it cannot (the caller then goes through Kysely).
 */
export type DirectReader = (query: CompiledQuery) => unknown[] | undefined

const readers = new WeakMap<object, DirectReader>()

/** Gives a Kysely instance (the app's, never a transaction's) a direct reader (db/database.ts, SQLite only). */
export function registerDirectReader<DB>(db: Kysely<DB>, reader: DirectReader): void {
  readers.set(db, reader)
}

/**
 * Runs a read-only compiled query and answers its rows (issue 15: a lookup spent ~5 µs of its
 * ~25 µs of server CPU in Kysely's driver — the connection mutex, the provider and their promise
 * hops — around a statement better-sqlite3 answers in under 1 µs). On SQLite, unless a
 * transaction holds the connection, it runs directly on the connection's cached prepared statement,
 * in the read snapshot the reads of one turn of the event loop share (the reader that
 * db/database.ts registers: GroupCommitSqliteDialect.readDirectly; same statement, same
 * parameters, same rows as Kysely would answer, and the same availability bookkeeping). Otherwise
 * — PostgreSQL, a transaction's Kysely, a transaction or an uncommitted group holding the
 * connection, a statement that writes — through `db.executeQuery`.
 * Throws what the database throws.
 */
export async function readRows<DB, Row>(db: Kysely<DB>, query: CompiledQuery<Row>): Promise<Row[]> {
  const direct = readers.get(db)?.(query)
  if (direct !== undefined) return direct as Row[]
  return (await db.executeQuery(query)).rows
}
