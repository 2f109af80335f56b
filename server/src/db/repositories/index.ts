import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import { createFamilyRepository } from './family'
import { createFilingsRepository } from './filings'
import { createIdempotencyKeysRepository } from './idempotency-keys'
import { createNotificationsRepository } from './notifications'
import { createProfilesRepository } from './profiles'
import { createSettingsRepository } from './settings'
import { createSubscriptionsRepository } from './subscriptions'
import { createUploadsRepository } from './uploads'
import { createUsersRepository } from './users'
import { createVerificationsRepository } from './verifications'

/** All SQL lives behind these; routes and services only see the plain objects they return. */
export function createRepositories(db: Kysely<Database>) {
  return {
    users: createUsersRepository(db),
    profiles: createProfilesRepository(db),
    settings: createSettingsRepository(db),
    uploads: createUploadsRepository(db),
    filings: createFilingsRepository(db),
    idempotencyKeys: createIdempotencyKeysRepository(db),
    notifications: createNotificationsRepository(db),
    subscriptions: createSubscriptionsRepository(db),
    family: createFamilyRepository(db),
    verifications: createVerificationsRepository(db),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
