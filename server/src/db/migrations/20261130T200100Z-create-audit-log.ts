import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../schema'

// Who looked at whose personal data, who decided what, every account change and login
// (个人信息保护法: the agency must be able to show who accessed sensitive personal information).
// Append-only: the application has no UPDATE or DELETE for it, and the database refuses both
// through triggers (and TRUNCATE on PostgreSQL), so a bug or a stray query cannot rewrite history.
// Trigger syntax and the auto-numbered column differ between the engines; the only reasons this branches.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('audit_log')
    // The order rows were written in (several may share an instant); a gap would show a removed row.
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (col) =>
      dialect === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'varchar(36)', (col) => col.notNull().unique())
    .addColumn('at', 'varchar(40)', (col) => col.notNull())
    // STAFF, SERVICE (the REVIEWER_TOKEN), CLI (npm run staff), ANONYMOUS (a failed login)
    .addColumn('actor_type', 'varchar(16)', (col) => col.notNull())
    .addColumn('actor_id', 'varchar(36)')
    .addColumn('actor_name', 'varchar(100)', (col) => col.notNull())
    .addColumn('actor_role', 'varchar(16)')
    .addColumn('action', 'varchar(40)', (col) => col.notNull())
    // FILING, AUTHORIZATION, UPLOAD, STAFF_ACCOUNT, or null
    .addColumn('subject_type', 'varchar(20)')
    .addColumn('subject_id', 'varchar(64)')
    // Whose data, masked (YD20251001ABC234 张*华 …1234): readable without opening the filing.
    .addColumn('subject_label', 'varchar(200)')
    // JSON object with the details (decision, reasons, which material …).
    .addColumn('detail', 'text', (col) => col.notNull())
    .addColumn('ip', 'varchar(64)')
    .execute()
  await db.schema.createIndex('audit_log_at_index').on('audit_log').column('at').execute()
  await db.schema.createIndex('audit_log_subject_index').on('audit_log').columns(['subject_type', 'subject_id']).execute()

  if (dialect === 'postgres') {
    await sql`
      create or replace function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only';
      end
      $$`.execute(db)
    await sql`create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db)
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db)
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
  }
}

export async function down(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.dropTable('audit_log').execute()
  if (dialect === 'postgres') await sql`drop function if exists audit_log_append_only()`.execute(db)
}
