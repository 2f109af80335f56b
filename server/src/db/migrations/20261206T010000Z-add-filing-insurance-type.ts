import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../schema'

// A filing records the person's 险种 (职工医保 / 城乡居民医保) as it was when filing, beside their
// 参保地: the self-service form has it (004 表8, 自助备案表: 姓名, 性别, 险种 …), and staff read it
// in the console (a trial: neither 请核对 nor the console showed it). Filings made before get it from
// the person's 实名信息 or their family member record as it is now (the facts a filing copies:
// proxySubject); null where neither is left (the account erased).
// ADD COLUMN of a nullable column and UPDATE with subqueries work alike on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('filings').addColumn('insurance_type', 'varchar(16)').execute()
  await sql`
    update filings set insurance_type = coalesce(
      (select p.insurance_type from person_profiles p where p.user_id = filings.subject_user_id),
      (select m.insurance_type from family_members m where m.id = filings.subject_family_member_id)
    )`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('filings').dropColumn('insurance_type').execute()
}
