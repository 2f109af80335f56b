import { randomBytes } from 'node:crypto'
import { Pool, type PoolClient } from 'pg'
import { statementName, withNamedStatements } from '@server/db/pg-named-statements'

/**
 * Named (server-side prepared) statements on PostgreSQL (issue 15): a query with parameters is
 * parsed and planned once per connection; one without runs as asked; a statement whose result
 * columns changed under it fails once, then runs unnamed on that connection. Needs DATABASE_URL.
 */

const url = process.env.DATABASE_URL?.trim() || null
const onPostgres = url ? describe : describe.skip

describe('statementName', () => {
  it('is the same for the same text and differs for another', () => {
    expect(statementName('select $1::int as a')).toBe(statementName('select $1::int as a'))
    expect(statementName('select $1::int as a')).not.toBe(statementName('select $1::int as b'))
    expect(statementName('select 1')).toMatch(/^k[0-9a-f]{24}$/)
  })
})

onPostgres('withNamedStatements', () => {
  const schema = `t_named_${randomBytes(4).toString('hex')}`
  let pool: Pool
  let client: PoolClient

  const prepared = async (): Promise<string[]> =>
    (await client.query<{ name: string }>('select name from pg_prepared_statements order by name')).rows.map((r) => r.name)

  beforeAll(async () => {
    pool = new Pool({ connectionString: url!, max: 1, options: `-c search_path=${schema}` })
    pool.on('connect', (c) => withNamedStatements(c))
    client = await pool.connect()
    await client.query(`create schema ${schema}`)
    await client.query('create table t (a integer not null)')
    await client.query('insert into t (a) values (1), (2)')
  })

  afterAll(async () => {
    await client.query(`drop schema ${schema} cascade`)
    client.release()
    await pool.end()
  })

  it('runs a query with parameters as a named statement, prepared once, answering the same rows', async () => {
    const text = 'select a from t where a >= $1 order by a'
    expect((await client.query(text, [1])).rows).toEqual([{ a: 1 }, { a: 2 }])
    expect((await client.query(text, [2])).rows).toEqual([{ a: 2 }])
    const names = await prepared()
    expect(names.filter((n) => n === statementName(text))).toHaveLength(1)
  })

  it('leaves a query without parameters unnamed (BEGIN, COMMIT, DDL)', async () => {
    const before = await prepared()
    expect((await client.query('select count(*)::int as n from t')).rows).toEqual([{ n: 2 }])
    expect((await client.query('select count(*)::int as n from t', [])).rows).toEqual([{ n: 2 }])
    expect(await prepared()).toEqual(before)
  })

  it('a statement whose columns changed under it fails once, then runs unnamed on this connection', async () => {
    const text = 'select * from t where a = $1'
    expect((await client.query(text, [1])).rows).toEqual([{ a: 1 }])
    await client.query('alter table t add column b integer')
    await expect(client.query(text, [1])).rejects.toMatchObject({ code: '0A000' })
    expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: null }])
  })
})
