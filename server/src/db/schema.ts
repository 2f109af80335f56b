// Why over 300 lines: data: one table type a table, the whole database in one place.
/**
 * The one `Database` interface Kysely checks queries against.
 * Row types stay inside `db/`; repositories map them to plain objects.
 */
import type { Generated } from 'kysely'

export interface UsersTable {
  id: string
  openid: string
  created_at: string
  /** Set when the person deleted their account (DELETE /api/me); openid is then a placeholder. */
  deleted_at: string | null
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

export interface UploadsTable {
  id: string
  owner_user_id: string
  purpose: string
  kind: string
  size: number
  sha256: string
  content: Buffer
  created_at: string
}

export interface FilingsTable {
  id: string
  number: string
  user_id: string
  /** Who it is for, when they have an account (null for a family member who has none). */
  subject_user_id: string | null
  type: string
  status: string
  basis: string
  registration: string
  destination_province: string
  destination_city: string | null
  start_date: string
  end_date: string | null
  valid_from: string | null
  valid_to: string | null
  validity_explanation: string
  citations: string
  phone1: string
  phone2: string | null
  address_at_destination: string
  chronic_disease_hospital: string | null
  multi_place: number
  /** 补办 during a stay: the admission date; null otherwise. */
  admitted_on: string | null
  commitment_signed_name: string | null
  commitment_text_version: string | null
  commitment_signed_at: string | null
  /** 代签: the near relative who signed the 承诺书 for the subject (004 个人承诺书 温馨提示2); null when the subject signed. */
  commitment_signer_name: string | null
  commitment_signer_id_masked: string | null
  commitment_signer_relation: string | null
  supersedes_id: string | null
  superseded_by_id: string | null
  subject_name: string
  subject_id_number: string
  insured_region: string
  /** 险种 when filing ('EMPLOYEE' / 'RESIDENT', migration 20261206T010000Z); null where it could not be recovered. */
  insurance_type: string | null
  created_at: string
  updated_at: string
  /** A filing for a family member (代办): the member record, their relation to the filer, the filer's name then. */
  subject_family_member_id: string | null
  subject_relation: string | null
  filer_name: string | null
  /** The filer's sex when filing ('M' / 'F', from their ID number), on a filing for a family member; null otherwise and on older filings. */
  filer_sex: string | null
  /** Raised by the database on every UPDATE of the row (migration 20261204T230000Z): GET /api/status's kept answers check it. */
  revision: Generated<number>
}

export interface FamilyMembersTable {
  id: string
  owner_user_id: string
  name: string
  id_number: string
  relation: string
  phone: string
  insured_region: string
  insurance_type: string
  created_at: string
  deleted_at: string | null
}

export interface ProxyAuthorizationsTable {
  id: string
  family_member_id: string
  /** Order within the member: the highest is the latest request. */
  seq: number
  proxy_user_id: string
  principal_user_id: string | null
  method: string
  status: string
  /** SHA-256 (hex) of an invitation token; the token itself is never stored. */
  token_hash: string | null
  expires_at: string | null
  letter_upload_id: string | null
  id_photo_upload_id: string | null
  /** JSON array of strings. */
  reasons: string
  created_at: string
  updated_at: string
  accepted_at: string | null
  decided_at: string | null
  revoked_at: string | null
  decided_by_id: string | null
  decided_by_name: string | null
  /** INVITATION sent for an emergency stay: its admission day 'YYYY-MM-DD'; null otherwise. */
  emergency_admitted_on: string | null
}

export interface FilingMaterialsTable {
  filing_id: string
  upload_id: string
  /** The note written on this material (房产证: who the owner is); null when none. */
  note: string | null
}

export interface FilingEventsTable {
  id: string
  filing_id: string
  seq: number
  status: string
  note: string | null
  at: string
  /** 'SUBJECT' when the 参保人 took this step on a filing someone else made for him; null otherwise. */
  actor: string | null
}

export interface IdempotencyKeysTable {
  user_id: string
  key: string
  request_hash: string
  status_code: number | null
  response_body: string | null
  created_at: string
}

export interface FilingEmergenciesTable {
  filing_id: string
  admitted_on: string
  left_on: string | null
  discharged_on: string | null
  away_reason: string
  hospital_name: string
  diagnosis: string
  /** JSON array of criterion ids (000 附件5). */
  criteria: string
  /** The window that applied when it was filed. */
  mode: string
  deadline: string | null
}

export interface ReviewDecisionsTable {
  id: string
  filing_id: string
  /** Order within the filing: several decisions may share one instant. */
  seq: number
  decision: string
  /** JSON arrays of strings. */
  reasons: string
  missing_items: string
  decided_at: string
  /** Who decided: a staff account id or `service:reviewer-token`; null before accounts existed. */
  reviewer_id: string | null
  reviewer_name: string | null
  /** JSON array of CORRECTABLE_FIELDS codes a 补充材料 request asked to correct; null before they could be asked. */
  corrections: string | null
}

/** A field the person corrected when staff asked (filing_corrections), old → new. */
export interface FilingCorrectionsTable {
  id: string
  filing_id: string
  /** Order within the filing. */
  seq: number
  /** A CORRECTABLE_FIELDS code. */
  field: string
  old_value: string | null
  new_value: string | null
  /** The instant of the 补充材料 timeline entry it came with. */
  at: string
}

export interface NotificationsTable {
  id: string
  user_id: string
  filing_id: string | null
  kind: string
  due_at: string
  /** JSON object: what the message says (see notifications/templates). */
  payload: string
  status: string
  attempts: number
  last_error: string | null
  sent_at: string | null
  created_at: string
  /** The instance holding the row while SENDING (notifications/sender), else null. */
  claimed_by: string | null
  /** ISO instant after which another instance may take a SENDING row back. */
  lease_until: string | null
  /** 1 while the row holds one of its recipient's subscription grants. */
  grant_held: Generated<number>
}

export interface NotificationSubscriptionsTable {
  user_id: string
  kind: string
  /** What the person chose in Taro.requestSubscribeMessage: accept, reject, ban or filter. */
  choice: string
  updated_at: string
  /** Accepts not yet spent: each allows one message of this kind (WeChat 一次性订阅). */
  grants: Generated<number>
}

/** The shared WeChat access token, one row per AppID (notifications/wechat-token). */
export interface WechatTokensTable {
  app_id: string
  access_token: string
  expires_at: string
  fetched_at: string
  force_refreshed_at: string | null
  force_refresh_day: string | null
  force_refresh_count: Generated<number>
}

export interface PrivacyConsentsTable {
  id: string
  user_id: string
  /** PROFILE (one's own 实名信息) or FAMILY_MEMBER (a member added for 代办). */
  scope: string
  family_member_id: string | null
  notice_version: string
  consented_at: string
  withdrawn_at: string | null
}

export interface StaffAccountsTable {
  id: string
  username: string
  display_name: string
  /** REVIEWER or ADMIN. */
  role: string
  /** argon2id, PHC string. */
  password_hash: string
  /** ACTIVE or DISABLED. */
  status: string
  created_at: string
  updated_at: string
  password_changed_at: string
  /** 1: the password was set by someone else (admin, `npm run staff`); the owner must change it before anything else. */
  must_change_password: Generated<number>
}

export interface StaffSessionsTable {
  /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
  id: string
  staff_id: string
  created_at: string
  expires_at: string
  revoked_at: string | null
  ip: string | null
}

export interface StaffLoginAttemptsTable {
  /** As typed, lower-cased: counted whether or not an account has this name. */
  username: string
  failures: number
  locked_until: string | null
  updated_at: string
}

/** Append-only (triggers refuse UPDATE and DELETE). */
export interface AuditLogTable {
  /** Written order (auto-numbered). */
  seq: Generated<number>
  id: string
  at: string
  actor_type: string
  actor_id: string | null
  actor_name: string
  actor_role: string | null
  action: string
  subject_type: string | null
  subject_id: string | null
  subject_label: string | null
  /** JSON object. */
  detail: string
  ip: string | null
}

/** 实人认证 attempts (issue 11): no image, no biometric data; hashes only. */
export interface IdentityVerificationsTable {
  id: string
  user_id: string
  method: string
  outcome: string
  failure_code: string | null
  failure_reason: string | null
  id_hash: string
  name_hash: string
  result_hash: string | null
  id_front_upload_id: string | null
  id_back_upload_id: string | null
  holding_upload_id: string | null
  created_at: string
  decided_at: string | null
}

/** The one account holding each verified ID number. */
export interface VerifiedIdentitiesTable {
  id_hash: string
  user_id: string
  name_hash: string
  method: string
  verification_id: string
  verified_at: string
}

export interface Database {
  users: UsersTable
  person_profiles: PersonProfilesTable
  settings: SettingsTable
  uploads: UploadsTable
  filings: FilingsTable
  filing_materials: FilingMaterialsTable
  filing_events: FilingEventsTable
  idempotency_keys: IdempotencyKeysTable
  filing_emergencies: FilingEmergenciesTable
  review_decisions: ReviewDecisionsTable
  filing_corrections: FilingCorrectionsTable
  notifications: NotificationsTable
  notification_subscriptions: NotificationSubscriptionsTable
  wechat_tokens: WechatTokensTable
  family_members: FamilyMembersTable
  proxy_authorizations: ProxyAuthorizationsTable
  privacy_consents: PrivacyConsentsTable
  staff_accounts: StaffAccountsTable
  staff_sessions: StaffSessionsTable
  staff_login_attempts: StaffLoginAttemptsTable
  audit_log: AuditLogTable
  identity_verifications: IdentityVerificationsTable
  verified_identities: VerifiedIdentitiesTable
}

/** Which engine runs underneath; only `db/` branches on it. */
export type Dialect = 'sqlite' | 'postgres'
