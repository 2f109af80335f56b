import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// Frozen in time: this file imports nothing from the app except the dialect type.
// Ids are random text (UUID) on both engines, so they cannot be enumerated and need no dialect branch.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('openid', 'varchar(128)', (col) => col.notNull().unique())
    .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('users').execute()
}
