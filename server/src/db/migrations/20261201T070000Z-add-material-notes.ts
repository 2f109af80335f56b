import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// A note written on a material of a filing (issue 13 item 11: who the owner of a 房产证 is to the
// person): on the link between the filing and the upload, null when none was written. Checked by
// checkMaterialNotes (src/domain/materials/notes.ts) before it is stored; at most 50 characters.
// ADD COLUMN of a nullable column works alike on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('filing_materials').addColumn('note', 'varchar(200)').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('filing_materials').dropColumn('note').execute()
}
