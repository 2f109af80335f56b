import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// 隐私保护指引 consent (个人信息保护法 第二十八条, 第二十九条: separate consent for sensitive
// personal information) and withdrawal with deletion (第四十七条).
// - privacy_consents: one row per consent given — whose, for what (PROFILE: one's own 实名信息;
//   FAMILY_MEMBER: a member's data added for 代办), to which notice version, when; withdrawn_at
//   when the person withdrew it (DELETE /api/me). Rows hold no personal data beyond the user id.
// - users.deleted_at: the account was deleted; its openid is replaced, so the WeChat account no
//   longer leads to it, and its tokens are refused.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('privacy_consents')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('user_id', 'varchar(36)', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('scope', 'varchar(16)', (col) => col.notNull())
    .addColumn('family_member_id', 'varchar(36)', (col) => col.references('family_members.id').onDelete('set null'))
    .addColumn('notice_version', 'varchar(32)', (col) => col.notNull())
    .addColumn('consented_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('withdrawn_at', 'varchar(40)')
    .execute()
  await db.schema.createIndex('privacy_consents_user_index').on('privacy_consents').columns(['user_id', 'scope']).execute()

  await db.schema.alterTable('users').addColumn('deleted_at', 'varchar(40)').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('deleted_at').execute()
  await db.schema.dropTable('privacy_consents').execute()
}
