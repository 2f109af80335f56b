import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// A 补充材料 request may ask the person to correct typed fields (就医地详细地址, 联系电话, 备用电话:
// CORRECTABLE_FIELDS in src/domain/filings/corrections.ts) besides photos: a JSON array of their
// codes on the decision; null on the decisions made before (none asked). ADD COLUMN of a nullable
// column works alike on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('review_decisions').addColumn('corrections', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('review_decisions').dropColumn('corrections').execute()
}
