import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// Every decision names who made it: a staff account, or the service account of REVIEWER_TOKEN.
// The name is kept as it was then, so a later rename or a disabled account does not change history.
// Decisions made before this migration have none (null).
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('review_decisions').addColumn('reviewer_id', 'varchar(64)').execute()
  await db.schema.alterTable('review_decisions').addColumn('reviewer_name', 'varchar(100)').execute()
  await db.schema.alterTable('proxy_authorizations').addColumn('decided_by_id', 'varchar(64)').execute()
  await db.schema.alterTable('proxy_authorizations').addColumn('decided_by_name', 'varchar(100)').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('proxy_authorizations').dropColumn('decided_by_name').execute()
  await db.schema.alterTable('proxy_authorizations').dropColumn('decided_by_id').execute()
  await db.schema.alterTable('review_decisions').dropColumn('reviewer_name').execute()
  await db.schema.alterTable('review_decisions').dropColumn('reviewer_id').execute()
}
