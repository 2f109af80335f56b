import { buildTestApp } from '../helpers/build'

// Every migration has run (including the SQLite table rebuild that turns foreign keys off for a
// while): the database must still refuse rows that point at nothing, on SQLite and PostgreSQL.
describe('foreign keys after all migrations', () => {
  it('refuses a timeline event of a filing that does not exist', async () => {
    const app = await buildTestApp()
    await expect(
      app.db
        .insertInto('filing_events')
        .values({ id: 'e-orphan', filing_id: 'no-such-filing', seq: 1, status: 'SUBMITTED', note: null, at: new Date().toISOString() })
        .execute(),
    ).rejects.toThrow(/foreign key/i)
  })
})
