import SqliteDatabase from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely'
import { StaticMigrationProvider } from '@server/db/migrations'
import type { Database } from '@server/db/schema'

const AT = '2025-09-29T02:00:00.000Z'

/** An in-memory SQLite database (with or without foreign keys enforced) and a migrator over it. */
function openSqlite({ foreignKeys }: { foreignKeys: boolean }) {
  const database = new SqliteDatabase(':memory:')
  if (foreignKeys) database.pragma('foreign_keys = ON')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider('sqlite') })
  return { database, db, migrator }
}

/** User u1 and filing f1 as the columns stood before and at the family migration; with subject u1, also event e1. */
async function insertOldFiling(db: Kysely<Database>, subjectUserId: 'u1' | null): Promise<void> {
  await db.insertInto('users').values({ id: 'u1', openid: 'o1', created_at: AT }).execute()
  await sql`insert into filings (id, number, user_id, subject_user_id, type, status, basis, registration,
    destination_province, destination_city, start_date, valid_from, validity_explanation, citations, phone1,
    address_at_destination, multi_place, subject_name, subject_id_number, insured_region, created_at, updated_at)
    values ('f1', 'YD20250929ABCDEF', 'u1', ${subjectUserId}, 'LONG_TERM_RESIDENT', 'APPROVED', 'PROOF', 'NEW', '440000', '441700',
    '2025-09-29', '2025-09-29', '长期有效', '[]', '13812345678', '阳江', 0, '张三', '110101199003071233', '440300', ${AT}, ${AT})`.execute(db)
  if (subjectUserId !== null) {
    await sql`insert into filing_events (id, filing_id, seq, status, note, at) values ('e1', 'f1', 0, 'SUBMITTED', null, ${AT})`.execute(db)
  }
}

// The family migration rebuilds `filings` on SQLite (to drop NOT NULL from subject_user_id): the
// rows, and those hanging off them (events, materials, notifications), must all survive it.
describe('20251126T010000Z-create-family-members on SQLite', () => {
  it('keeps existing filings and their events, and lets subject_user_id be null afterwards', async () => {
    const { database, db, migrator } = openSqlite({ foreignKeys: true })
    try {
      const before = await migrator.migrateTo('20251125T010200Z-create-notifications')
      expect(before.error).toBeUndefined()
      await insertOldFiling(db, 'u1')

      const after = await migrator.migrateToLatest()
      expect(after.error).toBeUndefined()
      const filing = await db.selectFrom('filings').selectAll().where('id', '=', 'f1').executeTakeFirstOrThrow()
      expect(filing).toMatchObject({ subject_user_id: 'u1', subject_family_member_id: null, filer_name: null, subject_name: '张三' })
      expect(await db.selectFrom('filing_events').select('id').execute()).toEqual([{ id: 'e1' }])
      expect(database.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(database.pragma('foreign_key_check')).toEqual([])
      // A filing for a family member with no account of their own has no subject user.
      await db.updateTable('filings').set({ subject_user_id: null }).where('id', '=', 'f1').execute()
      // The tables hanging off filings still reference it by name (so they bind to the rebuilt table).
      for (const table of ['filing_events', 'filing_materials', 'filing_emergencies', 'review_decisions', 'notifications']) {
        const keys = database.pragma(`foreign_key_list(${table})`) as Array<{ table: string; from: string }>
        expect(keys.find((k) => k.from === 'filing_id')?.table).toBe('filings')
      }
    } finally {
      await db.destroy()
    }
  })
  it('can be undone on SQLite: down() rebuilds filings the old way and keeps their rows', async () => {
    const { database, db, migrator } = openSqlite({ foreignKeys: true })
    try {
      expect((await migrator.migrateTo('20251126T010000Z-create-family-members')).error).toBeUndefined()
      await insertOldFiling(db, 'u1')

      const undone = await migrator.migrateDown()
      expect(undone.error).toBeUndefined()
      expect(undone.results).toEqual([{ migrationName: '20251126T010000Z-create-family-members', direction: 'Down', status: 'Success' }])
      const columns = (database.pragma('table_info(filings)') as Array<{ name: string; notnull: number }>)
      expect(columns.map((c) => c.name)).not.toContain('subject_family_member_id')
      expect(columns.find((c) => c.name === 'subject_user_id')?.notnull).toBe(1)
      const tables = (database.prepare("select name from sqlite_master where type = 'table' and name in ('family_members', 'proxy_authorizations')").all())
      expect(tables).toEqual([])
      expect(await db.selectFrom('filings').select(['id', 'subject_name']).execute()).toEqual([{ id: 'f1', subject_name: '张三' }])
      expect(await db.selectFrom('filing_events').select('id').execute()).toEqual([{ id: 'e1' }])
      expect(database.pragma('foreign_key_check')).toEqual([])
      // And up again.
      expect((await migrator.migrateUp()).error).toBeUndefined()
    } finally {
      await db.destroy()
    }
  })

  it('refuses to be undone while a filing is for a member without an account (it would be lost)', async () => {
    const { db, migrator } = openSqlite({ foreignKeys: false })
    try {
      expect((await migrator.migrateTo('20251126T010000Z-create-family-members')).error).toBeUndefined()
      await insertOldFiling(db, null)
      const undone = await migrator.migrateDown()
      expect(String(undone.error)).toBe('Error: cannot undo 20251126T010000Z-create-family-members: filings for family members without an account exist')
      expect(await db.selectFrom('filings').select('id').execute()).toEqual([{ id: 'f1' }])
    } finally {
      await db.destroy()
    }
  })
})
