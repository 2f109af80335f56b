import SqliteDatabase from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely'
import { Pool } from 'pg'
import { StaticMigrationProvider } from '@server/db/migrations'

const NAME = '20261201T090000Z-add-filings-subject-id-number-index'
const BEFORE = '20261201T080000Z-add-staff-must-change-password'
const INDEX = 'filings_subject_id_number_index'

type Dialect = 'sqlite' | 'postgres'

/** The names of the indexes on filings, as the database itself reports them. */
async function indexes(db: Kysely<unknown>, dialect: Dialect, schema?: string): Promise<string[]> {
  if (dialect === 'sqlite') {
    const rows = await sql<{ name: string }>`select name from pragma_index_list('filings')`.execute(db)
    return rows.rows.map((r) => r.name)
  }
  const rows = await sql<{ indexname: string }>`select indexname from pg_indexes where schemaname = ${schema} and tablename = 'filings'`.execute(db)
  return rows.rows.map((r) => r.indexname)
}

// The index the duplicate check reads a person's filings by (their ID number): up, down, up, on
// SQLite in memory and, when DATABASE_URL is set, on PostgreSQL in a schema of its own.
describe(`${NAME}: up, down, up`, () => {
  const databaseUrl = process.env.DATABASE_URL?.trim() || null
  const upDownUp = async (db: Kysely<unknown>, dialect: Dialect, schema?: string) => {
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) })
    expect((await migrator.migrateTo(NAME)).error).toBeUndefined()
    expect(await indexes(db, dialect, schema)).toContain(INDEX)
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined()
    expect(await indexes(db, dialect, schema)).not.toContain(INDEX)
    expect((await migrator.migrateTo(NAME)).error).toBeUndefined()
    expect(await indexes(db, dialect, schema)).toContain(INDEX)
  }

  it('on SQLite', async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) })
    try {
      await upDownUp(db, 'sqlite')
    } finally {
      await db.destroy()
    }
  }, 30000)

  ;(databaseUrl ? it : it.skip)('on PostgreSQL', async () => {
    const schema = `migration_subject_id_${Date.now().toString(36)}`
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
