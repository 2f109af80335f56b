/**
 * The one `Database` interface Kysely checks queries against.
 * Row types stay inside `db/`; repositories map them to plain objects.
 */

export interface UsersTable {
  id: string
  openid: string
  created_at: string
}

export interface PersonProfilesTable {
  user_id: string
  name: string
  id_number: string
  phone: string
  insured_region: string
  insurance_type: string
  birth_date: string
  sex: string
  created_at: string
  updated_at: string
}

export interface SettingsTable {
  key: string
  value: string
  updated_at: string
}

export interface Database {
  users: UsersTable
  person_profiles: PersonProfilesTable
  settings: SettingsTable
}

/** Which engine runs underneath; only `db/` branches on it. */
export type Dialect = 'sqlite' | 'postgres'
