import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../schema'

// Outbox rows are claimed with a lease (issue 10, fault 8): claimed_by is the instance that holds
// the row, lease_until (ISO instant, UTC) when another instance may take it back from a dead one.
// grant_held is 1 while the row holds one of its recipient's subscription grants (taken before
// the send, spent by it, handed back when the row ends without WeChat having used it).
// ADD COLUMN (with a default for the NOT NULL one) works alike on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('notifications').addColumn('claimed_by', 'varchar(64)').execute()
  await db.schema.alterTable('notifications').addColumn('lease_until', 'varchar(40)').execute()
  await db.schema
    .alterTable('notifications')
    .addColumn('grant_held', 'integer', (col) => col.notNull().defaultTo(0))
    .execute()
  // A row a previous version left SENDING would never be taken again: give it back.
  await sql`update notifications set status = 'PENDING' where status = 'SENDING'`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('grant_held').execute()
  await db.schema.alterTable('notifications').dropColumn('lease_until').execute()
  await db.schema.alterTable('notifications').dropColumn('claimed_by').execute()
}
