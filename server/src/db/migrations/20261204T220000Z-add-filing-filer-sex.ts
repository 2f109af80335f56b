import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// A filing made for a family member (代办) records the filer's sex ('M' / 'F', read from the
// filer's ID number when filing), so the member reads who filed it in their own word: 由您的女儿…代办,
// as the invitation said 您的女儿 (a trial read 您的子女 on one and 您的女儿 on the other). Null on
// filings made before, and on one's own: the neutral word (子女) then.
// ADD COLUMN of a nullable column works alike on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('filings').addColumn('filer_sex', 'varchar(1)').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('filings').dropColumn('filer_sex').execute()
}
