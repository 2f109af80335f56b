import { type Kysely, Migrator, sql } from 'kysely'
import { StaticMigrationProvider } from '@server/db/migrations'
import { onBothDatabases } from '../helpers/column-migration'

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
onBothDatabases(`${NAME}: up, down, up`, 'migration_subject_id', async (db, dialect, schema) => {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) })
  expect((await migrator.migrateTo(NAME)).error).toBeUndefined()
  expect(await indexes(db, dialect, schema)).toContain(INDEX)
  expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined()
  expect(await indexes(db, dialect, schema)).not.toContain(INDEX)
  expect((await migrator.migrateTo(NAME)).error).toBeUndefined()
  expect(await indexes(db, dialect, schema)).toContain(INDEX)
})
