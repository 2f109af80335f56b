import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely'
import { Pool } from 'pg'
import type { DatabaseConfig } from '../config'
import { StaticMigrationProvider } from './migrations'
import type { Database, Dialect } from './schema'

export interface DatabaseHandle {
  db: Kysely<Database>
  dialect: Dialect
  /** PostgreSQL only: the schema everything lives in, when not the default one. */
  schema?: string
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

function openSqlite(path: string): Kysely<Database> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const database = new SqliteDatabase(path)
  // WAL lets readers run while a write is in progress; busy_timeout waits instead of failing
  // when a second process (e.g. a migration run) holds the lock; SQLite leaves FKs off by default.
  if (path !== ':memory:') database.pragma('journal_mode = WAL')
  database.pragma('busy_timeout = 5000')
  database.pragma('foreign_keys = ON')
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
}

async function openPostgres(url: string, schema: string | undefined): Promise<Kysely<Database>> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name: ${schema}`)
  }
  const pool = new Pool({
    connectionString: url,
    // Every pooled connection must see the same schema, so set it at connect time, not per query.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
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
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  const handle: DatabaseHandle =
    config.kind === 'postgres'
      ? { db: await openPostgres(config.url, config.schema), dialect: 'postgres', schema: config.schema }
      : { db: openSqlite(config.path), dialect: 'sqlite' }
  try {
    await migrateToLatest(handle)
    if (handle.dialect === 'sqlite') await ensureSqliteForeignKeys(handle.db)
  } catch (error) {
    await handle.db.destroy()
    throw error
  }
  return handle
}
