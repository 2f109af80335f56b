import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// The agency's own people (issue 14): one account each instead of a shared token.
// - staff_accounts: argon2id hashes only; DISABLED accounts are kept (the audit log names them).
// - staff_sessions: the SHA-256 of an opaque bearer token; checked on every request together with
//   the account's status, so disabling an account ends its sessions at once.
// - staff_login_attempts: failures counted by the username typed, whether or not an account has
//   it, so a lock answers the same for a real and an unknown name.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('staff_accounts')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('username', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('display_name', 'varchar(64)', (col) => col.notNull())
    .addColumn('role', 'varchar(16)', (col) => col.notNull())
    .addColumn('password_hash', 'varchar(255)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('password_changed_at', 'varchar(40)', (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('staff_sessions')
    .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('staff_id', 'varchar(36)', (col) => col.notNull().references('staff_accounts.id'))
    .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('revoked_at', 'varchar(40)')
    .addColumn('ip', 'varchar(64)')
    .execute()
  await db.schema.createIndex('staff_sessions_staff_index').on('staff_sessions').column('staff_id').execute()

  await db.schema
    .createTable('staff_login_attempts')
    .addColumn('username', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('locked_until', 'varchar(40)')
    .addColumn('updated_at', 'varchar(40)', (col) => col.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staff_login_attempts').execute()
  await db.schema.dropTable('staff_sessions').execute()
  await db.schema.dropTable('staff_accounts').execute()
}
