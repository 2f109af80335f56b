import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// Staff decisions on filings under review, kept in full (一次性告知: every reason and missing item
// at once, 000 第五条). The latest one per filing (highest seq) is what the person sees.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('review_decisions')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('filing_id', 'varchar(36)', (col) => col.notNull().references('filings.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('decision', 'varchar(20)', (col) => col.notNull())
    // JSON arrays of strings.
    .addColumn('reasons', 'text', (col) => col.notNull())
    .addColumn('missing_items', 'text', (col) => col.notNull())
    .addColumn('decided_at', 'varchar(40)', (col) => col.notNull())
    .addUniqueConstraint('review_decisions_filing_seq_unique', ['filing_id', 'seq'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('review_decisions').execute()
}
