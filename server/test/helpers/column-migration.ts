import SqliteDatabase from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely'
import { Pool } from 'pg'
import { StaticMigrationProvider } from '@server/db/migrations'
import { OneSchemaPostgresDialect } from '@server/db/one-schema-dialect'

type Dialect = 'sqlite' | 'postgres'

/** The column names of `table`, as the database itself reports them. */
async function columns(db: Kysely<unknown>, table: string, dialect: Dialect, schema?: string): Promise<string[]> {
  if (dialect === 'sqlite') {
    const rows = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)
    return rows.rows.map((r) => r.name)
  }
  const rows = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_schema = ${schema} and table_name = ${table}`.execute(db)
  return rows.rows.map((r) => r.column_name)
}

/**
 * The tests of a migration that adds one column: up (the column is there), down to `before` (gone),
 * up again (there), on SQLite in memory and, when DATABASE_URL is set, on PostgreSQL in a schema of
 * its own.
 */
export function describeColumnMigration(spec: { name: string; before: string; table: string; column: string }): void {
  const upDownUp = async (db: Kysely<unknown>, dialect: Dialect, schema?: string) => {
    // Kysely looks for its migration tables in every schema unless told which one: another test's
    // schema (or one a killed run left behind) would make it skip creating its own.
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) })
    expect((await migrator.migrateTo(spec.name)).error).toBeUndefined()
    expect(await columns(db, spec.table, dialect, schema)).toContain(spec.column)
    expect((await migrator.migrateTo(spec.before)).error).toBeUndefined()
    expect(await columns(db, spec.table, dialect, schema)).not.toContain(spec.column)
    expect((await migrator.migrateTo(spec.name)).error).toBeUndefined()
    expect(await columns(db, spec.table, dialect, schema)).toContain(spec.column)
  }

  onBothDatabases(`${spec.name}: up, down, up`, 'migration', upDownUp)
}

/**
 * `describe(title)` with `check` run twice: on SQLite in memory and, when DATABASE_URL is set, on
 * PostgreSQL in a schema of its own (named from `schemaPrefix`, dropped afterwards).
 */
export function onBothDatabases(title: string, schemaPrefix: string, check: (db: Kysely<unknown>, dialect: Dialect, schema?: string) => Promise<void>): void {
  const databaseUrl = process.env.DATABASE_URL?.trim() || null
  describe(title, () => {
    it('on SQLite', async () => {
      const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) })
      try {
        await check(db, 'sqlite')
      } finally {
        await db.destroy()
      }
    }, 30000)

    ;(databaseUrl ? it : it.skip)('on PostgreSQL', async () => {
      const schema = `${schemaPrefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
      const pool = new Pool({ connectionString: databaseUrl as string, max: 1 })
      pool.on('connect', (client) => void client.query(`set search_path to "${schema}"`))
      const admin = new Pool({ connectionString: databaseUrl as string, max: 1 })
      await admin.query(`create schema "${schema}"`)
      // As the server's: the Migrator looks at this schema's tables only, never at those another
      // test (in another worker) is dropping meanwhile (one-schema-dialect.ts).
      const db = new Kysely<unknown>({ dialect: new OneSchemaPostgresDialect({ pool }, schema) })
      try {
        await check(db, 'postgres', schema)
      } finally {
        await db.destroy()
        await admin.query(`drop schema "${schema}" cascade`)
        await admin.end()
      }
    }, 60000)
  })
}
