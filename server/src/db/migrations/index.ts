import type { Kysely, Migration, MigrationProvider } from 'kysely'
import type { Dialect } from '../schema'
import * as createUsers from './20251123T020000Z-create-users'
import * as createPersonProfiles from './20251123T020100Z-create-person-profiles'
import * as createSettings from './20251123T020200Z-create-settings'
import * as createUploads from './20251124T010000Z-create-uploads'
import * as createFilings from './20251124T010100Z-create-filings'
import * as createIdempotencyKeys from './20251124T010200Z-create-idempotency-keys'
import * as createFilingEmergencies from './20251125T010000Z-create-filing-emergencies'
import * as createReviewDecisions from './20251125T010100Z-create-review-decisions'
import * as createNotifications from './20251125T010200Z-create-notifications'
import * as createFamilyMembers from './20251126T010000Z-create-family-members'
import * as addNotificationLeases from './20261130T190000Z-add-notification-leases'
import * as addSubscriptionGrants from './20261130T190100Z-add-subscription-grants'
import * as createWechatTokens from './20261130T190200Z-create-wechat-tokens'
import * as createPrivacyConsents from './20261130T190000Z-create-privacy-consents'
import * as createStaffAccounts from './20261130T200000Z-create-staff-accounts'
import * as createAuditLog from './20261130T200100Z-create-audit-log'
import * as addReviewerToDecisions from './20261130T200200Z-add-reviewer-to-decisions'
import * as createIdentityVerifications from './20261130T210000Z-create-identity-verifications'
import * as clearUnkeyedVerifiedIdentities from './20261201T010000Z-clear-unkeyed-verified-identities'
import * as addCommitmentSigner from './20261201T060000Z-add-commitment-signer'
import * as addAdmittedOnToFilings from './20261201T050000Z-add-admitted-on-to-filings'
import * as addMaterialNotes from './20261201T070000Z-add-material-notes'
import * as addStaffMustChangePassword from './20261201T080000Z-add-staff-must-change-password'
import * as addFilingsSubjectIdNumberIndex from './20261201T090000Z-add-filings-subject-id-number-index'
import * as addDecisionCorrections from './20261202T010000Z-add-decision-corrections'
import * as createFilingCorrections from './20261202T010100Z-create-filing-corrections'
import * as addAuthorizationEmergencyAdmission from './20261204T010000Z-add-authorization-emergency-admission'
import * as addFilingFilerSex from './20261204T220000Z-add-filing-filer-sex'
import * as addFilingRevision from './20261204T230000Z-add-filing-revision'
import * as addFilingEventActor from './20261205T030000Z-add-filing-event-actor'
import * as addFilingInsuranceType from './20261206T010000Z-add-filing-insurance-type'

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>
  down?(db: Kysely<unknown>, dialect: Dialect): Promise<void>
}

/**
 * Listed by hand rather than read from disk (FileMigrationProvider), so migrations load the
 * same way under tsx, jest and a bundler. Keys are the file names; Kysely runs them in key order.
 */
const migrations: Record<string, DialectMigration> = {
  '20251123T020000Z-create-users': createUsers,
  '20251123T020100Z-create-person-profiles': createPersonProfiles,
  '20251123T020200Z-create-settings': createSettings,
  '20251124T010000Z-create-uploads': createUploads,
  '20251124T010100Z-create-filings': createFilings,
  '20251124T010200Z-create-idempotency-keys': createIdempotencyKeys,
  '20251125T010000Z-create-filing-emergencies': createFilingEmergencies,
  '20251125T010100Z-create-review-decisions': createReviewDecisions,
  '20251125T010200Z-create-notifications': createNotifications,
  '20251126T010000Z-create-family-members': createFamilyMembers,
  '20261130T190000Z-add-notification-leases': addNotificationLeases,
  '20261130T190100Z-add-subscription-grants': addSubscriptionGrants,
  '20261130T190200Z-create-wechat-tokens': createWechatTokens,
  '20261130T190000Z-create-privacy-consents': createPrivacyConsents,
  '20261130T200000Z-create-staff-accounts': createStaffAccounts,
  '20261130T200100Z-create-audit-log': createAuditLog,
  '20261130T200200Z-add-reviewer-to-decisions': addReviewerToDecisions,
  '20261130T210000Z-create-identity-verifications': createIdentityVerifications,
  '20261201T010000Z-clear-unkeyed-verified-identities': clearUnkeyedVerifiedIdentities,
  '20261201T060000Z-add-commitment-signer': addCommitmentSigner,
  '20261201T050000Z-add-admitted-on-to-filings': addAdmittedOnToFilings,
  '20261201T070000Z-add-material-notes': addMaterialNotes,
  '20261201T080000Z-add-staff-must-change-password': addStaffMustChangePassword,
  '20261201T090000Z-add-filings-subject-id-number-index': addFilingsSubjectIdNumberIndex,
  '20261202T010000Z-add-decision-corrections': addDecisionCorrections,
  '20261202T010100Z-create-filing-corrections': createFilingCorrections,
  '20261204T010000Z-add-authorization-emergency-admission': addAuthorizationEmergencyAdmission,
  '20261204T220000Z-add-filing-filer-sex': addFilingFilerSex,
  '20261204T230000Z-add-filing-revision': addFilingRevision,
  '20261205T030000Z-add-filing-event-actor': addFilingEventActor,
  '20261206T010000Z-add-filing-insurance-type': addFilingInsuranceType,
}

/** Hands each migration the dialect, the only thing migrations may branch on (column types). */
export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const result: Record<string, Migration> = {}
    for (const [name, migration] of Object.entries(migrations)) {
      const { up, down } = migration
      result[name] = {
        up: (db) => up(db, this.dialect),
        down: down ? (db) => down(db, this.dialect) : undefined,
      }
    }
    return result
  }
}
