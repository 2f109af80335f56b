import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { openDatabase, type DatabaseHandle } from '@server/db/database'
import { buildTestApp, testDatabase, usesPostgres } from '../helpers/build'

/**
 * Every migration has run (including the SQLite table rebuild of `filings`, done with foreign
 * keys off): the database must still refuse rows that point at nothing, on SQLite and PostgreSQL.
 *
 * Why this test once failed "intermittently" (issue 10, fault 9): the database always refused the
 * row. better-sqlite3 registers its SqliteError constructor with the native addon once per
 * process; jest gives every test file its own realm, so in a worker that had already run another
 * SQLite test file the error came from that file's realm, was not `instanceof Error` here, and
 * `rejects.toThrow()` reported "did not throw". Assertions on database errors therefore look at
 * the error's `code`, never at its class.
 */

// Opening and migrating a database takes a few seconds on a busy 2-core machine.
jest.setTimeout(60_000)

const FK_VIOLATION = usesPostgres ? '23503' : 'SQLITE_CONSTRAINT_FOREIGNKEY'
const AT = '2025-10-01T02:00:00.000Z'

/** The `code` of the error `run` fails with, or 'NO ERROR'. Realm-independent (see above). */
async function errorCode(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run()
    return 'NO ERROR'
  } catch (error) {
    return (error as { code?: unknown }).code
  }
}

function orphanInserts(handle: Pick<DatabaseHandle, 'db'>) {
  const { db } = handle
  return {
    filing_events: () =>
      db.insertInto('filing_events').values({ id: 'e-orphan', filing_id: 'no-such-filing', seq: 1, status: 'SUBMITTED', note: null, at: AT }).execute(),
    filing_materials: () => db.insertInto('filing_materials').values({ filing_id: 'no-such-filing', upload_id: 'no-such-upload' }).execute(),
    notifications: () =>
      db
        .insertInto('notifications')
        .values({
          id: 'n-orphan', user_id: 'no-such-user', filing_id: null, kind: 'DEADLINE_REMINDER', due_at: AT, payload: '{}',
          status: 'PENDING', attempts: 0, last_error: null, sent_at: null, created_at: AT,
        })
        .execute(),
  }
}

describe('foreign keys after all migrations', () => {
  it.each(['filing_events', 'filing_materials', 'notifications'] as const)(
    'the app refuses a %s row that points at nothing',
    async (table) => {
      const app = await buildTestApp()
      expect(await errorCode(orphanInserts(app)[table])).toBe(FK_VIOLATION)
    },
  )

  if (usesPostgres) return

  describe('a fresh SQLite file, as the server opens it', () => {
    let dir: string
    let handle: DatabaseHandle
    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'yidi-fk-'))
      handle = await openDatabase({ kind: 'sqlite', path: join(dir, 'app.db') })
    })
    afterEach(async () => {
      await handle.db.destroy()
      rmSync(dir, { recursive: true, force: true })
    })

    it('has foreign keys on, none broken, and the child tables bound to the rebuilt filings table', async () => {
      expect((await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(handle.db)).rows).toEqual([{ foreign_keys: 1 }])
      expect((await sql`PRAGMA foreign_key_check`.execute(handle.db)).rows).toEqual([])
      for (const table of ['filing_events', 'filing_materials', 'filing_emergencies', 'review_decisions', 'notifications']) {
        const keys = (await sql<{ table: string; from: string }>`PRAGMA foreign_key_list(${sql.raw(table)})`.execute(handle.db)).rows
        expect(keys.find((k) => k.from === 'filing_id')?.table).toBe('filings')
      }
      // No table still points at a name only the rebuild used.
      const ddl = (await sql<{ sql: string | null }>`select sql from sqlite_master`.execute(handle.db)).rows
      expect(ddl.filter((r) => /filings_(new|old)/.test(r.sql ?? ''))).toEqual([])
    })

    it('refuses orphans on the file, and again after the server reopens it', async () => {
      expect(await errorCode(orphanInserts(handle).filing_events)).toBe('SQLITE_CONSTRAINT_FOREIGNKEY')
      await handle.db.destroy()
      handle = await openDatabase(testDatabase(join(dir, 'app.db')))
      expect(await errorCode(orphanInserts(handle).filing_events)).toBe('SQLITE_CONSTRAINT_FOREIGNKEY')
      expect(await errorCode(orphanInserts(handle).notifications)).toBe('SQLITE_CONSTRAINT_FOREIGNKEY')
    })
  })
})
