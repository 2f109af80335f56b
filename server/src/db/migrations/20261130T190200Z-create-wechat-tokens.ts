import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// The WeChat access token (getStableAccessToken), one row per AppID, shared by every instance so
// that none fetches its own. access_token holds at least 512 characters (WeChat's advice).
// expires_at: when to fetch again (ISO instant, UTC). force_refreshed_at / force_refresh_day /
// force_refresh_count: the last forced refresh and how many were made that China day (WeChat
// allows 20 a day, 30 s apart).
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('wechat_tokens')
    .addColumn('app_id', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('access_token', 'varchar(1024)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('fetched_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('force_refreshed_at', 'varchar(40)')
    .addColumn('force_refresh_day', 'varchar(10)')
    .addColumn('force_refresh_count', 'integer', (col) => col.notNull().defaultTo(0))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('wechat_tokens').execute()
}
