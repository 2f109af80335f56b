import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../schema'

// `filings.revision`: a number that changes whenever a filing's row changes, so GET /api/status
// can keep a filing's answer and ask the database only whether it still holds (issue 15; the
// repository's findForStatusLookup). Kept by the database itself, so every write path counts —
// the app's, the staff console's, a script's — with nothing to remember in the code: PostgreSQL
// raises it before each UPDATE of the row; SQLite, whose BEFORE triggers cannot change the row,
// after it (a second UPDATE of the same row in the same transaction, which the trigger's WHEN
// leaves alone; recursive triggers are off). A filing's events and review decisions are
// append-only and carry their own `seq`, which the lookup reads beside the revision.
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('filings').addColumn('revision', 'integer', (col) => col.notNull().defaultTo(0)).execute()
  if (dialect === 'postgres') {
    await sql`
      create or replace function filings_next_revision() returns trigger language plpgsql as $$
      begin
        new.revision := old.revision + 1;
        return new;
      end
      $$`.execute(db)
    await sql`create trigger filings_revision before update on filings
      for each row execute function filings_next_revision()`.execute(db)
  } else {
    await sql`create trigger filings_revision after update on filings
      for each row when new.revision = old.revision
      begin update filings set revision = old.revision + 1 where id = old.id; end`.execute(db)
  }
}

export async function down(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await sql`drop trigger if exists filings_revision ${sql.raw(dialect === 'postgres' ? 'on filings' : '')}`.execute(db)
  if (dialect === 'postgres') await sql`drop function if exists filings_next_revision()`.execute(db)
  await db.schema.alterTable('filings').dropColumn('revision').execute()
}
