import { Migrator, sql } from 'kysely'
import { StaticMigrationProvider } from '@server/db/migrations'
import { describeColumnMigration, onBothDatabases } from '../helpers/column-migration'

const NAME = '20261201T080000Z-add-staff-must-change-password'
const BEFORE = '20261201T070000Z-add-material-notes'

// 20261201T080000Z-add-staff-must-change-password goes up and down on SQLite, and on PostgreSQL
// when DATABASE_URL is set (in a schema of its own).
describeColumnMigration({ name: NAME, before: BEFORE, table: 'staff_accounts', column: 'must_change_password' })

// Every password before it was set by an admin or `npm run staff`: the accounts already there must change theirs.
onBothDatabases(`${NAME}: accounts already there start marked`, 'migration_must_change', async (db, dialect, schema) => {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) })
  expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined()
  const at = '2025-09-29T02:00:00.000Z'
  await sql`insert into staff_accounts (id, username, display_name, role, password_hash, status, created_at, updated_at, password_changed_at)
    values ('a1', 'wangfang', '王芳', 'REVIEWER', 'x', 'ACTIVE', ${at}, ${at}, ${at})`.execute(db)
  expect((await migrator.migrateTo(NAME)).error).toBeUndefined()
  const rows = await sql<{ must_change_password: number }>`select must_change_password from staff_accounts`.execute(db)
  expect(rows.rows.map((r) => Number(r.must_change_password))).toEqual([1])
})
