import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, Migrator, sql, type KyselyConfig, type LogEvent } from 'kysely'
import type { DatabaseConfig } from '@server/config'
import type { DatabaseAvailability } from './availability'
import { StaticMigrationProvider } from './migrations'
import type { Database, Dialect } from './schema'
import { withNamedStatements } from './pg-named-statements'
import { OneSchemaPostgresDialect } from './one-schema-dialect'
import { withStatementCache, type CachingSqliteDatabase } from './sqlite-statement-cache'
import { GroupCommitSqliteDialect } from './sqlite-group-commit'
import { registerDirectReader } from './direct-read'
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer'

export interface DatabaseHandle {
  db: Kysely<Database>
  dialect: Dialect
  /** PostgreSQL only: the schema everything lives in, when not the default one. */
  schema?: string
  /**
   * SQLite only: the connection under Kysely, its statements prepared once, for statements run
   * straight on it inside a transaction (sqlite-direct.ts).
   */
  sqlite?: CachingSqliteDatabase
  /** SQLite in a file, opened with `checkpointInWorker`: the worker that checkpoints its WAL (wal-checkpointer.ts); stop it after `db.destroy()`. */
  walCheckpointer?: WalCheckpointer
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/** Optional watchers of the database's health (plugins/external/database passes one). */
export interface OpenOptions {
  availability?: DatabaseAvailability
  /**
   * SQLite in a file: checkpoint the WAL in a worker thread (wal-checkpointer.ts), for the server,
   * which must then stop it after `db.destroy()`. Off for a short-lived process (the staff CLI,
   * scripts): a worker left running would keep it from exiting.
   */
  checkpointInWorker?: boolean
  /** SQLite in a file: hears the driver's code when the WAL checkpointing worker's checkpoint fails. */
  onCheckpointError?: (code: string) => void
}

/** Kysely's per-query hook: every outcome tells the availability tracker. */
function queryLog(availability: DatabaseAvailability | undefined): KyselyConfig['log'] {
  if (!availability) return undefined
  return (event: LogEvent) => {
    if (event.level === 'error') availability.queryFailed(event.error)
    else availability.querySucceeded()
  }
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000

/**
 * The server's own automatic checkpoint, in WAL pages (4 KiB each): a backstop behind the
 * checkpointing worker (wal-checkpointer.ts), which bounds the WAL at about this size (40 MiB).
 */
export const WAL_BACKSTOP_PAGES = 10_000

function openSqlite(config: Extract<DatabaseConfig, { kind: 'sqlite' }>, options: OpenOptions): { db: Kysely<Database>; sqlite: CachingSqliteDatabase } {
  const { path } = config
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const database = new SqliteDatabase(path)
  // WAL lets readers run while a write is in progress; busy_timeout waits instead of failing
  // when a second process (e.g. a migration run) holds the lock (past it: SQLITE_BUSY, a 503);
  // SQLite leaves FKs off by default.
  if (path !== ':memory:') {
    database.pragma('journal_mode = WAL')
    // Every COMMIT is fsynced into the WAL before the filing is answered, so an answered filing
    // survives a power cut or an OS crash, as a PostgreSQL commit does. Set here, not left to the
    // default: better-sqlite3 is built with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1 (NORMAL), which
    // syncs only at checkpoints, and a power cut could then take back the last answered filings.
    database.pragma('synchronous = FULL')
    database.pragma(`wal_autocheckpoint = ${WAL_BACKSTOP_PAGES}`)
  }
  database.pragma(`busy_timeout = ${Math.trunc(config.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS)}`)
  database.pragma('foreign_keys = ON')
  // Each statement prepared once and reused (sqlite-statement-cache.ts).
  const sqlite = withStatementCache(database)
  // Transactions that queue for the connection share one COMMIT, one fsync (sqlite-group-commit.ts).
  const dialect = new GroupCommitSqliteDialect({ database: sqlite, ...(options.availability ? { observer: options.availability } : {}) })
  const db = new Kysely<Database>({ dialect, log: queryLog(options.availability) })
  // readRows' way on SQLite (db/direct-read.ts): a statement that only reads runs at once on its
  // cached prepared statement, in the turn's read snapshot, unless it must wait its turn behind a
  // transaction (sqlite-group-commit.ts).
  registerDirectReader(db, (query) => dialect.readDirectly(query))
  return { db, sqlite }
}


/** How long a request waits for a new PostgreSQL connection before answering 503. */
const CONNECT_TIMEOUT_MS = 5000

async function openPostgres(url: string, schema: string | undefined, options: OpenOptions): Promise<Kysely<Database>> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name: ${schema}`)
  }
  // Loaded only when PostgreSQL is used: on SQLite the driver is never read (start-up time, issue 15).
  const { Pool } = await import('pg')
  const pool = new Pool({
    connectionString: url,
    // Every pooled connection must see the same schema, so set it at connect time, not per query.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    // Shown in pg_stat_activity, so an operator (or a fault test) can tell these connections apart.
    ...(new URL(url).searchParams.has('application_name') ? {} : { application_name: 'yidi-server' }),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
  })
  // A connection PostgreSQL ends (restart, fail-over, pg_terminate_backend, an idle reaper) makes
  // its client emit 'error', idle in the pool or checked out between two queries; unheard, that
  // event kills the process. Both are heard: the pool drops the client and opens a new one when
  // needed, and the query that was running fails with an error the handler answers 503.
  pool.on('error', () => undefined)
  pool.on('connect', (client) => {
    client.on('error', (error) => options.availability?.connectionLost(error))
    // Each statement parsed and planned once per connection (pg-named-statements.ts).
    withNamedStatements(client)
  })
  // The Migrator reads what tables there are before every run: of this schema only, so that what
  // another session drops meanwhile elsewhere in the database does not fail it (one-schema-dialect.ts).
  const db = new Kysely<Database>({ dialect: new OneSchemaPostgresDialect({ pool }, schema), log: queryLog(options.availability) })
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db)
  return db
}

/** Runs every pending migration; throws if one fails so the server never starts half-migrated. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<void> {
  const migrator = new Migrator({
    db: handle.db,
    provider: new StaticMigrationProvider(handle.dialect),
    // Kysely looks its lock table up by name across all schemas unless told which: with several
    // schemas in one database (a test suite's, another instance's) it would skip creating its own.
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
}

/**
 * A migration that rebuilds a table turns SQLite's foreign keys off for a while; whatever a
 * migration did, the server runs with them on, or refuses to start.
 */
async function ensureSqliteForeignKeys(db: Kysely<Database>): Promise<void> {
  await sql`PRAGMA foreign_keys = ON`.execute(db)
  const { rows } = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db)
  if (rows[0]?.foreign_keys !== 1) throw new Error('SQLite foreign keys could not be turned on')
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<DatabaseHandle> {
  const handle: DatabaseHandle =
    config.kind === 'postgres'
      ? { db: await openPostgres(config.url, config.schema, options), dialect: 'postgres', schema: config.schema }
      : { ...openSqlite(config, options), dialect: 'sqlite' }
  try {
    // Migrations commit statement by statement (Kysely runs them outside a transaction on SQLite):
    // fsynced each, they were ~50 ms of a fresh start (issue 15). In WAL, NORMAL keeps the file
    // consistent and commits in order; a power cut may take back the last ones, as a crash between
    // two of them would under FULL, which a migration run survives (it goes on from the last
    // recorded). FULL again before the server answers anything.
    const relaxed = config.kind === 'sqlite' && config.path !== ':memory:'
    if (relaxed) await sql`PRAGMA synchronous = NORMAL`.execute(handle.db)
    await migrateToLatest(handle)
    if (relaxed) await sql`PRAGMA synchronous = FULL`.execute(handle.db)
    if (handle.dialect === 'sqlite') await ensureSqliteForeignKeys(handle.db)
  } catch (error) {
    await handle.db.destroy()
    throw error
  }
  if (options.checkpointInWorker === true && config.kind === 'sqlite' && config.path !== ':memory:') {
    handle.walCheckpointer = startWalCheckpointer(config.path, { onError: options.onCheckpointError })
  }
  return handle
}
