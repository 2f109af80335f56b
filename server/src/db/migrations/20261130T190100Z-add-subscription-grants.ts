import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../schema'

// WeChat's one-time subscription (一次性订阅) allows one message per accept: grants counts the
// accepts not yet spent, per person and kind of message (each kind has one template). The
// latest choice stays in `choice`. A person whose latest choice was accept held one grant.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('notification_subscriptions')
    .addColumn('grants', 'integer', (col) => col.notNull().defaultTo(0))
    .execute()
  await sql`update notification_subscriptions set grants = 1 where choice = 'accept'`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notification_subscriptions').dropColumn('grants').execute()
}
