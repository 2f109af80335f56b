import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { withStatementCache } from '@server/db/sqlite-statement-cache'

interface Db {
  items: { id: number; name: string }
}

/** A real in-memory SQLite database whose `prepare` calls are counted. */
function counted(maxSize: number) {
  const raw = new SqliteDatabase(':memory:')
  raw.exec("create table items (id integer primary key, name text not null); insert into items values (1, 'a'), (2, 'b'), (3, 'c')")
  const prepared: string[] = []
  const realPrepare = raw.prepare.bind(raw)
  raw.prepare = ((text: string) => {
    prepared.push(text)
    return realPrepare(text)
  }) as typeof raw.prepare
  const database = withStatementCache(raw, maxSize)
  const db = new Kysely<Db>({ dialect: new SqliteDialect({ database }) })
  return { db, database, prepared }
}

describe('withStatementCache', () => {
  it('prepares one query shape once and answers each call with its own values', async () => {
    const { db, database, prepared } = counted(10)
    const names: string[] = []
    for (const id of [1, 2, 3, 1]) {
      const row = await db.selectFrom('items').select('name').where('id', '=', id).executeTakeFirstOrThrow()
      names.push(row.name)
    }
    expect(names).toEqual(['a', 'b', 'c', 'a'])
    expect(prepared).toEqual(['select "name" from "items" where "id" = ?'])
    expect(database.cachedStatements).toBe(1)
    await db.destroy()
  })

  it('reuses a writing statement: run() reports each change', async () => {
    const { db, prepared } = counted(10)
    const changed: bigint[] = []
    for (const id of [1, 2, 99]) {
      const { numUpdatedRows } = await db.updateTable('items').set({ name: 'z' }).where('id', '=', id).executeTakeFirst()
      changed.push(numUpdatedRows)
    }
    expect(changed).toEqual([1n, 1n, 0n])
    expect(prepared).toHaveLength(1)
    const { rows } = await sql<{ n: number }>`select count(*) as n from items where name = 'z'`.execute(db)
    expect(rows).toEqual([{ n: 2 }])
    await db.destroy()
  })

  it('keeps at most maxSize statements, dropping the least recently used', async () => {
    const { db, database, prepared } = counted(2)
    const byId = (id: number) => db.selectFrom('items').select('id').where('id', '=', id)
    const byName = (name: string) => db.selectFrom('items').select('id').where('name', '=', name)
    const all = () => db.selectFrom('items').select('id')
    await byId(1).execute() // prepared: byId
    await byName('a').execute() // prepared: byName
    await byId(2).execute() // reused; byName is now the least recently used
    await all().execute() // prepared: all; byName dropped
    expect(database.cachedStatements).toBe(2)
    await byId(3).execute() // still cached
    await byName('b').execute() // prepared again
    expect(prepared).toEqual([
      'select "id" from "items" where "id" = ?',
      'select "id" from "items" where "name" = ?',
      'select "id" from "items"',
      'select "id" from "items" where "name" = ?',
    ])
    await db.destroy()
  })

  it('refuses a size that keeps nothing', () => {
    const raw = new SqliteDatabase(':memory:')
    expect(() => withStatementCache(raw, 0)).toThrow('statement cache size must be a positive integer, got 0')
    raw.close()
  })
})
