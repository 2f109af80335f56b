import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// What the person corrected when staff asked (POST /api/filings/:id/materials with `contacts`): one
// row a field, its value before and after, at the instant of the 补充材料 timeline entry it came
// with, so staff see old → new beside that entry. The filing's own columns hold the new value.
// Values fit the filing's own columns (address 200, phones 20); null is an emptied 备用电话.
// The same column types on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('filing_corrections')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('filing_id', 'varchar(36)', (col) => col.notNull().references('filings.id').onDelete('cascade'))
    // Order within the filing: the fields of one answer share an instant.
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('field', 'varchar(32)', (col) => col.notNull())
    .addColumn('old_value', 'varchar(200)')
    .addColumn('new_value', 'varchar(200)')
    .addColumn('at', 'varchar(40)', (col) => col.notNull())
    .addUniqueConstraint('filing_corrections_filing_seq_unique', ['filing_id', 'seq'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('filing_corrections').execute()
}
