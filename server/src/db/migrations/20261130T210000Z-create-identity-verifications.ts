import type { Kysely } from 'kysely'

// 实人认证 (issue 11).
// - identity_verifications: every attempt, whatever its outcome (who, method, outcome, why, when).
//   No face image and no biometric data: WeChat's verify_result is kept only as its SHA-256
//   (result_hash, unique: a result is used once), the ID number and name only as SHA-256 too.
//   Staff-checked requests point at their three photos (uploads).
// - verified_identities: the one account that holds each verified ID number (id_hash is the
//   primary key, user_id unique): a second account cannot verify the same ID.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('identity_verifications')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('user_id', 'varchar(36)', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('method', 'varchar(12)', (col) => col.notNull())
    // PASSED | FAILED (face or dev), PENDING | APPROVED | REJECTED (staff)
    .addColumn('outcome', 'varchar(12)', (col) => col.notNull())
    .addColumn('failure_code', 'varchar(40)')
    .addColumn('failure_reason', 'varchar(300)')
    .addColumn('id_hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('name_hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('result_hash', 'varchar(64)', (col) => col.unique())
    .addColumn('id_front_upload_id', 'varchar(36)', (col) => col.references('uploads.id'))
    .addColumn('id_back_upload_id', 'varchar(36)', (col) => col.references('uploads.id'))
    .addColumn('holding_upload_id', 'varchar(36)', (col) => col.references('uploads.id'))
    .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('decided_at', 'varchar(40)')
    .execute()
  await db.schema
    .createIndex('identity_verifications_user_index')
    .on('identity_verifications')
    .columns(['user_id', 'created_at'])
    .execute()
  await db.schema.createIndex('identity_verifications_outcome_index').on('identity_verifications').column('outcome').execute()

  await db.schema
    .createTable('verified_identities')
    .addColumn('id_hash', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('user_id', 'varchar(36)', (col) => col.notNull().unique().references('users.id').onDelete('cascade'))
    .addColumn('name_hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('method', 'varchar(12)', (col) => col.notNull())
    .addColumn('verification_id', 'varchar(36)', (col) => col.notNull().references('identity_verifications.id'))
    .addColumn('verified_at', 'varchar(40)', (col) => col.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('verified_identities').execute()
  await db.schema.dropTable('identity_verifications').execute()
}
