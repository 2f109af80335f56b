import type { Selectable } from 'kysely'
import type { Citation } from '@/domain/citation'
import type { FamilyRelation } from '@/domain/family'
import type { FilingType } from '@/domain/filing-types'
import type { AwayReason, EmergencyCriterion } from '@/domain/emergency'
import type { CommitmentSigner, CorrectableField, FilingStatus } from '@/domain/filings'
import type { EmergencyMode } from '@/domain/profiles'
import type { InsuranceType } from '@/domain/validation/profile'
import type { FilingEmergenciesTable, FilingsTable, ReviewDecisionsTable } from '../schema'
import type { UploadRecord } from './uploads'

// The shapes of a filing as the rest of the server sees them, and their mapping to and from rows.
// Reads: filing-reads.ts; writes: filing-writes.ts; both together: filings.ts.

/** The signed 承诺书 as stored; `signer` when a near relative signed for the subject (代签). */
export interface StoredCommitment {
  signedName: string
  textVersion: string
  signedAt: string
  signer: CommitmentSigner | null
}

/** A filing as the rest of the server sees it (camelCase, no row types). */
export interface FilingRecord {
  id: string
  number: string
  /** Who filed it. */
  userId: string
  /** Who it is for (the same user when filing for oneself); null for a family member with no account of their own. */
  subjectUserId: string | null
  /** A filing for a family member (代办): the member record and how they are related to the filer. */
  subjectFamilyMemberId: string | null
  subjectRelation: FamilyRelation | null
  /** The filer's name when filing (null on filings made before it was recorded: those were filed by the subject). */
  filerName: string | null
  /** The filer's sex when filing for a family member (from their ID number): the member's word for them (kinOfFiler); null otherwise and on older filings. */
  filerSex: 'M' | 'F' | null
  type: FilingType
  status: FilingStatus
  basis: 'PROOF' | 'COMMITMENT'
  registration: 'NEW' | 'CHANGE'
  destinationProvince: string
  destinationCity: string | null
  startDate: string
  endDate: string | null
  validFrom: string | null
  validTo: string | null
  validityExplanation: string
  citations: Citation[]
  phone1: string
  phone2: string | null
  addressAtDestination: string
  chronicDiseaseHospital: string | null
  multiPlace: boolean
  /** 补办 during a stay: the admission date ('YYYY-MM-DD'); null for other filings. */
  admittedOn: string | null
  commitment: StoredCommitment | null
  supersedesId: string | null
  supersededById: string | null
  subjectName: string
  subjectIdNumber: string
  insuredRegion: string
  /** The person's 险种 when filing (004 表8); null on older filings whose person's record is gone. */
  insuranceType: InsuranceType | null
  createdAt: string
  updatedAt: string
}

export interface FilingEventRecord {
  status: FilingStatus
  note: string | null
  at: string
  /** 'SUBJECT' when the 参保人 took the step on a filing someone else made for him (filing_events.actor); else null. */
  actor?: 'SUBJECT' | null
}

/** The emergency part of an emergency filing, with the window that applied when it was filed. */
export interface EmergencyRecord {
  admittedOn: string
  leftOn: string | null
  dischargedOn: string | null
  awayReason: AwayReason
  hospitalName: string
  diagnosis: string
  criteria: EmergencyCriterion[]
  mode: EmergencyMode
  deadline: string | null
}

export type ReviewDecision = 'APPROVE' | 'REJECT' | 'REQUEST_MATERIALS'

export interface ReviewRecord {
  decision: ReviewDecision
  reasons: string[]
  missingItems: string[]
  /** The fields a 补充材料 request asked to correct; empty when none (and on older decisions). */
  corrections: CorrectableField[]
  decidedAt: string
}

/** Everything a filing view needs: the filing, its materials, its timeline (oldest first), its emergency part and latest review. */
/** A material of a filing: the upload, and the note written on it (房产证: who the owner is), if any. */
export interface FilingMaterial extends UploadRecord {
  note: string | null
}

export interface FilingDetails {
  filing: FilingRecord
  materials: FilingMaterial[]
  events: FilingEventRecord[]
  emergency: EmergencyRecord | null
  review: ReviewRecord | null
}

export type NewFiling = Omit<FilingRecord, 'id' | 'number' | 'supersededById' | 'createdAt' | 'updatedAt'>

/**
 * The columns of a filing the public status lookup shows (masked by the view), and nothing else:
 * no ids, phones, addresses or citations are read for an anonymous lookup (issue 15: half the
 * statement's cost was reading the whole row).
 */
export type PublicStatusFiling = Pick<
  FilingRecord,
  'number' | 'type' | 'status' | 'destinationProvince' | 'destinationCity' | 'startDate' | 'endDate' | 'validFrom' | 'validTo' | 'subjectName' | 'subjectIdNumber' | 'admittedOn'
> & {
  /** The near relative who signed the 承诺书 for the subject (代签), as in StoredCommitment; null otherwise. */
  commitmentSigner: Pick<CommitmentSigner, 'name' | 'relation'> | null
}

/** The filings columns PublicStatusFiling is read from. */
export const PUBLIC_STATUS_COLUMNS = [
  'number',
  'type',
  'status',
  'destination_province',
  'destination_city',
  'start_date',
  'end_date',
  'valid_from',
  'valid_to',
  'subject_name',
  'subject_id_number',
  'admitted_on',
  'commitment_signed_name',
  'commitment_text_version',
  'commitment_signed_at',
  'commitment_signer_name',
  'commitment_signer_id_masked',
  'commitment_signer_relation',
] as const

/** The commitment columns of a stored row as a StoredCommitment (null while unsigned); `signer` only when every signer column is set. */
function storedCommitmentOf(
  row: Pick<
    Selectable<FilingsTable>,
    | 'commitment_signed_name'
    | 'commitment_text_version'
    | 'commitment_signed_at'
    | 'commitment_signer_name'
    | 'commitment_signer_id_masked'
    | 'commitment_signer_relation'
  >,
): StoredCommitment | null {
  if (row.commitment_signed_name === null || row.commitment_text_version === null || row.commitment_signed_at === null) return null
  return {
    signedName: row.commitment_signed_name,
    textVersion: row.commitment_text_version,
    signedAt: row.commitment_signed_at,
    signer:
      row.commitment_signer_name !== null && row.commitment_signer_id_masked !== null && row.commitment_signer_relation !== null
        ? {
            name: row.commitment_signer_name,
            idNumberMasked: row.commitment_signer_id_masked,
            relation: row.commitment_signer_relation as FamilyRelation,
          }
        : null,
  }
}

/** Those columns of a stored row as a PublicStatusFiling; the signer as toFilingRecord reads it (storedCommitmentOf). */
export function toPublicStatusFiling(row: Pick<Selectable<FilingsTable>, (typeof PUBLIC_STATUS_COLUMNS)[number]>): PublicStatusFiling {
  const signer = storedCommitmentOf(row)?.signer
  return {
    number: row.number,
    type: row.type as FilingType,
    status: row.status as FilingStatus,
    destinationProvince: row.destination_province,
    destinationCity: row.destination_city,
    startDate: row.start_date,
    endDate: row.end_date,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    subjectName: row.subject_name,
    subjectIdNumber: row.subject_id_number,
    admittedOn: row.admitted_on ?? null,
    commitmentSigner: signer ? { name: signer.name, relation: signer.relation } : null,
  }
}

/**
 * What the public status lookup (GET /api/status) needs about one filing, read in one statement:
 * the filing, its timeline (oldest first, without the notes the lookup never shows) and, while it
 * is NEEDS_MATERIALS, the missing items of its latest review decision and an emergency filing's 补办截止.
 */
export interface StatusLookupRecord {
  filing: PublicStatusFiling
  /** Each step; `note` only on a send-back (NEEDS_MATERIALS), to label it, never shown; else null. */
  events: Pick<FilingEventRecord, 'status' | 'at' | 'note'>[]
  /** The latest review decision's missing items while the filing is NEEDS_MATERIALS; else empty. */
  latestMissingItems: string[]
  /** While NEEDS_MATERIALS, an emergency filing's 补办截止 ('YYYY-MM-DD', filing_emergencies.deadline); else null. */
  askedDeadline: string | null
}

/** A stored row as a FilingRecord. */
export function toFilingRecord(row: Selectable<FilingsTable>): FilingRecord {
  return writtenFilingRecord(row, JSON.parse(row.citations) as Citation[])
}

/**
 * A row about to be written (toFilingRow) as a FilingRecord, with the `citations` it was made
 * from rather than parsed back from its JSON (issue 15: ~0.7 % of a filing's CPU).
 */
export function writtenFilingRecord(row: Selectable<FilingsTable>, citations: Citation[]): FilingRecord {
  return {
    id: row.id,
    number: row.number,
    userId: row.user_id,
    subjectUserId: row.subject_user_id,
    subjectFamilyMemberId: row.subject_family_member_id,
    subjectRelation: row.subject_relation as FamilyRelation | null,
    filerName: row.filer_name,
    filerSex: row.filer_sex === 'M' || row.filer_sex === 'F' ? row.filer_sex : null,
    type: row.type as FilingType,
    status: row.status as FilingStatus,
    basis: row.basis as FilingRecord['basis'],
    registration: row.registration as FilingRecord['registration'],
    destinationProvince: row.destination_province,
    destinationCity: row.destination_city,
    startDate: row.start_date,
    endDate: row.end_date,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    validityExplanation: row.validity_explanation,
    citations,
    phone1: row.phone1,
    phone2: row.phone2,
    addressAtDestination: row.address_at_destination,
    chronicDiseaseHospital: row.chronic_disease_hospital,
    multiPlace: Number(row.multi_place) === 1,
    admittedOn: row.admitted_on ?? null,
    commitment: storedCommitmentOf(row),
    supersedesId: row.supersedes_id,
    supersededById: row.superseded_by_id,
    subjectName: row.subject_name,
    subjectIdNumber: row.subject_id_number,
    insuredRegion: row.insured_region,
    insuranceType: row.insurance_type === 'EMPLOYEE' || row.insurance_type === 'RESIDENT' ? row.insurance_type : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** The row written for a new filing (also what create answers, without reading it back). */
export function toFilingRow(id: string, number: string, f: NewFiling, at: string): Selectable<FilingsTable> {
  return {
    id,
    number,
    user_id: f.userId,
    subject_user_id: f.subjectUserId,
    subject_family_member_id: f.subjectFamilyMemberId,
    subject_relation: f.subjectRelation,
    filer_name: f.filerName,
    filer_sex: f.filerSex,
    // A new row starts at 0, the column's default; the database raises it on every update.
    revision: 0,
    type: f.type,
    status: f.status,
    basis: f.basis,
    registration: f.registration,
    destination_province: f.destinationProvince,
    destination_city: f.destinationCity,
    start_date: f.startDate,
    end_date: f.endDate,
    valid_from: f.validFrom,
    valid_to: f.validTo,
    validity_explanation: f.validityExplanation,
    citations: JSON.stringify(f.citations),
    phone1: f.phone1,
    phone2: f.phone2,
    address_at_destination: f.addressAtDestination,
    chronic_disease_hospital: f.chronicDiseaseHospital,
    multi_place: f.multiPlace ? 1 : 0,
    admitted_on: f.admittedOn,
    commitment_signed_name: f.commitment?.signedName ?? null,
    commitment_text_version: f.commitment?.textVersion ?? null,
    commitment_signed_at: f.commitment?.signedAt ?? null,
    commitment_signer_name: f.commitment?.signer?.name ?? null,
    commitment_signer_id_masked: f.commitment?.signer?.idNumberMasked ?? null,
    commitment_signer_relation: f.commitment?.signer?.relation ?? null,
    supersedes_id: f.supersedesId,
    superseded_by_id: null,
    subject_name: f.subjectName,
    subject_id_number: f.subjectIdNumber,
    insured_region: f.insuredRegion,
    insurance_type: f.insuranceType,
    created_at: at,
    updated_at: at,
  }
}

export function toEmergencyRow(filingId: string, e: EmergencyRecord): Selectable<FilingEmergenciesTable> {
  return {
    filing_id: filingId,
    admitted_on: e.admittedOn,
    left_on: e.leftOn,
    discharged_on: e.dischargedOn,
    away_reason: e.awayReason,
    hospital_name: e.hospitalName,
    diagnosis: e.diagnosis,
    criteria: JSON.stringify(e.criteria),
    mode: e.mode,
    deadline: e.deadline,
  }
}

export function toEmergencyRecord(row: Selectable<FilingEmergenciesTable>): EmergencyRecord {
  return {
    admittedOn: row.admitted_on,
    leftOn: row.left_on,
    dischargedOn: row.discharged_on,
    awayReason: row.away_reason as AwayReason,
    hospitalName: row.hospital_name,
    diagnosis: row.diagnosis,
    criteria: JSON.parse(row.criteria) as EmergencyCriterion[],
    mode: row.mode as EmergencyMode,
    deadline: row.deadline,
  }
}

/** A review_decisions row as a ReviewRecord (its lists are stored as JSON text). */
export function toReviewRecord(
  row: Pick<Selectable<ReviewDecisionsTable>, 'decision' | 'reasons' | 'missing_items' | 'decided_at' | 'corrections'>,
): ReviewRecord {
  return {
    decision: row.decision as ReviewDecision,
    reasons: JSON.parse(row.reasons) as string[],
    missingItems: JSON.parse(row.missing_items) as string[],
    corrections: row.corrections === null ? [] : (JSON.parse(row.corrections) as CorrectableField[]),
    decidedAt: row.decided_at,
  }
}
