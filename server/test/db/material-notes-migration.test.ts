import SqliteDatabase from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely'
import { Pool } from 'pg'
import { StaticMigrationProvider } from '@server/db/migrations'

// 20261201T070000Z-add-material-notes (issue 13 item 11) goes up and down on SQLite, and
// on PostgreSQL when DATABASE_URL is set (in a schema of its own).
const NAME = '20261201T070000Z-add-material-notes'
const BEFORE = '20261201T060000Z-add-commitment-signer'
const databaseUrl = process.env.DATABASE_URL?.trim() || null

async function columns(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres', schema?: string): Promise<string[]> {
  if (dialect === 'sqlite') {
    const rows = await sql<{ name: string }>`select name from pragma_table_info('filing_materials')`.execute(db)
    return rows.rows.map((r) => r.name)
  }
  const rows = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_schema = ${schema} and table_name = 'filing_materials'`.execute(db)
  return rows.rows.map((r) => r.column_name)
}

async function upDownUp(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres', schema?: string) {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(dialect) })
  expect((await migrator.migrateTo(NAME)).error).toBeUndefined()
  expect(await columns(db, dialect, schema)).toContain('note')
  expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined()
  expect(await columns(db, dialect, schema)).not.toContain('note')
  expect((await migrator.migrateTo(NAME)).error).toBeUndefined()
  expect(await columns(db, dialect, schema)).toContain('note')
}

describe(`${NAME}: up, down, up`, () => {
  it('on SQLite', async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) })
    try {
      await upDownUp(db, 'sqlite')
    } finally {
      await db.destroy()
    }
  }, 30000)

  ;(databaseUrl ? it : it.skip)('on PostgreSQL', async () => {
    const schema = `notes_${Date.now().toString(36)}`
    const pool = new Pool({ connectionString: databaseUrl as string, max: 1 })
    pool.on('connect', (client) => void client.query(`set search_path to "${schema}"`))
    const admin = new Pool({ connectionString: databaseUrl as string, max: 1 })
    await admin.query(`create schema "${schema}"`)
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) })
    try {
      await upDownUp(db, 'postgres', schema)
    } finally {
      await db.destroy()
      await admin.query(`drop schema "${schema}" cascade`)
      await admin.end()
    }
  }, 60000)
})
