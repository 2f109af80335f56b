import { CompiledQuery, type Kysely } from 'kysely'

/** What a direct read needs of a compiled query: its SQL text and its bound values. */
export type DirectQuery = Pick<CompiledQuery, 'sql' | 'parameters'>

/**
 * Runs a compiled read at once, synchronously, when it safely can; answers its rows, or
 * `undefined` when it cannot (the caller then goes through Kysely).
 */
export type DirectReader = (query: DirectQuery) => unknown[] | undefined

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

/**
 * readRows for a query given as its SQL text and bound values (compiledOnce's): the direct read
 * takes them as they are, and a CompiledQuery — Kysely's frozen node, its parameters frozen and a
 * query id — is made only when the read goes through Kysely (issue 15: ~1 µs of every lookup).
 * Throws what the database throws.
 */
export async function readRowsOf<DB, Row>(db: Kysely<DB>, sql: string, parameters: readonly unknown[]): Promise<Row[]> {
  const direct = readers.get(db)?.({ sql, parameters })
  if (direct !== undefined) return direct as Row[]
  return (await db.executeQuery(CompiledQuery.raw(sql, [...parameters]) as CompiledQuery<Row>)).rows
}
