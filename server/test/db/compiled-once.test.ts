import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely'
import { compiledOnce } from '@server/db/compiled-once'

interface Db {
  items: { id: number; name: string; kind: string }
}

/** A real in-memory SQLite database; every query Kysely sends is recorded. */
function database() {
  const raw = new SqliteDatabase(':memory:')
  raw.exec(
    "create table items (id integer primary key, name text not null, kind text not null);" +
      "insert into items values (1, 'a', 'x'), (2, 'b', 'y'), (3, 'c', 'x'), (4, 'd', 'x')",
  )
  const sent: CompiledQuery[] = []
  const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: raw }), log: (event) => void sent.push(event.query) })
  return { db, sent }
}

describe('compiledOnce', () => {
  it('answers what the built query answers, for each value, with the other parameters as compiled', async () => {
    const { db, sent } = database()
    let builds = 0
    const byKind = compiledOnce(db, (kind) => {
      builds += 1
      return db.selectFrom('items').select(['id', 'name']).where('kind', '=', kind).where('id', '>', 1).orderBy('id').limit(2)
    })
    expect(await byKind('x')).toEqual([
      { id: 3, name: 'c' },
      { id: 4, name: 'd' },
    ])
    expect(await byKind('y')).toEqual([{ id: 2, name: 'b' }])
    expect(await byKind('none')).toEqual([])
    expect(builds).toBe(1)
    // One SQL text, each run with its own value in the compiled parameter's place.
    expect(new Set(sent.map((q) => q.sql))).toEqual(new Set(['select "id", "name" from "items" where "kind" = ? and "id" > ? order by "id" limit ?']))
    expect(sent.map((q) => q.parameters)).toEqual([
      ['x', 1, 2],
      ['y', 1, 2],
      ['none', 1, 2],
    ])
    await db.destroy()
  })

  it('a value is always bound, never spliced into the SQL', async () => {
    const { db, sent } = database()
    const byName = compiledOnce(db, (name) => db.selectFrom('items').select('id').where('name', '=', name))
    expect(await byName("a' or '1'='1")).toEqual([])
    expect(sent[0].sql).toBe('select "id" from "items" where "name" = ?')
    await db.destroy()
  })

  it('refuses a query that does not bind its value exactly once', async () => {
    const { db } = database()
    const unused = compiledOnce(db, () => db.selectFrom('items').select('id').where('kind', '=', 'x'))
    await expect(unused('a')).rejects.toThrow('exactly once')
    const twice = compiledOnce(db, (v) => db.selectFrom('items').select('id').where('kind', '=', v).where('name', '=', v))
    await expect(twice('a')).rejects.toThrow('exactly once')
    await db.destroy()
  })
})
