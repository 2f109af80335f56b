import { randomUUID } from 'node:crypto'
import type { ExpressionBuilder, Kysely, Selectable, Transaction } from 'kysely'
import type { Citation } from '../../../../src/domain/citation'
import type { FamilyRelation } from '../../../../src/domain/family'
import type { FilingType } from '../../../../src/domain/filing-types'
import type { AwayReason, EmergencyCriterion } from '../../../../src/domain/emergency'
import type { FilingStatus } from '../../../../src/domain/filings'
import type { EmergencyMode } from '../../../../src/domain/profiles'
import type { Database, FilingEmergenciesTable, FilingsTable } from '../schema'
import { inTransaction } from '../in-transaction'
import { isUniqueViolation } from '../unique-violation'
import { appendAudit, type NewAuditEntry } from './audit'
import { insertNotifications, type NewNotification } from './notifications'
import { toUploadRecord, type UploadRecord } from './uploads'

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
  commitment: { signedName: string; textVersion: string; signedAt: string } | null
  supersedesId: string | null
  supersededById: string | null
  subjectName: string
  subjectIdNumber: string
  insuredRegion: string
  createdAt: string
  updatedAt: string
}

export interface FilingEventRecord {
  status: FilingStatus
  note: string | null
  at: string
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
  decidedAt: string
}

/** Everything a filing view needs: the filing, its materials, its timeline (oldest first), its emergency part and latest review. */
export interface FilingDetails {
  filing: FilingRecord
  materials: UploadRecord[]
  events: FilingEventRecord[]
  emergency: EmergencyRecord | null
  review: ReviewRecord | null
}

export interface DecideInput {
  decision: ReviewDecision
  reasons: readonly string[]
  missingItems: readonly string[]
  /** The filing must be in one of these; else nothing is written. */
  fromStatuses: readonly FilingStatus[]
  toStatus: FilingStatus
  /** The timeline entry's note. */
  note: string
  /** Outbox rows written in the same transaction. */
  notifications: readonly NewNotification[]
  /** Who decides (a staff account id or service:reviewer-token, and the name kept with it). */
  reviewer: { id: string; name: string }
  /** The audit row, written in the same transaction. */
  audit: NewAuditEntry
}

/** What staff search by (issue 14): any of a filing number, the tail of an ID number, the start of a name. */
export interface ReviewListFilter {
  statuses: readonly FilingStatus[]
  number?: string
  types?: readonly FilingType[]
  insuredRegionPrefix?: string
  text?: { number?: string; idTail?: string; name?: string }
  limit?: number
}

export interface AddMaterialsInput {
  materialIds: readonly string[]
  fromStatus: FilingStatus
  toStatus: FilingStatus
  note: string
}

export type NewFiling = Omit<FilingRecord, 'id' | 'number' | 'supersededById' | 'createdAt' | 'updatedAt'>

export interface CreateFilingInput {
  filing: NewFiling
  materialIds: readonly string[]
  /** The timeline to start with, all at `now`, in this order. */
  events: ReadonlyArray<{ status: FilingStatus; note: string | null }>
  /** A fresh random filing number; asked again on the (unlikely) clash with an existing one. */
  nextNumber: () => string
  /**
   * Called inside the transaction, with the subject's other filings of the same type and
   * destination (`supersede.id` left out): answers the one that makes this a duplicate, if any.
   */
  findDuplicate: (sameKind: readonly FilingRecord[]) => FilingRecord | undefined
  /** A 变更: the filing this one replaces, which must still be in `fromStatus`. */
  supersede?: { id: string; fromStatus: FilingStatus; note: string | null }
  /** An emergency filing's emergency part. */
  emergency?: EmergencyRecord
  /** Outbox rows for the new filing (e.g. a deadline reminder), written in the same transaction. */
  notifications?: (created: { id: string; number: string }) => readonly NewNotification[]
}

export type CreateFilingOutcome =
  | { outcome: 'CREATED'; id: string }
  | { outcome: 'DUPLICATE'; existing: FilingRecord }
  /** The filing to replace changed status meanwhile (e.g. a concurrent cancel). */
  | { outcome: 'STALE' }

const NUMBER_ATTEMPTS = 5

function toFilingRecord(row: Selectable<FilingsTable>): FilingRecord {
  const signed =
    row.commitment_signed_name !== null && row.commitment_text_version !== null && row.commitment_signed_at !== null
  return {
    id: row.id,
    number: row.number,
    userId: row.user_id,
    subjectUserId: row.subject_user_id,
    subjectFamilyMemberId: row.subject_family_member_id,
    subjectRelation: row.subject_relation as FamilyRelation | null,
    filerName: row.filer_name,
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
    citations: JSON.parse(row.citations) as Citation[],
    phone1: row.phone1,
    phone2: row.phone2,
    addressAtDestination: row.address_at_destination,
    chronicDiseaseHospital: row.chronic_disease_hospital,
    multiPlace: Number(row.multi_place) === 1,
    admittedOn: row.admitted_on ?? null,
    commitment: signed
      ? {
          signedName: row.commitment_signed_name as string,
          textVersion: row.commitment_text_version as string,
          signedAt: row.commitment_signed_at as string,
        }
      : null,
    supersedesId: row.supersedes_id,
    supersededById: row.superseded_by_id,
    subjectName: row.subject_name,
    subjectIdNumber: row.subject_id_number,
    insuredRegion: row.insured_region,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toRow(id: string, number: string, f: NewFiling, at: string): Selectable<FilingsTable> {
  return {
    id,
    number,
    user_id: f.userId,
    subject_user_id: f.subjectUserId,
    subject_family_member_id: f.subjectFamilyMemberId,
    subject_relation: f.subjectRelation,
    filer_name: f.filerName,
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
    supersedes_id: f.supersedesId,
    superseded_by_id: null,
    subject_name: f.subjectName,
    subject_id_number: f.subjectIdNumber,
    insured_region: f.insuredRegion,
    created_at: at,
    updated_at: at,
  }
}

/** Event notes are at most 500 characters; the full lists stay in review_decisions. */
const NOTE_MAX = 500

function clipNote(note: string | null): string | null {
  if (note === null || note.length <= NOTE_MAX) return note
  return note.slice(0, NOTE_MAX - 1) + '…'
}

function toEmergencyRow(filingId: string, e: EmergencyRecord): Selectable<FilingEmergenciesTable> {
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

function toEmergencyRecord(row: Selectable<FilingEmergenciesTable>): EmergencyRecord {
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

/** Leaves a transaction without committing, carrying the answer out. */
class Rollback {
  constructor(readonly outcome: CreateFilingOutcome) {}
}

async function appendEvents(
  trx: Transaction<Database>,
  filingId: string,
  events: ReadonlyArray<{ status: FilingStatus; note: string | null }>,
  at: string,
): Promise<void> {
  if (events.length === 0) return
  const last = await trx
    .selectFrom('filing_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('filing_id', '=', filingId)
    .executeTakeFirst()
  const start = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1
  await trx
    .insertInto('filing_events')
    .values(
      events.map((e, i) => ({ id: randomUUID(), filing_id: filingId, seq: start + i, status: e.status, note: clipNote(e.note), at })),
    )
    .execute()
}

/**
 * Serialises writes about one subject: on PostgreSQL the no-op update takes the row's lock (the
 * subject's user row, or the family member's row for a member without an account) until the
 * transaction ends, so a concurrent duplicate check waits and then sees this filing.
 * (SQLite runs one transaction at a time anyway.)
 */
async function lockSubject(trx: Transaction<Database>, filing: NewFiling): Promise<void> {
  if (filing.subjectUserId !== null) {
    await trx.updateTable('users').set((eb) => ({ openid: eb.ref('openid') })).where('id', '=', filing.subjectUserId).execute()
  } else if (filing.subjectFamilyMemberId !== null) {
    await trx
      .updateTable('family_members')
      .set((eb) => ({ relation: eb.ref('relation') }))
      .where('id', '=', filing.subjectFamilyMemberId)
      .execute()
  }
}

/**
 * Who may see a filing (API.md GET /api/filings): the person it is for (subject_user_id), and the
 * person who filed it — but a filer who filed for a family member only while that member's
 * authorisation is ACTIVE: once the member revokes it (or the filer deletes the member), the
 * filer loses sight of every filing made for them; the member keeps seeing them all.
 */
function visibleTo(userId: string) {
  return (eb: ExpressionBuilder<Database, 'filings'>) =>
    eb.or([
      eb('filings.subject_user_id', '=', userId),
      eb.and([
        eb('filings.user_id', '=', userId),
        eb.or([
          eb('filings.subject_family_member_id', 'is', null),
          eb.exists(
            eb
              .selectFrom('proxy_authorizations')
              .select('proxy_authorizations.id')
              .whereRef('proxy_authorizations.family_member_id', '=', 'filings.subject_family_member_id')
              .where('proxy_authorizations.proxy_user_id', '=', userId)
              .where('proxy_authorizations.status', '=', 'ACTIVE'),
          ),
        ]),
      ]),
    ])
}

export function createFilingsRepository(db: Kysely<Database>) {
  async function insertOnce(input: CreateFilingInput, at: string): Promise<CreateFilingOutcome> {
    try {
      return await inTransaction(db, async (trx) => {
        const { filing } = input
        await lockSubject(trx, filing)

        // The same person: their account when known (whoever filed), else the family member record.
        let sameKind = trx
          .selectFrom('filings')
          .selectAll()
          .where((eb) =>
            filing.subjectUserId !== null
              ? eb('subject_user_id', '=', filing.subjectUserId)
              : eb('subject_family_member_id', '=', filing.subjectFamilyMemberId),
          )
          .where('type', '=', filing.type)
          .where('destination_province', '=', filing.destinationProvince)
          .where('destination_city', 'is not distinct from', filing.destinationCity)
        if (input.supersede) sameKind = sameKind.where('id', '!=', input.supersede.id)
        const existing = input.findDuplicate((await sameKind.execute()).map(toFilingRecord))
        if (existing) throw new Rollback({ outcome: 'DUPLICATE', existing })

        let number = input.nextNumber()
        for (let i = 1; i < NUMBER_ATTEMPTS; i += 1) {
          const taken = await trx.selectFrom('filings').select('id').where('number', '=', number).executeTakeFirst()
          if (!taken) break
          number = input.nextNumber()
        }
        const id = randomUUID()
        await trx.insertInto('filings').values(toRow(id, number, filing, at)).execute()
        if (input.materialIds.length > 0) {
          await trx
            .insertInto('filing_materials')
            .values([...new Set(input.materialIds)].map((uploadId) => ({ filing_id: id, upload_id: uploadId })))
            .execute()
        }
        await appendEvents(trx, id, input.events, at)
        if (input.emergency) await trx.insertInto('filing_emergencies').values(toEmergencyRow(id, input.emergency)).execute()
        if (input.notifications) await insertNotifications(trx, input.notifications({ id, number }), new Date(at))

        if (input.supersede) {
          const { numUpdatedRows } = await trx
            .updateTable('filings')
            .set({ status: 'SUPERSEDED', superseded_by_id: id, updated_at: at })
            .where('id', '=', input.supersede.id)
            .where('status', '=', input.supersede.fromStatus)
            .executeTakeFirst()
          if (numUpdatedRows === 0n) throw new Rollback({ outcome: 'STALE' })
          await appendEvents(trx, input.supersede.id, [{ status: 'SUPERSEDED', note: input.supersede.note }], at)
        }
        return { outcome: 'CREATED', id } as const
      })
    } catch (error) {
      if (error instanceof Rollback) return error.outcome
      throw error
    }
  }

  return {
    /**
     * Creates a filing with its materials and first events in one transaction, after checking
     * for a duplicate inside it; for a 变更 also marks the replaced filing SUPERSEDED. Nothing is
     * written unless everything is.
     */
    async create(input: CreateFilingInput, now: Date): Promise<CreateFilingOutcome> {
      const at = now.toISOString()
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await insertOnce(input, at)
        } catch (error) {
          // Two transactions drew the same number at the same moment: draw again. Inside a larger
          // transaction (an idempotent write) the failed statement spoilt it: that caller retries.
          if (db.isTransaction || attempt >= NUMBER_ATTEMPTS || !isUniqueViolation(error, 'number')) throw error
        }
      }
    },

    async findById(id: string): Promise<FilingRecord | null> {
      const row = await db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toFilingRecord(row) : null
    },

    /** A filing the user filed or that was filed for them (see visibleTo); null for anyone else. */
    async findVisible(id: string, userId: string): Promise<FilingRecord | null> {
      const row = await db
        .selectFrom('filings')
        .selectAll()
        .where('id', '=', id)
        .where(visibleTo(userId))
        .executeTakeFirst()
      return row ? toFilingRecord(row) : null
    },

    /**
     * Every filing for one person, whoever filed it: their account when known, else the family
     * member record (the same identity the duplicate check uses). For decisions, not for showing.
     */
    async listForSubject(subject: { subjectUserId: string | null; familyMemberId: string | null }): Promise<FilingRecord[]> {
      if (subject.subjectUserId === null && subject.familyMemberId === null) return []
      const rows = await db
        .selectFrom('filings')
        .selectAll()
        .where((eb) =>
          subject.subjectUserId !== null
            ? eb('subject_user_id', '=', subject.subjectUserId)
            : eb('subject_family_member_id', '=', subject.familyMemberId),
        )
        .orderBy('created_at', 'desc')
        .orderBy('number', 'desc')
        .execute()
      return rows.map(toFilingRecord)
    },

    /** Every filing the user filed or that was filed for them (see visibleTo), newest first. */
    async listVisible(userId: string): Promise<FilingRecord[]> {
      const rows = await db
        .selectFrom('filings')
        .selectAll()
        .where(visibleTo(userId))
        .orderBy('created_at', 'desc')
        .orderBy('number', 'desc')
        .execute()
      return rows.map(toFilingRecord)
    },

    /** For staff: filings in any of `statuses` (all when empty), or with `number`, oldest first. */
    async listForReview(filter: ReviewListFilter): Promise<FilingRecord[]> {
      let query = db.selectFrom('filings').selectAll()
      if (filter.statuses.length > 0) query = query.where('status', 'in', [...filter.statuses])
      if (filter.number !== undefined) query = query.where('number', '=', filter.number)
      if (filter.types && filter.types.length > 0) query = query.where('type', 'in', [...filter.types])
      // A province (2 digits) or city (4) prefix of the 6-digit 参保地 code.
      if (filter.insuredRegionPrefix) query = query.where('insured_region', 'like', `${filter.insuredRegionPrefix}%`)
      const { text } = filter
      if (text) {
        query = query.where((eb) =>
          eb.or([
            ...(text.number ? [eb('number', '=', text.number)] : []),
            ...(text.idTail ? [eb('subject_id_number', 'like', `%${text.idTail}`)] : []),
            ...(text.name ? [eb('subject_name', 'like', `${text.name}%`)] : []),
          ]),
        )
      }
      query = query.orderBy('created_at').orderBy('number')
      if (filter.limit !== undefined) query = query.limit(filter.limit)
      const rows = await query.execute()
      return rows.map(toFilingRecord)
    },

    /** The materials, timeline, emergency part and latest review of each filing. */
    async details(filings: readonly FilingRecord[]): Promise<FilingDetails[]> {
      if (filings.length === 0) return []
      const ids = filings.map((f) => f.id)
      const [materialRows, eventRows, emergencyRows, reviewRows] = await Promise.all([
        db
          .selectFrom('filing_materials')
          .innerJoin('uploads', 'uploads.id', 'filing_materials.upload_id')
          .select([
            'filing_materials.filing_id',
            'uploads.id',
            'uploads.owner_user_id',
            'uploads.purpose',
            'uploads.kind',
            'uploads.size',
            'uploads.sha256',
            'uploads.created_at',
          ])
          .where('filing_materials.filing_id', 'in', ids)
          .orderBy('uploads.created_at')
          .orderBy('uploads.id')
          .execute(),
        db
          .selectFrom('filing_events')
          .select(['filing_id', 'status', 'note', 'at'])
          .where('filing_id', 'in', ids)
          .orderBy('filing_id')
          .orderBy('seq')
          .execute(),
        db.selectFrom('filing_emergencies').selectAll().where('filing_id', 'in', ids).execute(),
        db
          .selectFrom('review_decisions')
          .select(['filing_id', 'decision', 'reasons', 'missing_items', 'decided_at'])
          .where('filing_id', 'in', ids)
          .orderBy('filing_id')
          .orderBy('seq', 'desc')
          .execute(),
      ])
      return filings.map((filing) => {
        const emergency = emergencyRows.find((r) => r.filing_id === filing.id)
        // Ordered newest first within a filing: the first match is the latest decision.
        const review = reviewRows.find((r) => r.filing_id === filing.id)
        return {
          filing,
          materials: materialRows.filter((r) => r.filing_id === filing.id).map(toUploadRecord),
          events: eventRows
            .filter((r) => r.filing_id === filing.id)
            .map((r) => ({ status: r.status as FilingStatus, note: r.note, at: r.at })),
          emergency: emergency ? toEmergencyRecord(emergency) : null,
          review: review
            ? {
                decision: review.decision as ReviewDecision,
                reasons: JSON.parse(review.reasons) as string[],
                missingItems: JSON.parse(review.missing_items) as string[],
                decidedAt: review.decided_at,
              }
            : null,
        }
      })
    },

    /**
     * Records a review decision: the status moves (only from `fromStatuses`), the decision and a
     * timeline entry are stored and the outbox rows written, all in one transaction. False when
     * the filing was not in one of `fromStatuses` (nothing written then).
     */
    async decide(id: string, input: DecideInput, now: Date): Promise<boolean> {
      const at = now.toISOString()
      return inTransaction(db, async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('filings')
          .set({ status: input.toStatus, updated_at: at })
          .where('id', '=', id)
          .where('status', 'in', [...input.fromStatuses])
          .executeTakeFirst()
        if (numUpdatedRows === 0n) return false
        const last = await trx
          .selectFrom('review_decisions')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .where('filing_id', '=', id)
          .executeTakeFirst()
        const seq = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1
        await trx
          .insertInto('review_decisions')
          .values({
            id: randomUUID(),
            filing_id: id,
            seq,
            decision: input.decision,
            reasons: JSON.stringify(input.reasons),
            missing_items: JSON.stringify(input.missingItems),
            decided_at: at,
            reviewer_id: input.reviewer.id,
            reviewer_name: input.reviewer.name,
          })
          .execute()
        await appendEvents(trx, id, [{ status: input.toStatus, note: input.note }], at)
        await insertNotifications(trx, input.notifications, now)
        await appendAudit(trx, input.audit, now)
        return true
      })
    },

    /**
     * Attaches more uploads to a filing still in `fromStatus` and moves it to `toStatus` with a
     * timeline entry, in one transaction. False when its status changed meanwhile.
     */
    async addMaterials(id: string, input: AddMaterialsInput, now: Date): Promise<boolean> {
      const at = now.toISOString()
      return inTransaction(db, async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('filings')
          .set({ status: input.toStatus, updated_at: at })
          .where('id', '=', id)
          .where('status', '=', input.fromStatus)
          .executeTakeFirst()
        if (numUpdatedRows === 0n) return false
        if (input.materialIds.length > 0) {
          await trx
            .insertInto('filing_materials')
            .values([...new Set(input.materialIds)].map((uploadId) => ({ filing_id: id, upload_id: uploadId })))
            .onConflict((oc) => oc.columns(['filing_id', 'upload_id']).doNothing())
            .execute()
        }
        await appendEvents(trx, id, [{ status: input.toStatus, note: input.note }], at)
        return true
      })
    },

    /**
     * Cancels a filing still in `fromStatus`, with a timeline entry, in one transaction.
     * False when its status changed meanwhile (nothing written then).
     */
    async cancel(id: string, fromStatus: FilingStatus, note: string, now: Date): Promise<boolean> {
      const at = now.toISOString()
      return inTransaction(db, async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('filings')
          .set({ status: 'CANCELLED', updated_at: at })
          .where('id', '=', id)
          .where('status', '=', fromStatus)
          .executeTakeFirst()
        if (numUpdatedRows === 0n) return false
        await appendEvents(trx, id, [{ status: 'CANCELLED', note }], at)
        return true
      })
    },
  }
}

export type FilingsRepository = ReturnType<typeof createFilingsRepository>
