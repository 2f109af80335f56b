import type { IdentityHasher } from '@server/verification/identity-hash'
import type { Kysely } from 'kysely'
import type { Database, Dialect } from '../schema'
import type { DirectSqlite } from '../sqlite-direct'
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
 * is made per request and a filing uses five of them (issue 15). `direct`: on SQLite inside a
 * transaction, the connection it holds; a filing's statements run straight on it (db/sqlite-direct.ts).
 */
export function createRepositories(db: Kysely<Database>, dialect: Dialect, identityHasher: IdentityHasher, direct: DirectSqlite | null = null) {
  let users: ReturnType<typeof createUsersRepository> | undefined
  let profiles: ReturnType<typeof createProfilesRepository> | undefined
  let settings: ReturnType<typeof createSettingsRepository> | undefined
  let uploads: ReturnType<typeof createUploadsRepository> | undefined
  let filings: ReturnType<typeof createFilingsRepository> | undefined
  let idempotencyKeys: ReturnType<typeof createIdempotencyKeysRepository> | undefined
  let notifications: ReturnType<typeof createNotificationsRepository> | undefined
  let outbox: ReturnType<typeof createOutboxRepository> | undefined
  let subscriptions: ReturnType<typeof createSubscriptionsRepository> | undefined
  let family: ReturnType<typeof createFamilyRepository> | undefined
  let wechatTokens: ReturnType<typeof createWechatTokensRepository> | undefined
  let privacy: ReturnType<typeof createPrivacyRepository> | undefined
  let staff: ReturnType<typeof createStaffRepository> | undefined
  let reviewDecisions: ReturnType<typeof createReviewDecisionsRepository> | undefined
  let reviewLookups: ReturnType<typeof createReviewLookupsRepository> | undefined
  let audit: ReturnType<typeof createAuditRepository> | undefined
  let verifications: ReturnType<typeof createVerificationsRepository> | undefined
  return {
    get users() {
      return (users ??= createUsersRepository(db))
    },
    get profiles() {
      return (profiles ??= createProfilesRepository(db, dialect, direct))
    },
    get settings() {
      return (settings ??= createSettingsRepository(db))
    },
    get uploads() {
      return (uploads ??= createUploadsRepository(db))
    },
    get filings() {
      return (filings ??= createFilingsRepository(db, dialect, direct))
    },
    get idempotencyKeys() {
      return (idempotencyKeys ??= createIdempotencyKeysRepository(db, dialect, direct))
    },
    get notifications() {
      return (notifications ??= createNotificationsRepository(db))
    },
    get outbox() {
      return (outbox ??= createOutboxRepository(db, dialect))
    },
    get subscriptions() {
      return (subscriptions ??= createSubscriptionsRepository(db))
    },
    get family() {
      return (family ??= createFamilyRepository(db))
    },
    get wechatTokens() {
      return (wechatTokens ??= createWechatTokensRepository(db))
    },
    get privacy() {
      return (privacy ??= createPrivacyRepository(db))
    },
    get staff() {
      return (staff ??= createStaffRepository(db))
    },
    get reviewDecisions() {
      return (reviewDecisions ??= createReviewDecisionsRepository(db))
    },
    get reviewLookups() {
      return (reviewLookups ??= createReviewLookupsRepository(db))
    },
    get audit() {
      return (audit ??= createAuditRepository(db))
    },
    get verifications() {
      return (verifications ??= createVerificationsRepository(db, identityHasher, dialect, direct))
    },
  }
}

export type Repositories = ReturnType<typeof createRepositories>
