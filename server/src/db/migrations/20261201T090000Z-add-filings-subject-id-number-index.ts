import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// The duplicate check and the multi-place decision read a person's filings by their ID number
// (filings.subject_id_number), whatever account or family member record each was made under; and a
// verified account lists the filings made under its own ID number. CREATE INDEX is the same on
// SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('filings_subject_id_number_index').on('filings').column('subject_id_number').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('filings_subject_id_number_index').execute()
}
