import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// 代签 (issue 12 item 6; 004 个人承诺书 温馨提示2): when a near relative signs the 承诺书 for the
// person a filing is for, the filing records the signer beside that person — their name, their ID
// number masked (never in full), and how they are related. Filings signed by the person themselves,
// and all earlier ones, have none (null).
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('filings').addColumn('commitment_signer_name', 'varchar(100)').execute()
  await db.schema.alterTable('filings').addColumn('commitment_signer_id_masked', 'varchar(32)').execute()
  await db.schema.alterTable('filings').addColumn('commitment_signer_relation', 'varchar(32)').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('filings').dropColumn('commitment_signer_relation').execute()
  await db.schema.alterTable('filings').dropColumn('commitment_signer_id_masked').execute()
  await db.schema.alterTable('filings').dropColumn('commitment_signer_name').execute()
}
