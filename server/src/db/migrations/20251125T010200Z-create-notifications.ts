import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// The notification outbox: rows are written in the same transaction as what they announce and
// sent later by notifications/sender (claimed one by one, so several instances may run it).
// due_at is an ISO instant in UTC (toISOString), so text order is time order on both engines.
// notification_subscriptions: what each person allowed in Taro.requestSubscribeMessage, per kind.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('user_id', 'varchar(36)', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('filing_id', 'varchar(36)', (col) => col.references('filings.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('due_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('status', 'varchar(12)', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('last_error', 'varchar(500)')
    .addColumn('sent_at', 'varchar(40)')
    .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('notifications_status_due_at_index').on('notifications').columns(['status', 'due_at']).execute()
  await db.schema.createIndex('notifications_filing_id_index').on('notifications').column('filing_id').execute()

  await db.schema
    .createTable('notification_subscriptions')
    .addColumn('user_id', 'varchar(36)', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('choice', 'varchar(10)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(40)', (col) => col.notNull())
    .addPrimaryKeyConstraint('notification_subscriptions_pk', ['user_id', 'kind'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_subscriptions').execute()
  await db.schema.dropTable('notifications').execute()
}
