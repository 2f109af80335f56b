import type { Kysely } from 'kysely'
import type { Dialect } from '../schema'

// One profile per user: the person the account belongs to. Family members get their own table later.
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('person_profiles')
    .addColumn('user_id', 'varchar(36)', (col) =>
      col.primaryKey().references('users.id').onDelete('cascade'),
    )
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('id_number', 'varchar(18)', (col) => col.notNull())
    .addColumn('phone', 'varchar(11)', (col) => col.notNull())
    .addColumn('insured_region', 'varchar(6)', (col) => col.notNull())
    .addColumn('insurance_type', 'varchar(16)', (col) => col.notNull())
    .addColumn('birth_date', 'varchar(10)', (col) => col.notNull())
    .addColumn('sex', 'varchar(1)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(40)', (col) => col.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('person_profiles').execute()
}
