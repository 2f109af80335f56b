import { Migrator, sql, type Kysely } from 'kysely'
import { StaticMigrationProvider } from '@server/db/migrations'
import { describeColumnMigration, onBothDatabases } from '../helpers/column-migration'

const NAME = '20261206T010000Z-add-filing-insurance-type'
const BEFORE = '20261205T030000Z-add-filing-event-actor'
const AT = '2026-12-01T02:00:00.000Z'

// 20261206T010000Z-add-filing-insurance-type goes up and down on SQLite, and on PostgreSQL when
// DATABASE_URL is set (in a schema of its own).
describeColumnMigration({ name: NAME, before: BEFORE, table: 'filings', column: 'insurance_type' })

/** Filing `id` for `subject` (an account's own, or a family member record), as filings stood before the migration. */
async function oldFiling(db: Kysely<unknown>, id: string, subject: { userId: string | null; memberId: string | null }) {
  await sql`insert into filings (id, number, user_id, subject_user_id, subject_family_member_id, type, status, basis, registration,
    destination_province, destination_city, start_date, validity_explanation, citations, phone1, address_at_destination,
    multi_place, subject_name, subject_id_number, insured_region, created_at, updated_at)
    values (${id}, ${`YD20261201${id.toUpperCase().padEnd(6, 'X')}`}, 'u1', ${subject.userId}, ${subject.memberId}, 'LONG_TERM_RESIDENT',
    'APPROVED', 'PROOF', 'NEW', '440000', '441700', '2026-12-01', '长期有效', '[]', '13812345678', '阳江', 0, '张三',
    '110101199003071233', '440300', ${AT}, ${AT})`.execute(db)
}

// Filings made before get the 险种 the facts a filing copies say (proxySubject): the person's own
// 实名信息 when they have an account with one, else the family member record; null when neither is left.
onBothDatabases(`${NAME}: older filings get their person's 险种`, 'insurance_migration', async (db, dialect, schema) => {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) })
  expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined()
  for (const u of ['u1', 'u2', 'u3']) await sql`insert into users (id, openid, created_at) values (${u}, ${`o-${u}`}, ${AT})`.execute(db)
  // u1 files for herself (职工) and for two members: her mother (居民, no account) and her father,
  // whose own 实名信息 (u2, 职工) is what his filings copy.
  await sql`insert into person_profiles (user_id, name, id_number, phone, insured_region, insurance_type, birth_date, sex, created_at, updated_at)
    values ('u1', '王丽', '110101199003071233', '13812345678', '440300', 'EMPLOYEE', '1990-03-07', 'F', ${AT}, ${AT}),
           ('u2', '王建国', '110101195503071236', '13812345679', '440300', 'EMPLOYEE', '1955-03-07', 'M', ${AT}, ${AT})`.execute(db)
  await sql`insert into family_members (id, owner_user_id, name, id_number, relation, phone, insured_region, insurance_type, created_at)
    values ('m1', 'u1', '刘桂芳', '110101195603071234', 'PARENT', '13812345670', '440300', 'RESIDENT', ${AT}),
           ('m2', 'u1', '王建国', '110101195503071236', 'PARENT', '13812345679', '440300', 'RESIDENT', ${AT})`.execute(db)
  await oldFiling(db, 'fa', { userId: 'u1', memberId: null })
  await oldFiling(db, 'fb', { userId: null, memberId: 'm1' })
  await oldFiling(db, 'fc', { userId: 'u2', memberId: 'm2' })
  // An account erased since (its 实名信息 gone), filed for by no member record.
  await oldFiling(db, 'fd', { userId: 'u3', memberId: null })

  expect((await migrator.migrateTo(NAME)).error).toBeUndefined()
  const rows = await sql<{ id: string; insurance_type: string | null }>`select id, insurance_type from filings order by id`.execute(db)
  expect(rows.rows).toEqual([
    { id: 'fa', insurance_type: 'EMPLOYEE' },
    { id: 'fb', insurance_type: 'RESIDENT' },
    { id: 'fc', insurance_type: 'EMPLOYEE' },
    { id: 'fd', insurance_type: null },
  ])
})
