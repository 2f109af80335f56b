import { randomBytes } from 'node:crypto'
import { Kysely } from 'kysely'
import { Pool } from 'pg'
import { OneSchemaPostgresDialect } from '@server/db/one-schema-dialect'

/**
 * The introspection the Migrator reads (one-schema-dialect.ts): one schema's tables, never another
 * schema's (whose tables and columns other sessions may be dropping meanwhile). Needs DATABASE_URL.
 */

const url = process.env.DATABASE_URL?.trim() || null
const onPostgres = url ? describe : describe.skip

onPostgres('OneSchemaPostgresDialect', () => {
  const ours = `t_one_${randomBytes(4).toString('hex')}`
  const theirs = `t_other_${randomBytes(4).toString('hex')}`
  let admin: Pool

  /** A Kysely on its own pool, its search_path `ours`, introspecting `schema`. */
  const open = (schema?: string) =>
    new Kysely<unknown>({ dialect: new OneSchemaPostgresDialect({ pool: new Pool({ connectionString: url!, max: 1, options: `-c search_path=${ours}` }) }, schema) })

  beforeAll(async () => {
    admin = new Pool({ connectionString: url!, max: 1 })
    await admin.query(`create schema ${ours}; create schema ${theirs}`)
    await admin.query(`create table ${ours}.people (id serial primary key, name varchar(20) not null, note text default 'x')`)
    await admin.query(`comment on column ${ours}.people.name is '姓名'`)
    await admin.query(`create table ${ours}.kysely_migration (name varchar(255) primary key)`)
    await admin.query(`create view ${ours}.names as select name from ${ours}.people`)
    await admin.query(`create table ${theirs}.people (id integer)`)
    await admin.query(`create table ${theirs}.elsewhere (id integer)`)
  })

  afterAll(async () => {
    await admin.query(`drop schema ${ours} cascade; drop schema ${theirs} cascade`)
    await admin.end()
  })

  it.each([
    // which schema, the schema given
    ['the schema named', ours],
    ['the connection’s current_schema()', undefined],
  ])('reads %s only, its columns as Kysely’s own introspection reads them', async (_which, schema) => {
    const db = open(schema)
    try {
      const tables = await db.introspection.getTables()
      expect(tables.map((t) => [t.schema, t.name, t.isView])).toEqual([[ours, 'names', true], [ours, 'people', false]])
      expect(tables[1].columns).toEqual([
        { name: 'id', dataType: 'int4', dataTypeSchema: 'pg_catalog', isNullable: false, isAutoIncrementing: true, hasDefaultValue: true },
        { name: 'name', dataType: 'varchar', dataTypeSchema: 'pg_catalog', isNullable: false, isAutoIncrementing: false, hasDefaultValue: false, comment: '姓名' },
        { name: 'note', dataType: 'text', dataTypeSchema: 'pg_catalog', isNullable: true, isAutoIncrementing: false, hasDefaultValue: true },
      ])
      const withKysely = await db.introspection.getTables({ withInternalKyselyTables: true })
      expect(withKysely.map((t) => t.name)).toEqual(['kysely_migration', 'names', 'people'])
      expect((await db.introspection.getSchemas()).map((s) => s.name)).toEqual(expect.arrayContaining([ours, theirs]))
    } finally {
      await db.destroy()
    }
  })
})
