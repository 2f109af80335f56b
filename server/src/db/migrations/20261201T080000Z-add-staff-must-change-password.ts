import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// A password someone else set (an admin's 新建账号 or 重置密码, or `npm run staff`) must be changed
// by its owner at the next sign-in before anything else (1), else 0. Until now every password was
// set that way — there was no way to choose one's own — so the accounts already there start at 1,
// as does any row written without the column (the default refuses rather than lets through).
// ADD COLUMN with a constant default works alike on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('staff_accounts')
    .addColumn('must_change_password', 'integer', (col) => col.notNull().defaultTo(1))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('staff_accounts').dropColumn('must_change_password').execute()
}
