import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import { createProfilesRepository } from './profiles'
import { createSettingsRepository } from './settings'
import { createUsersRepository } from './users'

/** All SQL lives behind these; routes and services only see the plain objects they return. */
export function createRepositories(db: Kysely<Database>) {
  return {
    users: createUsersRepository(db),
    profiles: createProfilesRepository(db),
    settings: createSettingsRepository(db),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
