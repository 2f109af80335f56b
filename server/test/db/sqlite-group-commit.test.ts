import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { CompiledQuery, Kysely, sql } from 'kysely'
import { isDatabaseUnavailable } from '@server/db/availability'
import { GroupCommitSqliteDialect } from '@server/db/sqlite-group-commit'
import { withStatementCache } from '@server/db/sqlite-statement-cache'

// Group commit on a real SQLite file in WAL mode with synchronous = FULL, as the server opens it.
// A second connection (another process's view) tells what is committed: a transaction's promise
// may resolve only once its rows are there.
interface Items {
  items: { id: number; name: string }
  parents: { id: number }
  children: { id: number; parent_id: number }
}

describe('SQLite group commit', () => {
  let dir: string
  let db: Kysely<Items>
  let dialect: GroupCommitSqliteDialect
  let other: SqliteDatabase.Database
  let connection: ReturnType<typeof withStatementCache>
  const observer = { queryFailed: jest.fn(), querySucceeded: jest.fn() }

  function open(maxGroup?: number): void {
    const path = join(dir, 'g.db')
    const database = new SqliteDatabase(path)
    database.pragma('journal_mode = WAL')
    database.pragma('synchronous = FULL')
    database.pragma('foreign_keys = ON')
    connection = withStatementCache(database)
    dialect = new GroupCommitSqliteDialect({ database: connection, observer, ...(maxGroup ? { maxGroup } : {}) })
    db = new Kysely<Items>({ dialect })
    other = new SqliteDatabase(path, { readonly: false })
  }

  const committed = (id: number): boolean => other.prepare('select 1 from items where id = ?').get(id) !== undefined

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'group-commit-'))
    observer.queryFailed.mockClear()
    observer.querySucceeded.mockClear()
    open()
    await sql`create table items (id integer primary key, name text not null)`.execute(db)
    await sql`create table parents (id integer primary key)`.execute(db)
    await sql`create table children (id integer primary key, parent_id integer not null references parents (id) deferrable initially deferred)`.execute(db)
  })

  afterEach(async () => {
    other.close()
    await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  /** A transaction that inserts `id` after yielding once (as a request's does between statements), checking on resolution that its row is committed. */
  const insert = (id: number, fail = false) =>
    db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ id, name: `n${id}` }).execute()
      await new Promise((resolve) => setImmediate(resolve))
      if (fail) throw new Error(`member ${id} fails`)
      return id
    }).then((answer) => ({ answer, committedWhenAnswered: committed(id) }))

  it('commits the transactions that queued together with one COMMIT, and answers each only once it is committed', async () => {
    const before = { ...dialect.stats }
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => insert(i + 1)))
    expect(answers).toEqual(Array.from({ length: 10 }, (_, i) => ({ answer: i + 1, committedWhenAnswered: true })))
    expect(dialect.stats.committedTransactions - before.committedTransactions).toBe(10)
    // The nine behind the first queued while it ran: each hands the connection on, the last commits all ten.
    expect(dialect.stats.commits - before.commits).toBe(1)
  })

  it('transactions begun in one turn of the event loop, each running to its end at once (as a request’s on this driver), share a COMMIT', async () => {
    const before = dialect.stats.commits
    const quick = (id: number) =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ id, name: `n${id}` }).execute()
      }).then(() => committed(id))
    // Each from its own callback, as requests read from their sockets in one turn are.
    const answers = await Promise.all([1, 2, 3, 4, 5].map((id) => new Promise<boolean>((resolve) => setImmediate(() => resolve(quick(id))))))
    expect(answers).toEqual([true, true, true, true, true])
    expect(dialect.stats.commits - before).toBe(1)
  })

  it('a transaction alone commits on its own, as without grouping', async () => {
    const before = dialect.stats.commits
    expect(await insert(1)).toEqual({ answer: 1, committedWhenAnswered: true })
    expect(dialect.stats.commits - before).toBe(1)
    expect(await insert(2)).toEqual({ answer: 2, committedWhenAnswered: true })
    expect(dialect.stats.commits - before).toBe(2)
  })

  it('a member that fails rolls back its own work only; the rest of its group commits', async () => {
    const outcomes = await Promise.allSettled([insert(1), insert(2, true), insert(3), insert(4, true), insert(5)])
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled'])
    expect(other.prepare('select id from items order by id').all()).toEqual([{ id: 1 }, { id: 3 }, { id: 5 }])
  })

  it('a group is at most maxGroup long: the one that fills it commits, and those after start a new group', async () => {
    await db.destroy()
    other.close()
    rmSync(dir, { recursive: true, force: true })
    dir = mkdtempSync(join(tmpdir(), 'group-commit-'))
    open(3)
    await sql`create table items (id integer primary key, name text not null)`.execute(db)
    const before = dialect.stats.commits
    const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => insert(i + 1)))
    expect(answers.every((a) => a.committedWhenAnswered)).toBe(true)
    expect(dialect.stats.commits - before).toBe(3)
  })

  it('a statement outside a transaction never sees a group’s uncommitted rows: the group is committed first', async () => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const first = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ id: 1, name: 'a' }).execute()
      await held
    })
    // Queued behind the first: so the first hands the connection on instead of committing.
    const second = insert(2)
    const read = db.selectFrom('items').select('id').orderBy('id').execute()
    release()
    await first
    expect(await second).toEqual({ answer: 2, committedWhenAnswered: true })
    const rows = await read
    // Whatever the read saw, another connection saw committed before it answered.
    expect(rows).toEqual([{ id: 1 }, { id: 2 }])
    expect(committed(1) && committed(2)).toBe(true)
  })

  it('a COMMIT that fails (a deferred foreign key) fails every member of its group, and keeps nothing of it', async () => {
    await sql`insert into parents values (1)`.execute(db)
    const orphan = db.transaction().execute(async (trx) => {
      // Deferred: the savepoint is released, and the COMMIT that ends the group is refused.
      await trx.insertInto('children').values({ id: 1, parent_id: 99 }).execute()
      await new Promise((resolve) => setImmediate(resolve))
    })
    const outcomes = await Promise.allSettled([insert(1), orphan, insert(2), insert(3)])
    // All four queued together, so they share the refused COMMIT: none of them is answered as done.
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected'])
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })
    expect(observer.queryFailed).toHaveBeenCalled()
    expect(other.prepare('select count(*) as n from items').get()).toEqual({ n: 0 })
    expect(other.prepare('select count(*) as n from children').get()).toEqual({ n: 0 })
    // The connection goes on: the next transaction commits.
    expect(await insert(4)).toEqual({ answer: 4, committedWhenAnswered: true })
  })

  it('a group SQLite rolls back on its own (as after SQLITE_FULL) fails the members that had ended in it; the next group goes on', async () => {
    // Stands in for SQLite undoing the whole transaction after an I/O or disk-full error.
    const rolledBack = () =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ id: 2, name: 'b' }).execute()
        await sql`rollback`.execute(trx)
      })
    const outcomes = await Promise.allSettled([insert(1), rolledBack(), insert(3)])
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled'])
    // Counted as the database not available (503, retry): nothing of it was kept.
    expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_ABORT_ROLLBACK' })
    expect(isDatabaseUnavailable((outcomes[0] as PromiseRejectedResult).reason)).toBe(true)
    expect(other.prepare('select id from items order by id').all()).toEqual([{ id: 3 }])
  })

  it('a transaction that throws before any statement, alone or queued, leaves the others alone', async () => {
    const empty = db.transaction().execute(async () => {
      await new Promise((resolve) => setImmediate(resolve))
      throw new Error('refused before writing')
    })
    const outcomes = await Promise.allSettled([insert(1), empty, insert(2)])
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(committed(1) && committed(2)).toBe(true)
  })

  describe('read snapshot (readDirectly)', () => {
    const ids = CompiledQuery.raw('select id from items order by id')
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

    it('the direct reads of one turn share one read transaction, ended once the turn’s other work is done', async () => {
      await insert(1)
      await nextTurn()
      const before = { ...dialect.stats }
      const reads = Array.from({ length: 5 }, () => dialect.readDirectly(ids))
      expect(reads).toEqual(Array.from({ length: 5 }, () => [{ id: 1 }]))
      expect(dialect.stats.readSnapshots - before.readSnapshots).toBe(1)
      expect(dialect.stats.directReads - before.directReads).toBe(5)
      expect(connection.inTransaction).toBe(true)
      await nextTurn()
      expect(connection.inTransaction).toBe(false)
      // The next turn's reads open a snapshot of their own.
      dialect.readDirectly(ids)
      expect(dialect.stats.readSnapshots - before.readSnapshots).toBe(2)
    })

    it('a transaction that needs the connection ends the snapshot first, commits as usual, and a read after it sees its row', async () => {
      expect(dialect.readDirectly(ids)).toEqual([])
      expect(await insert(1)).toEqual({ answer: 1, committedWhenAnswered: true })
      expect(dialect.readDirectly(ids)).toEqual([{ id: 1 }])
    })

    it('never reads while a group is uncommitted or a transaction holds the connection: the read goes through Kysely, after the COMMIT', async () => {
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      const writing = db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ id: 1, name: 'a' }).execute()
        await held
      })
      await nextTurn()
      expect(dialect.readDirectly(ids)).toBeUndefined()
      release()
      await writing
      expect(dialect.readDirectly(ids)).toEqual([{ id: 1 }])
    })

    it('leaves statements that write to Kysely, and opens no snapshot for them', async () => {
      const before = dialect.stats.readSnapshots
      expect(dialect.readDirectly(CompiledQuery.raw("insert into items (id, name) values (9, 'x')"))).toBeUndefined()
      expect(dialect.stats.readSnapshots).toBe(before)
      expect(connection.inTransaction).toBe(false)
      expect(committed(9)).toBe(false)
    })

    it('another process writes while a snapshot is open (WAL); the server sees its row from the next turn on', async () => {
      expect(dialect.readDirectly(ids)).toEqual([])
      other.prepare("insert into items (id, name) values (5, 'other')").run()
      // The same turn reads the snapshot it opened.
      expect(dialect.readDirectly(ids)).toEqual([])
      await nextTurn()
      expect(dialect.readDirectly(ids)).toEqual([{ id: 5 }])
    })

    it('a read that fails is told to the observer and thrown; the snapshot still ends and the connection goes on', async () => {
      expect(() => dialect.readDirectly(CompiledQuery.raw('select nope from items'))).toThrow(/no such column/)
      expect(observer.queryFailed).toHaveBeenCalled()
      expect(dialect.readDirectly(ids)).toEqual([])
      await nextTurn()
      expect(connection.inTransaction).toBe(false)
      expect(await insert(1)).toEqual({ answer: 1, committedWhenAnswered: true })
    })
  })
})
