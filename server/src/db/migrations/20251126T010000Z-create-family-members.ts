import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../schema'

// 家人代办 (SPEC §2): the people a user files for, the authorisations that allow it, and on each
// filing who acted for whom.
// - family_members: soft-deleted (deleted_at), never removed, so filings keep pointing at them.
// - proxy_authorizations: one row per request (an invitation or a 授权委托书); only the SHA-256 of
//   an invitation token is stored. principal_user_id is the member's own account once they accept.
// - filings: subject_user_id becomes nullable (a member with no account of their own has none),
//   subject_family_member_id / subject_relation / filer_name are added. SQLite cannot drop a NOT
//   NULL, so there the table is rebuilt (sqlite.org/lang_altertable.html, "other kinds of changes").
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('family_members')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('owner_user_id', 'varchar(36)', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('id_number', 'varchar(18)', (col) => col.notNull())
    .addColumn('relation', 'varchar(16)', (col) => col.notNull())
    .addColumn('phone', 'varchar(20)', (col) => col.notNull())
    .addColumn('insured_region', 'varchar(6)', (col) => col.notNull())
    .addColumn('insurance_type', 'varchar(16)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('deleted_at', 'varchar(40)')
    .execute()
  await db.schema.createIndex('family_members_owner_index').on('family_members').column('owner_user_id').execute()

  await db.schema
    .createTable('proxy_authorizations')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('family_member_id', 'varchar(36)', (col) => col.notNull().references('family_members.id').onDelete('cascade'))
    // Order within the member (several requests may share one instant): the highest is the latest.
    .addColumn('seq', 'integer', (col) => col.notNull())
    // The filer (代理人): the member's owner.
    .addColumn('proxy_user_id', 'varchar(36)', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('principal_user_id', 'varchar(36)', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('method', 'varchar(12)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('token_hash', 'varchar(64)', (col) => col.unique())
    .addColumn('expires_at', 'varchar(40)')
    .addColumn('letter_upload_id', 'varchar(36)', (col) => col.references('uploads.id'))
    .addColumn('id_photo_upload_id', 'varchar(36)', (col) => col.references('uploads.id'))
    // JSON array of strings: why staff refused the 授权委托书.
    .addColumn('reasons', 'text', (col) => col.notNull())
    .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('accepted_at', 'varchar(40)')
    .addColumn('decided_at', 'varchar(40)')
    .addColumn('revoked_at', 'varchar(40)')
    .addUniqueConstraint('proxy_authorizations_member_seq_unique', ['family_member_id', 'seq'])
    .execute()
  await db.schema.createIndex('proxy_authorizations_principal_index').on('proxy_authorizations').column('principal_user_id').execute()
  await db.schema.createIndex('proxy_authorizations_status_index').on('proxy_authorizations').column('status').execute()

  if (dialect === 'postgres') {
    await db.schema
      .alterTable('filings')
      .alterColumn('subject_user_id', (col) => col.dropNotNull())
      .execute()
    await db.schema
      .alterTable('filings')
      .addColumn('subject_family_member_id', 'varchar(36)', (col) => col.references('family_members.id'))
      .addColumn('subject_relation', 'varchar(16)')
      .addColumn('filer_name', 'varchar(100)')
      .execute()
  } else {
    await rebuildSqliteFilings(db, 'up')
  }
  await db.schema.createIndex('filings_subject_member_index').on('filings').column('subject_family_member_id').execute()
}

const OLD_COLUMNS = [
  'id', 'number', 'user_id', 'subject_user_id', 'type', 'status', 'basis', 'registration', 'destination_province',
  'destination_city', 'start_date', 'end_date', 'valid_from', 'valid_to', 'validity_explanation', 'citations', 'phone1',
  'phone2', 'address_at_destination', 'chronic_disease_hospital', 'multi_place', 'commitment_signed_name',
  'commitment_text_version', 'commitment_signed_at', 'supersedes_id', 'superseded_by_id', 'subject_name',
  'subject_id_number', 'insured_region', 'created_at', 'updated_at',
]

/**
 * The SQLite rebuild: foreign keys off (outside the transaction, where the pragma works), then
 * create, copy, drop, rename and re-index in one transaction, check the keys, and turn them on.
 * With the keys off, dropping the old table does not cascade into events, materials and notifications.
 */
async function rebuildSqliteFilings(db: Kysely<unknown>, direction: 'up' | 'down'): Promise<void> {
  const up = direction === 'up'
  await sql`PRAGMA foreign_keys = OFF`.execute(db)
  try {
    await db.transaction().execute(async (trx) => {
      await trx.schema
        .createTable('filings_new')
        .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
        .addColumn('number', 'varchar(16)', (col) => col.notNull().unique())
        .addColumn('user_id', 'varchar(36)', (col) => col.notNull().references('users.id'))
        .addColumn('subject_user_id', 'varchar(36)', (col) => (up ? col : col.notNull()))
        .addColumn('type', 'varchar(24)', (col) => col.notNull())
        .addColumn('status', 'varchar(16)', (col) => col.notNull())
        .addColumn('basis', 'varchar(16)', (col) => col.notNull())
        .addColumn('registration', 'varchar(8)', (col) => col.notNull())
        .addColumn('destination_province', 'varchar(6)', (col) => col.notNull())
        .addColumn('destination_city', 'varchar(6)')
        .addColumn('start_date', 'varchar(10)', (col) => col.notNull())
        .addColumn('end_date', 'varchar(10)')
        .addColumn('valid_from', 'varchar(10)')
        .addColumn('valid_to', 'varchar(10)')
        .addColumn('validity_explanation', 'text', (col) => col.notNull())
        .addColumn('citations', 'text', (col) => col.notNull())
        .addColumn('phone1', 'varchar(20)', (col) => col.notNull())
        .addColumn('phone2', 'varchar(20)')
        .addColumn('address_at_destination', 'varchar(200)', (col) => col.notNull())
        .addColumn('chronic_disease_hospital', 'varchar(100)')
        .addColumn('multi_place', 'integer', (col) => col.notNull())
        .addColumn('commitment_signed_name', 'varchar(100)')
        .addColumn('commitment_text_version', 'varchar(20)')
        .addColumn('commitment_signed_at', 'varchar(40)')
        .addColumn('supersedes_id', 'varchar(36)', (col) => col.references('filings.id'))
        .addColumn('superseded_by_id', 'varchar(36)', (col) => col.references('filings.id'))
        .addColumn('subject_name', 'varchar(100)', (col) => col.notNull())
        .addColumn('subject_id_number', 'varchar(18)', (col) => col.notNull())
        .addColumn('insured_region', 'varchar(6)', (col) => col.notNull())
        .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
        .addColumn('updated_at', 'varchar(40)', (col) => col.notNull())
        .$call((table) =>
          up
            ? table
                .addColumn('subject_family_member_id', 'varchar(36)', (col) => col.references('family_members.id'))
                .addColumn('subject_relation', 'varchar(16)')
                .addColumn('filer_name', 'varchar(100)')
            : table,
        )
        .execute()
      const columns = sql.join(OLD_COLUMNS.map((c) => sql.id(c)))
      await sql`insert into filings_new (${columns}) select ${columns} from filings`.execute(trx)
      await trx.schema.dropTable('filings').execute()
      await trx.schema.alterTable('filings_new').renameTo('filings').execute()
      await trx.schema.createIndex('filings_user_id_index').on('filings').column('user_id').execute()
      await trx.schema.createIndex('filings_subject_type_index').on('filings').columns(['subject_user_id', 'type']).execute()
      const broken = await sql`PRAGMA foreign_key_check`.execute(trx)
      if (broken.rows.length > 0) throw new Error('filings rebuild left broken foreign keys')
    })
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db)
  }
}

/**
 * Undoes the migration on both databases. Refused while a filing is for a family member with no
 * account (subject_user_id null): the old table cannot hold it, and it must not be lost. SQLite
 * cannot drop a column that a foreign key uses, so there the table is rebuilt again, the old way.
 */
export async function down(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const orphan = await sql<{ n: number | string }>`select count(*) as n from filings where subject_user_id is null`.execute(db)
  if (Number(orphan.rows[0]?.n ?? 0) > 0) {
    throw new Error('cannot undo 20251126T010000Z-create-family-members: filings for family members without an account exist')
  }
  await db.schema.dropIndex('filings_subject_member_index').execute()
  if (dialect === 'postgres') {
    await db.schema.alterTable('filings').dropColumn('filer_name').execute()
    await db.schema.alterTable('filings').dropColumn('subject_relation').execute()
    await db.schema.alterTable('filings').dropColumn('subject_family_member_id').execute()
    await db.schema.alterTable('filings').alterColumn('subject_user_id', (col) => col.setNotNull()).execute()
  } else {
    await rebuildSqliteFilings(db, 'down')
  }
  await db.schema.dropTable('proxy_authorizations').execute()
  await db.schema.dropTable('family_members').execute()
}
