import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// An invitation to authorise sent for an emergency stay records its admission day ('YYYY-MM-DD'),
// so the member who opens it reads the stay and its 补办 deadline (a trial: the invitation said
// nothing of it, and its 7 days could outlast the deadline); null for any other request.
// ADD COLUMN of a nullable column works alike on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('proxy_authorizations').addColumn('emergency_admitted_on', 'varchar(10)').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('proxy_authorizations').dropColumn('emergency_admitted_on').execute()
}
