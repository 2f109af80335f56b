import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// Who took a step on a filing a family member made for someone (代办), when it was not the one who
// filed: 'SUBJECT' where the 参保人 did it on his own phone (补充材料, 取消). Null otherwise: the
// filer, the system or a reviewer, as the step's place in the timeline says (a trial: the staff
// 进度 said 代办人 张*补交材料 for materials the father sent himself).
// ADD COLUMN of a nullable column works alike on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('filing_events').addColumn('actor', 'varchar(8)').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('filing_events').dropColumn('actor').execute()
}
