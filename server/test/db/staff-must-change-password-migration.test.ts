import SqliteDatabase from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely'
import { Pool } from 'pg'
import { StaticMigrationProvider } from '@server/db/migrations'
import { describeColumnMigration } from '../helpers/column-migration'

const NAME = '20261201T080000Z-add-staff-must-change-password'
const BEFORE = '20261201T070000Z-add-material-notes'

// 20261201T080000Z-add-staff-must-change-password goes up and down on SQLite, and on PostgreSQL
// when DATABASE_URL is set (in a schema of its own).
describeColumnMigration({ name: NAME, before: BEFORE, table: 'staff_accounts', column: 'must_change_password' })

// Every password before it was set by an admin or `npm run staff`: the accounts already there must change theirs.
describe(`${NAME}: accounts already there start marked`, () => {
  const databaseUrl = process.env.DATABASE_URL?.trim() || null
  const check = async (db: Kysely<unknown>, dialect: 'sqlite' | 'postgres', schema?: string) => {
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) })
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined()
    const at = '2025-09-29T02:00:00.000Z'
    await sql`insert into staff_accounts (id, username, display_name, role, password_hash, status, created_at, updated_at, password_changed_at)
      values ('a1', 'wangfang', '王芳', 'REVIEWER', 'x', 'ACTIVE', ${at}, ${at}, ${at})`.execute(db)
    expect((await migrator.migrateTo(NAME)).error).toBeUndefined()
    const rows = await sql<{ must_change_password: number }>`select must_change_password from staff_accounts`.execute(db)
    expect(rows.rows.map((r) => Number(r.must_change_password))).toEqual([1])
  }

  it('on SQLite', async () => {
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) })
    try {
      await check(db, 'sqlite')
    } finally {
      await db.destroy()
    }
  }, 30000)

  ;(databaseUrl ? it : it.skip)('on PostgreSQL', async () => {
    const schema = `migration_must_change_${Date.now().toString(36)}`
    const pool = new Pool({ connectionString: databaseUrl as string, max: 1 })
    pool.on('connect', (client) => void client.query(`set search_path to "${schema}"`))
    const admin = new Pool({ connectionString: databaseUrl as string, max: 1 })
    await admin.query(`create schema "${schema}"`)
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) })
    try {
      await check(db, 'postgres', schema)
    } finally {
      await db.destroy()
      await admin.query(`drop schema "${schema}" cascade`)
      await admin.end()
    }
  }, 60000)
})
