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
 * A class, its getters on the prototype: an object literal with 17 getters, made per transaction,
 * defined each accessor anew (~0.8 % of a filing's CPU, issue 15).
 */
export class RepositorySet {
  private madeUsers: ReturnType<typeof createUsersRepository> | undefined
  private madeProfiles: ReturnType<typeof createProfilesRepository> | undefined
  private madeSettings: ReturnType<typeof createSettingsRepository> | undefined
  private madeUploads: ReturnType<typeof createUploadsRepository> | undefined
  private madeFilings: ReturnType<typeof createFilingsRepository> | undefined
  private madeIdempotencyKeys: ReturnType<typeof createIdempotencyKeysRepository> | undefined
  private madeNotifications: ReturnType<typeof createNotificationsRepository> | undefined
  private madeOutbox: ReturnType<typeof createOutboxRepository> | undefined
  private madeSubscriptions: ReturnType<typeof createSubscriptionsRepository> | undefined
  private madeFamily: ReturnType<typeof createFamilyRepository> | undefined
  private madeWechatTokens: ReturnType<typeof createWechatTokensRepository> | undefined
  private madePrivacy: ReturnType<typeof createPrivacyRepository> | undefined
  private madeStaff: ReturnType<typeof createStaffRepository> | undefined
  private madeReviewDecisions: ReturnType<typeof createReviewDecisionsRepository> | undefined
  private madeReviewLookups: ReturnType<typeof createReviewLookupsRepository> | undefined
  private madeAudit: ReturnType<typeof createAuditRepository> | undefined
  private madeVerifications: ReturnType<typeof createVerificationsRepository> | undefined

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly identityHasher: IdentityHasher,
    private readonly direct: DirectSqlite | null = null,
  ) {}

  get users() {
    return (this.madeUsers ??= createUsersRepository(this.db))
  }

  get profiles() {
    return (this.madeProfiles ??= createProfilesRepository(this.db, this.dialect, this.direct))
  }

  get settings() {
    return (this.madeSettings ??= createSettingsRepository(this.db))
  }

  get uploads() {
    return (this.madeUploads ??= createUploadsRepository(this.db))
  }

  get filings() {
    return (this.madeFilings ??= createFilingsRepository(this.db, this.dialect, this.direct))
  }

  get idempotencyKeys() {
    return (this.madeIdempotencyKeys ??= createIdempotencyKeysRepository(this.db, this.dialect, this.direct))
  }

  get notifications() {
    return (this.madeNotifications ??= createNotificationsRepository(this.db))
  }

  get outbox() {
    return (this.madeOutbox ??= createOutboxRepository(this.db, this.dialect))
  }

  get subscriptions() {
    return (this.madeSubscriptions ??= createSubscriptionsRepository(this.db))
  }

  get family() {
    return (this.madeFamily ??= createFamilyRepository(this.db))
  }

  get wechatTokens() {
    return (this.madeWechatTokens ??= createWechatTokensRepository(this.db))
  }

  get privacy() {
    return (this.madePrivacy ??= createPrivacyRepository(this.db))
  }

  get staff() {
    return (this.madeStaff ??= createStaffRepository(this.db))
  }

  get reviewDecisions() {
    return (this.madeReviewDecisions ??= createReviewDecisionsRepository(this.db))
  }

  get reviewLookups() {
    return (this.madeReviewLookups ??= createReviewLookupsRepository(this.db))
  }

  get audit() {
    return (this.madeAudit ??= createAuditRepository(this.db))
  }

  get verifications() {
    return (this.madeVerifications ??= createVerificationsRepository(this.db, this.identityHasher, this.dialect, this.direct))
  }
}

/** A set of repositories over `db` (the app's database or a transaction), each made at first use (RepositorySet). */
export function createRepositories(db: Kysely<Database>, dialect: Dialect, identityHasher: IdentityHasher, direct: DirectSqlite | null = null): RepositorySet {
  return new RepositorySet(db, dialect, identityHasher, direct)
}

export type Repositories = RepositorySet
