import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// 补办 during a stay (issue 12 item 1; 002 通知 二, 004 表8 温馨提示5): a filing made while the person
// is already in hospital records the admission date ('YYYY-MM-DD'); null for any other filing.
// ADD COLUMN of a nullable column works alike on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('filings').addColumn('admitted_on', 'varchar(10)').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('filings').dropColumn('admitted_on').execute()
}
