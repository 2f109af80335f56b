import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely'
import { preparedQuery, type QueryTarget } from '@server/db/prepared-query'
import { withDirectSqlite } from '@server/db/sqlite-direct'
import { withStatementCache } from '@server/db/sqlite-statement-cache'
import type { Database } from '@server/db/schema'

interface Db {
  items: { id: number; name: string; kind: string }
}

/** A real in-memory SQLite database behind Kysely, its statements cached; every query Kysely sends is recorded. */
function database() {
  const raw = new SqliteDatabase(':memory:')
  raw.exec("create table items (id integer primary key, name text not null, kind text not null); insert into items values (1, 'a', 'x'), (2, 'b', 'y'), (3, 'c', 'x')")
  const cached = withStatementCache(raw)
  const sent: CompiledQuery[] = []
  const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: cached }), log: (event) => void sent.push(event.query) })
  // preparedQuery is typed for the server's tables; these tests use a table of their own.
  const target = (direct: QueryTarget['direct'] = null): QueryTarget => ({ db: db as unknown as Kysely<Database>, dialect: 'sqlite', direct })
  return { db, raw, cached, sent, target }
}

type Items = Kysely<Db>
const items = (db: Kysely<Database>) => db as unknown as Items

describe('preparedQuery', () => {
  it('builds once per shape and variant, and runs each time with the values in their places', async () => {
    const { db, sent, target } = database()
    let builds = 0
    const byKinds = preparedQuery<{ kinds: string[]; above: number }, { id: number }, boolean>((kdb, p, descending) => {
      builds += 1
      return items(kdb)
        .selectFrom('items')
        .select('id')
        .where('kind', 'in', p.kinds)
        .where('id', '>', p.above as unknown as number)
        .orderBy('id', descending ? 'desc' : 'asc')
    })
    expect((await byKinds(target(), { kinds: ['x'], above: 0 }, false)).rows).toEqual([{ id: 1 }, { id: 3 }])
    expect((await byKinds(target(), { kinds: ['y'], above: 0 }, false)).rows).toEqual([{ id: 2 }])
    expect(builds).toBe(1)
    expect((await byKinds(target(), { kinds: ['x', 'y'], above: 1 }, false)).rows).toEqual([{ id: 2 }, { id: 3 }])
    expect((await byKinds(target(), { kinds: ['x'], above: 0 }, true)).rows).toEqual([{ id: 3 }, { id: 1 }])
    expect(builds).toBe(3)
    expect(sent[1]).toMatchObject({ sql: 'select "id" from "items" where "kind" in (?) and "id" > ? order by "id" asc', parameters: ['y', 0] })
    await db.destroy()
  })

  it('answers how many rows a write changed; undefined is bound as NULL', async () => {
    const { db, raw, target } = database()
    raw.exec('create table notes (id integer primary key, note text)')
    const insert = preparedQuery<{ id: number; note: string | undefined }>((kdb, p) =>
      (kdb as unknown as Kysely<{ notes: { id: number; note: string | null } }>).insertInto('notes').values({ id: p.id as unknown as number, note: p.note }).onConflict((oc) => oc.column('id').doNothing()),
    )
    expect((await insert(target(), { id: 1, note: undefined })).numAffectedRows).toBe(1n)
    expect((await insert(target(), { id: 1, note: 'again' })).numAffectedRows).toBe(0n)
    expect(raw.prepare('select note from notes').all()).toEqual([{ note: null }])
    await db.destroy()
  })

  it('refuses a query that leaves a value out or splices it into the SQL', async () => {
    const { db, target } = database()
    const unused = preparedQuery<{ kind: string }>((kdb) => items(kdb).selectFrom('items').select('id').where('kind', '=', 'x'))
    await expect(unused(target(), { kind: 'x' })).rejects.toThrow('slots not bound: kind')
    const { sql } = await import('kysely')
    const inlined = preparedQuery<{ kind: string }>((kdb, p) => items(kdb).selectFrom('items').select('id').where('kind', '=', sql.lit(p.kind)))
    await expect(inlined(target(), { kind: 'x' })).rejects.toThrow('inlined')
    await db.destroy()
  })

  it('runs straight on the connection inside a transaction, and nowhere else', async () => {
    const { db, cached, sent, target } = database()
    const byKind = preparedQuery<{ kind: string }, { id: number }>((kdb, p) => items(kdb).selectFrom('items').select('id').where('kind', '=', p.kind).orderBy('id'))
    let leaked: QueryTarget['direct'] = null
    const rows = await db.transaction().execute((trx) =>
      withDirectSqlite(cached, async (direct) => {
        leaked = direct
        await trx.insertInto('items').values({ id: 4, name: 'd', kind: 'x' }).execute()
        return (await byKind({ db: trx as unknown as Kysely<Database>, dialect: 'sqlite', direct }, { kind: 'x' })).rows
      }),
    )
    // It sees the transaction's own write, and Kysely never saw the statement.
    expect(rows).toEqual([{ id: 1 }, { id: 3 }, { id: 4 }])
    expect(sent.map((q) => q.sql)).not.toContain('select "id" from "items" where "kind" = ? order by "id"')
    // After the transaction the handle refuses.
    await expect(byKind(target(leaked), { kind: 'x' })).rejects.toThrow('outside its transaction')
    // Outside any transaction, a direct handle refuses even while its work runs.
    await expect(withDirectSqlite(cached, (direct) => byKind(target(direct), { kind: 'x' }))).rejects.toThrow('outside its transaction')
    await db.destroy()
  })

  it('tells the observer of a direct statement that failed, and throws it on', async () => {
    const { db, cached } = database()
    const insert = preparedQuery<{ id: number }>((kdb, p) => items(kdb).insertInto('items').values({ id: p.id as unknown as number, name: 'z', kind: 'z' }))
    const heard: unknown[] = []
    const run = db.transaction().execute((trx) =>
      withDirectSqlite(cached, (direct) => insert({ db: trx as unknown as Kysely<Database>, dialect: 'sqlite', direct }, { id: 1 }), { queryFailed: (e) => void heard.push(e) }),
    )
    // Compared by message: better-sqlite3's errors may come from another realm under jest (see foreign-keys.test.ts).
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    )
    expect(String((error as { message?: unknown } | null)?.message)).toContain('UNIQUE constraint failed')
    expect(heard).toHaveLength(1)
    await db.destroy()
  })
})
