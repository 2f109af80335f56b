import {
  PostgresDialect,
  sql,
  type ColumnMetadata,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Kysely,
  type PostgresDialectConfig,
  type SchemaMetadata,
  type TableMetadata,
} from 'kysely'

// Kysely's PostgreSQL introspection, which its Migrator reads before every run (are its own tables
// there?), reads every column of every schema and looks each one up again by name
// (has_schema_privilege, pg_get_serial_sequence). A schema, table or column another session drops
// meanwhile — another test suite's down migration or `drop schema … cascade`, another app's — is
// still in the statement's snapshot but gone by name, and the whole read fails: 3F000, 42P01 or
// 42703 (schema / relation / column "…" does not exist), and with it the migration.

/**
 * PostgreSQL whose introspection reads one schema only (`schema`, else the connection's
 * current_schema()), from the catalogues by oid, never looking a name up again.
 */
export class OneSchemaPostgresDialect extends PostgresDialect {
  constructor(config: PostgresDialectConfig, private readonly schema?: string) {
    super(config)
  }

  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new OneSchemaIntrospector(db, this.schema)
  }
}

interface ColumnRow {
  schema: string
  table: string
  relkind: string
  column: string
  type: string
  type_schema: string
  not_null: boolean
  has_default: boolean
  auto_incrementing: boolean
  comment: string | null
}

const KYSELY_TABLES = ['kysely_migration', 'kysely_migration_lock']

class OneSchemaIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>, private readonly schema: string | undefined) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const rows = await sql<{ nspname: string }>`select nspname from pg_catalog.pg_namespace`.execute(this.db)
    return rows.rows.map((r) => ({ name: r.nspname }))
  }

  async getTables(options: DatabaseMetadataOptions = { withInternalKyselyTables: false }): Promise<TableMetadata[]> {
    const schema = this.schema === undefined ? sql`current_schema()` : sql`${this.schema}`
    // Auto-incrementing as Kysely says it (pg_get_serial_sequence): the column owns a sequence
    // (serial: an 'a' dependency; identity: an 'i' one), read from pg_depend instead of by name.
    const rows = await sql<ColumnRow>`
      select ns.nspname as schema, c.relname as table, c.relkind, a.attname as column,
        typ.typname as type, tns.nspname as type_schema,
        a.attnotnull as not_null, a.atthasdef as has_default,
        exists (
          select 1 from pg_catalog.pg_depend d join pg_catalog.pg_class s on s.oid = d.objid
          where d.refobjid = c.oid and d.refobjsubid = a.attnum and d.classid = 'pg_catalog.pg_class'::regclass
            and s.relkind = 'S' and d.deptype in ('a', 'i')
        ) as auto_incrementing,
        col_description(a.attrelid, a.attnum) as comment
      from pg_catalog.pg_attribute a
      join pg_catalog.pg_class c on c.oid = a.attrelid
      join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace
      join pg_catalog.pg_type typ on typ.oid = a.atttypid
      join pg_catalog.pg_namespace tns on tns.oid = typ.typnamespace
      where ns.nspname = ${schema} and c.relkind in ('r', 'v', 'p') and a.attnum >= 0 and not a.attisdropped
      order by c.relname, a.attnum`.execute(this.db)
    const tables = new Map<string, { name: string; isView: boolean; schema: string; columns: ColumnMetadata[] }>()
    for (const row of rows.rows) {
      if (!options.withInternalKyselyTables && KYSELY_TABLES.includes(row.table)) continue
      let table = tables.get(row.table)
      if (!table) {
        table = { name: row.table, isView: row.relkind === 'v', schema: row.schema, columns: [] }
        tables.set(row.table, table)
      }
      table.columns.push({
        name: row.column,
        dataType: row.type,
        dataTypeSchema: row.type_schema,
        isNullable: !row.not_null,
        isAutoIncrementing: row.auto_incrementing,
        hasDefaultValue: row.has_default,
        ...(row.comment === null ? {} : { comment: row.comment }),
      })
    }
    return [...tables.values()]
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) }
  }
}
