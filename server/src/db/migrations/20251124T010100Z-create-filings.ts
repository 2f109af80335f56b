import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// A filing (备案), the uploads it rests on, and its status timeline. The subject's name, ID
// number and 参保地 are copied at filing time: a later profile edit must not rewrite what was filed.
// Booleans are 0/1 integers on both engines (SQLite has no boolean type).
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('filings')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('number', 'varchar(16)', (col) => col.notNull().unique())
    // Who filed; subject_user_id is who the filing is for (the same person when filing for oneself).
    .addColumn('user_id', 'varchar(36)', (col) => col.notNull().references('users.id'))
    .addColumn('subject_user_id', 'varchar(36)', (col) => col.notNull())
    .addColumn('type', 'varchar(24)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('basis', 'varchar(16)', (col) => col.notNull())
    .addColumn('registration', 'varchar(8)', (col) => col.notNull())
    .addColumn('destination_province', 'varchar(6)', (col) => col.notNull())
    .addColumn('destination_city', 'varchar(6)')
    .addColumn('start_date', 'varchar(10)', (col) => col.notNull())
    .addColumn('end_date', 'varchar(10)')
    .addColumn('valid_from', 'varchar(10)')
    .addColumn('valid_to', 'varchar(10)')
    .addColumn('validity_explanation', 'text', (col) => col.notNull())
    // JSON array of the citations the decision rests on.
    .addColumn('citations', 'text', (col) => col.notNull())
    .addColumn('phone1', 'varchar(20)', (col) => col.notNull())
    .addColumn('phone2', 'varchar(20)')
    .addColumn('address_at_destination', 'varchar(200)', (col) => col.notNull())
    .addColumn('chronic_disease_hospital', 'varchar(100)')
    .addColumn('multi_place', 'integer', (col) => col.notNull())
    .addColumn('commitment_signed_name', 'varchar(100)')
    .addColumn('commitment_text_version', 'varchar(20)')
    .addColumn('commitment_signed_at', 'varchar(40)')
    .addColumn('supersedes_id', 'varchar(36)', (col) => col.references('filings.id'))
    .addColumn('superseded_by_id', 'varchar(36)', (col) => col.references('filings.id'))
    .addColumn('subject_name', 'varchar(100)', (col) => col.notNull())
    .addColumn('subject_id_number', 'varchar(18)', (col) => col.notNull())
    .addColumn('insured_region', 'varchar(6)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(40)', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('filings_user_id_index').on('filings').column('user_id').execute()
  await db.schema
    .createIndex('filings_subject_type_index')
    .on('filings')
    .columns(['subject_user_id', 'type'])
    .execute()

  await db.schema
    .createTable('filing_materials')
    .addColumn('filing_id', 'varchar(36)', (col) => col.notNull().references('filings.id').onDelete('cascade'))
    .addColumn('upload_id', 'varchar(36)', (col) => col.notNull().references('uploads.id'))
    .addPrimaryKeyConstraint('filing_materials_pk', ['filing_id', 'upload_id'])
    .execute()

  await db.schema
    .createTable('filing_events')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('filing_id', 'varchar(36)', (col) => col.notNull().references('filings.id').onDelete('cascade'))
    // Order within the filing: several events may share one instant (submitted and approved at once).
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('at', 'varchar(40)', (col) => col.notNull())
    .addUniqueConstraint('filing_events_filing_seq_unique', ['filing_id', 'seq'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('filing_events').execute()
  await db.schema.dropTable('filing_materials').execute()
  await db.schema.dropTable('filings').execute()
}
