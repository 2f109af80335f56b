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

/** All SQL lives behind these; routes and services only see the plain objects they return. */
export function createRepositories(db: Kysely<Database>, dialect: Dialect, identityHasher: IdentityHasher) {
  return {
    users: createUsersRepository(db),
    profiles: createProfilesRepository(db),
    settings: createSettingsRepository(db),
    uploads: createUploadsRepository(db),
    filings: createFilingsRepository(db, dialect),
    idempotencyKeys: createIdempotencyKeysRepository(db),
    notifications: createNotificationsRepository(db),
    outbox: createOutboxRepository(db, dialect),
    subscriptions: createSubscriptionsRepository(db),
    family: createFamilyRepository(db),
    wechatTokens: createWechatTokensRepository(db),
    privacy: createPrivacyRepository(db),
    staff: createStaffRepository(db),
    reviewDecisions: createReviewDecisionsRepository(db),
    reviewLookups: createReviewLookupsRepository(db),
    audit: createAuditRepository(db),
    verifications: createVerificationsRepository(db, identityHasher),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
