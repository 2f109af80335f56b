import type { IdentityHasher } from '@server/verification/identity-hash'
import type { Kysely } from 'kysely'
import type { Database, Dialect } from '../schema'
import { createAuditRepository } from './audit'
import { createFamilyRepository } from './family'
import { createFilingsRepository } from './filings'
import { createIdempotencyKeysRepository } from './idempotency-keys'
import { createNotificationsRepository } from './notifications'
import { createOutboxRepository } from './outbox'
import { createPrivacyRepository } from './privacy'
import { createProfilesRepository } from './profiles'
import { createReviewDecisionsRepository } from './review-decisions'
import { createReviewLookupsRepository } from './review-lookups'
import { createSettingsRepository } from './settings'
import { createStaffRepository } from './staff'
import { createSubscriptionsRepository } from './subscriptions'
import { createUploadsRepository } from './uploads'
import { createUsersRepository } from './users'
import { createWechatTokensRepository } from './wechat-tokens'
import { createVerificationsRepository } from './verifications'

/**
 * All SQL lives behind these; routes and services only see the plain objects they return. Each
 * repository is made at its first use: a transaction's set (app.transact, every idempotent write)
 * is made per request and a filing uses five of them (issue 15).
 */
export function createRepositories(db: Kysely<Database>, dialect: Dialect, identityHasher: IdentityHasher) {
  const made = new Map<string, unknown>()
  function once<T>(name: string, make: () => T): T {
    let repository = made.get(name) as T | undefined
    if (repository === undefined) {
      repository = make()
      made.set(name, repository)
    }
    return repository
  }
  return {
    get users() { return once('users', () => createUsersRepository(db)) },
    get profiles() { return once('profiles', () => createProfilesRepository(db, dialect)) },
    get settings() { return once('settings', () => createSettingsRepository(db)) },
    get uploads() { return once('uploads', () => createUploadsRepository(db)) },
    get filings() { return once('filings', () => createFilingsRepository(db, dialect)) },
    get idempotencyKeys() { return once('idempotencyKeys', () => createIdempotencyKeysRepository(db)) },
    get notifications() { return once('notifications', () => createNotificationsRepository(db)) },
    get outbox() { return once('outbox', () => createOutboxRepository(db, dialect)) },
    get subscriptions() { return once('subscriptions', () => createSubscriptionsRepository(db)) },
    get family() { return once('family', () => createFamilyRepository(db)) },
    get wechatTokens() { return once('wechatTokens', () => createWechatTokensRepository(db)) },
    get privacy() { return once('privacy', () => createPrivacyRepository(db)) },
    get staff() { return once('staff', () => createStaffRepository(db)) },
    get reviewDecisions() { return once('reviewDecisions', () => createReviewDecisionsRepository(db)) },
    get reviewLookups() { return once('reviewLookups', () => createReviewLookupsRepository(db)) },
    get audit() { return once('audit', () => createAuditRepository(db)) },
    get verifications() { return once('verifications', () => createVerificationsRepository(db, identityHasher)) },
  }
}

export type Repositories = ReturnType<typeof createRepositories>
