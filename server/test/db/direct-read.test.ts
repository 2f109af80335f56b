import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CompiledQuery, sql, type Kysely } from 'kysely'
import type { DatabaseAvailability } from '@server/db/availability'
import { openDatabase } from '@server/db/database'
import { readRows } from '@server/db/direct-read'
import type { Database } from '@server/db/schema'

// readRows on the real SQLite the server opens (a WAL file, migrations run): directly on the
// cached prepared statement while no transaction is open, through Kysely otherwise.
describe('readRows on SQLite', () => {
  let dir: string
  let db: Kysely<Database>
  const availability = { queryFailed: jest.fn(), querySucceeded: jest.fn() }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'direct-read-'))
    availability.queryFailed.mockClear()
    availability.querySucceeded.mockClear()
    ;({ db } = await openDatabase({ kind: 'sqlite', path: join(dir, 'a.db') }, { availability: availability as unknown as DatabaseAvailability }))
    await sql`create table items (id integer primary key, name text not null)`.execute(db)
    await sql`insert into items values (1, 'a'), (2, 'b')`.execute(db)
  })

  afterEach(async () => {
    await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  const byId = (id: number) => CompiledQuery.raw('select id, name from items where id >= ? order by id', [id])

  it('answers the rows Kysely answers, without going through Kysely, and tells the availability tracker', async () => {
    const viaKysely = (await db.executeQuery(byId(1))).rows
    const executeQuery = jest.spyOn(db, 'executeQuery')
    availability.querySucceeded.mockClear()
    expect(await readRows(db, byId(1))).toEqual(viaKysely)
    expect(await readRows(db, byId(2))).toEqual([{ id: 2, name: 'b' }])
    expect(executeQuery).not.toHaveBeenCalled()
    expect(availability.querySucceeded).toHaveBeenCalledTimes(2)
  })

  it('waits for an open transaction, then sees what it committed (never its uncommitted rows)', async () => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let inserted!: () => void
    const didInsert = new Promise<void>((resolve) => (inserted = resolve))
    const transaction = db.transaction().execute(async (trx) => {
      await sql`insert into items values (3, 'c')`.execute(trx)
      inserted()
      await held
    })
    await didInsert
    const executeQuery = jest.spyOn(db, 'executeQuery')
    let answered: { id: number; name: string }[] | null = null
    const read = readRows(db, byId(1)).then((rows) => (answered = rows as { id: number; name: string }[]))
    await new Promise((resolve) => setImmediate(resolve))
    // Still waiting: the connection is inside the transaction.
    expect(answered).toBeNull()
    expect(executeQuery).toHaveBeenCalledTimes(1)
    release()
    await transaction
    await read
    expect(answered).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
      { id: 3, name: 'c' },
    ])
  })

  it('leaves a statement that answers no rows (a write) to Kysely', async () => {
    const executeQuery = jest.spyOn(db, 'executeQuery')
    await readRows(db, CompiledQuery.raw("insert into items values (4, 'd')"))
    expect(executeQuery).toHaveBeenCalledTimes(1)
    expect((await db.executeQuery(byId(4))).rows).toEqual([{ id: 4, name: 'd' }])
  })

  it('throws what SQLite throws and tells the availability tracker', async () => {
    // better-sqlite3's SqliteError comes from another realm than jest's Error: matched by its message.
    await expect(readRows(db, CompiledQuery.raw('select * from no_such_table'))).rejects.toMatchObject({ message: 'no such table: no_such_table' })
    expect(availability.queryFailed).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('no such table') }))
  })
})
