import Database from 'better-sqlite3'
import { allRows } from '@server/db/sqlite-rows'

// allRows answers what better-sqlite3's own `all` answers, read raw and shaped once per statement (issue 15).
describe('allRows', () => {
  const db = new Database(':memory:')
  db.exec(`create table t (id integer primary key, name text, note text, amount real, data blob);
    insert into t values (1, '张三', null, 1.5, x'0102'), (2, '李四', '备注', 2, null);`)
  afterAll(() => db.close())

  it.each([
    ['select * from t order by id', []],
    ['select id, name from t where id = ?', [2]],
    ['select name, name as name, id as name from t', []],
    ['select json_group_array(json_array(id, name)) as events, count(*) as n from t', []],
    ['select id from t where id = ?', [99]],
  ])('%s: the same rows, keys in the same order, as `all`', (sql, parameters) => {
    const statement = db.prepare(sql)
    const expected = db.prepare(sql).all(parameters)
    const rows = allRows(statement, parameters)
    expect(rows).toEqual(expected)
    for (let i = 0; i < rows.length; i += 1) expect(Object.keys(rows[i])).toEqual(Object.keys(expected[i] as object))
    // Back in object mode for whoever runs it next (Kysely's own driver path).
    expect(statement.all(parameters)).toEqual(expected)
    // And again, with the shaper kept.
    expect(allRows(statement, parameters)).toEqual(expected)
  })

  it('a column named __proto__ is a plain key, as in `all`', () => {
    const statement = db.prepare('select 1 as "__proto__", 2 as b')
    const [row] = allRows(statement, [])
    const expected = db.prepare('select 1 as "__proto__", 2 as b').get() as object
    expect(Object.keys(row)).toEqual(Object.keys(expected))
    expect(JSON.stringify(row)).toBe(JSON.stringify(expected))
  })

  it('a statement that throws is left in object mode', () => {
    const statement = db.prepare('select abs(?) as x')
    expect(() => allRows(statement, ['x'.repeat(10), 2])).toThrow()
    expect(statement.all([-3])).toEqual([{ x: 3 }])
  })

  it('`select *` over a table altered since: the new column is there', () => {
    db.exec('create table u (a integer); insert into u values (1)')
    const statement = db.prepare('select * from u')
    expect(allRows(statement, [])).toEqual([{ a: 1 }])
    db.exec('alter table u add column b text')
    expect(allRows(statement, [])).toEqual(db.prepare('select * from u').all())
  })
})
