import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// The emergency part of an emergency filing (SPEC §6; 000 附件4), one row per filing, with the
// window that applied when it was filed (mode and last day), so a later calendar change does not
// rewrite what the person was told.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('filing_emergencies')
    .addColumn('filing_id', 'varchar(36)', (col) => col.primaryKey().references('filings.id').onDelete('cascade'))
    .addColumn('admitted_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('left_on', 'varchar(10)')
    .addColumn('discharged_on', 'varchar(10)')
    .addColumn('away_reason', 'varchar(16)', (col) => col.notNull())
    .addColumn('hospital_name', 'varchar(100)', (col) => col.notNull())
    .addColumn('diagnosis', 'varchar(200)', (col) => col.notNull())
    // JSON array of criterion ids.
    .addColumn('criteria', 'text', (col) => col.notNull())
    .addColumn('mode', 'varchar(20)', (col) => col.notNull())
    .addColumn('deadline', 'varchar(10)')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('filing_emergencies').execute()
}
