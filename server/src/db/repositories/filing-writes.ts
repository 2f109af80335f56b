// Why over 300 lines: every write of a filing (create, decide, add materials, cancel) is one transaction built from the same attach/move/append helpers.
import { randomUUID } from 'node:crypto'
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import { normalizeIdNumber } from '@/domain/validation/id-number'
import type { FilingStatus } from '@/domain/filings'
import { preparedQuery, type QueryTarget } from '../prepared-query'
import type { Database, Dialect, FilingsTable } from '../schema'
import type { DirectSqlite } from '../sqlite-direct'
import { inTransaction } from '../in-transaction'
import { personLock } from '../person-lock'
import { appendAudit, type NewAuditEntry } from './audit'
import { insertFilingRows } from './filing-insert'
import {
  toEmergencyRow,
  toFilingRecord,
  toFilingRow,
  writtenFilingRecord,
  type EmergencyRecord,
  type FilingDetails,
  type FilingMaterial,
  type FilingRecord,
  type NewFiling,
  type ReviewDecision,
} from './filing-records'
import { insertNotifications, type NewNotification } from './notifications'
import type { UploadRecord } from './uploads'

export interface DecideInput {
  decision: ReviewDecision
  reasons: readonly string[]
  missingItems: readonly string[]
  /** A 补充材料 request's fields to correct (CORRECTABLE_FIELDS codes); none when absent. */
  corrections?: readonly string[]
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
  /** An approval's validity, counted from the approval day (approvalValidity); kept as stored when absent. */
  validity?: ApprovalValidity
}

/** The validity columns an approval writes. */
export interface ApprovalValidity {
  validFrom: string
  validTo: string | null
  explanation: string
}

/** Who took a step, when not the filer (nor the system or a reviewer): the 参保人 himself (filing_events.actor). */
export type EventActor = 'SUBJECT'

export interface AddMaterialsInput {
  /** 'SUBJECT' when the 参保人 sends them on a filing someone else made for him. */
  actor?: EventActor
  materialIds: readonly string[]
  /** Notes on some of them, by upload id (checked by the domain's checkMaterialNotes). */
  notes?: Readonly<Record<string, string>>
  fromStatus: FilingStatus
  toStatus: FilingStatus
  note: string
  /**
   * Fields corrected as staff asked (checkCorrections): the filing's columns take the new values and
   * each change is kept, old → new, at the timeline entry's instant (filing_corrections).
   */
  corrections?: {
    contacts: { phone1: string; phone2: string | null; addressAtDestination: string }
    changes: ReadonlyArray<{ field: string; from: string | null; to: string | null }>
  }
}

export interface CreateFilingInput {
  filing: NewFiling
  /**
   * The uploads to attach (the caller has checked they are the filer's own), each with the note
   * written on it (checked by the domain's checkMaterialNotes) or none.
   */
  materials: ReadonlyArray<UploadRecord & { note?: string | null }>
  /** The timeline to start with, all at `now`, in this order. */
  events: ReadonlyArray<{ status: FilingStatus; note: string | null }>
  /** A fresh random filing number; asked again on the (unlikely) clash with an existing one. */
  nextNumber: () => string
  /**
   * Called inside the transaction, with all the subject's other filings (all under their ID number; `supersede.id` left
   * out): answers the one that makes this a duplicate, if any (the domain's findDuplicateFiling).
   */
  findDuplicate: (ofSubject: readonly FilingRecord[]) => FilingRecord | undefined
  /**
   * The subject's filings as `lockedSubjectFilings` answered them earlier in this same
   * transaction (the subject is locked since): create then neither locks nor reads them again.
   * Given outside a transaction, create throws.
   */
  ofSubject?: readonly FilingRecord[]
  /** A 变更: the filing this one replaces, which must still be in `fromStatus`. */
  supersede?: { id: string; fromStatus: FilingStatus; note: string | null }
  /** An emergency filing's emergency part. */
  emergency?: EmergencyRecord
  /** Outbox rows for the new filing (e.g. a deadline reminder), written in the same transaction. */
  notifications?: (created: { id: string; number: string }) => readonly NewNotification[]
  /**
   * The filing is a keyed write (server/src/idempotency.ts): its key's row is completed with the
   * answer `text(details)` makes of what is written, by the statement that writes the filing (on
   * PostgreSQL: one round trip fewer). CREATED then carries that text as `stored`.
   */
  answer?: { userId: string; key: string; statusCode: number; text: (details: FilingDetails) => string }
}

export type CreateFilingOutcome =
  /** What was written, as `details()` would read it back (materials oldest first, no review yet). */
  | { outcome: 'CREATED'; details: FilingDetails; stored?: string }
  | { outcome: 'DUPLICATE'; existing: FilingRecord }
  /** The filing to replace changed status meanwhile (e.g. a concurrent cancel). */
  | { outcome: 'STALE' }

const NUMBER_ATTEMPTS = 5

/** Event notes are at most 500 characters; the full lists stay in review_decisions. */
const NOTE_MAX = 500

function clipNote(note: string | null): string | null {
  if (note === null || note.length <= NOTE_MAX) return note
  return note.slice(0, NOTE_MAX - 1) + '…'
}

/** Leaves a transaction without committing, carrying the answer out. */
class Rollback {
  constructor(readonly outcome: CreateFilingOutcome) {}
}

/** The next `seq` of a filing's rows in a per-filing sequence (its timeline, its review decisions): 0 for the first. */
async function nextSeq(trx: Transaction<Database>, table: 'filing_events' | 'review_decisions' | 'filing_corrections', filingId: string): Promise<number> {
  const last = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('filing_id', '=', filingId)
    .executeTakeFirst()
  return last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1
}

/**
 * Appends timeline entries at `at`; `first` is the next seq when the caller knows it (a new
 * filing: 0), else it is looked up. Answers the entries as stored (notes clipped).
 */
async function appendEvents(
  trx: Transaction<Database>,
  filingId: string,
  events: ReadonlyArray<{ status: FilingStatus; note: string | null; actor?: EventActor }>,
  at: string,
  first?: number,
): Promise<Array<{ status: FilingStatus; note: string | null; at: string }>> {
  if (events.length === 0) return []
  const start = first ?? (await nextSeq(trx, 'filing_events', filingId))
  const stored = events.map((e) => ({ status: e.status, note: clipNote(e.note), at, ...(e.actor ? { actor: e.actor } : {}) }))
  await trx
    .insertInto('filing_events')
    .values(stored.map((e, i) => ({ id: randomUUID(), filing_id: filingId, seq: start + i, ...e })))
    .execute()
  return stored
}

/** Attaches uploads to a filing (each once); an upload already attached is left as it is. */
async function attachMaterials(
  trx: Transaction<Database>,
  filingId: string,
  uploadIds: readonly string[],
  notes: Readonly<Record<string, string>> = {},
): Promise<void> {
  if (uploadIds.length === 0) return
  await trx
    .insertInto('filing_materials')
    .values([...new Set(uploadIds)].map((uploadId) => ({ filing_id: filingId, upload_id: uploadId, note: notes[uploadId] ?? null })))
    .onConflict((oc) => oc.columns(['filing_id', 'upload_id']).doNothing())
    .execute()
}

/** Moves a filing from one of `from` to `to`; false when it was in none of them (nothing written). */
async function moveStatus(
  trx: Transaction<Database>,
  id: string,
  from: readonly FilingStatus[],
  set: {
    status: FilingStatus
    superseded_by_id?: string
    valid_from?: string
    valid_to?: string | null
    validity_explanation?: string
    phone1?: string
    phone2?: string | null
    address_at_destination?: string
  },
  at: string,
): Promise<boolean> {
  const { numUpdatedRows } = await trx
    .updateTable('filings')
    .set({ ...set, updated_at: at })
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst()
  return numUpdatedRows > 0n
}

/** Materials as `details()` orders them: oldest upload first, then by id; each once. */
function orderedMaterials(materials: ReadonlyArray<UploadRecord & { note?: string | null }>): FilingMaterial[] {
  const unique = [...new Map(materials.map((m) => [m.id, { ...m, note: m.note ?? null }])).values()]
  return unique.sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1))
}

/** lockSubject's statement, built and compiled once (db/prepared-query.ts). */
const lockQuery = preparedQuery<{ idNumber: string }>((db, p) =>
  db.selectNoFrom(() => [personLock(sql.val(p.idNumber)).as('locked')]),
)

/**
 * Serialises writes about one person: on PostgreSQL the advisory lock on their ID number is held
 * until the transaction ends, so a concurrent duplicate check — by the person, or by anyone filing
 * for them — waits and then sees this filing (its own statement: a statement reads what was
 * committed when it began). On SQLite it does nothing (issue 15): the server's one connection
 * runs one transaction at a time, and a second process's transaction that read before this one
 * committed cannot write after it (WAL: SQLITE_BUSY), so no duplicate gets past the check there
 * either.
 */
async function lockSubject(target: QueryTarget, idNumber: string): Promise<void> {
  if (target.dialect === 'sqlite') return
  await lockQuery(target, { idNumber: normalizeIdNumber(idNumber) })
}

/** subjectFilings' statement, by the subject's ID number, built and compiled once (db/prepared-query.ts). */
const subjectFilingsQuery = preparedQuery<{ idNumber: string }, Selectable<FilingsTable>>((db, p) =>
  db
    .selectFrom('filings')
    .selectAll()
    .where('subject_id_number', '=', p.idNumber)
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc'),
)

/**
 * All the person's filings, newest first: every filing whose subject has this ID number, whoever
 * filed it and whatever account or family member record it was made under.
 */
export async function subjectFilings(target: QueryTarget, idNumber: string): Promise<FilingRecord[]> {
  return (await subjectFilingsQuery(target, { idNumber: normalizeIdNumber(idNumber) })).rows.map(toFilingRecord)
}

/**
 * The writes about filings: create (with 变更), review decisions, more materials, cancel.
 * `direct`: on SQLite inside a transaction, create's statements run straight on its connection
 * (db/sqlite-direct.ts).
 */
export function createFilingWrites(db: Kysely<Database>, dialect: Dialect, direct: DirectSqlite | null = null) {
  /** Where create's statements run: the transaction `trx` (and its connection, on SQLite, when `db` is it). */
  const on = (trx: Transaction<Database>): QueryTarget => ({ db: trx, dialect, direct: trx === db ? direct : null })
  async function insertOnce(input: CreateFilingInput, at: string): Promise<CreateFilingOutcome> {
    try {
      return await inTransaction(db, async (trx) => {
        const { filing } = input
        // The same person's filings, read under the subject's lock. Which of them the new one
        // duplicates is the domain's rule (findDuplicateFiling).
        let ofSubject = input.ofSubject
        if (ofSubject === undefined) {
          await lockSubject(on(trx), filing.subjectIdNumber)
          ofSubject = await subjectFilings(on(trx), filing.subjectIdNumber)
        }
        const supersededId = input.supersede?.id
        const existing = input.findDuplicate(supersededId === undefined ? ofSubject : ofSubject.filter((f) => f.id !== supersededId))
        if (existing) throw new Rollback({ outcome: 'DUPLICATE', existing })

        // A number already taken (rare: random numbers) is skipped by the database itself, so a
        // clash neither needs a lookup first nor spoils the transaction: draw again.
        const id = randomUUID()
        let row = toFilingRow(id, input.nextNumber(), filing, at)
        const materials = orderedMaterials(input.materials)
        const events = input.events.map((e) => ({ status: e.status, note: clipNote(e.note), at }))
        // What is written, as details() would read it back: known before the write (the answer of
        // a keyed write is made of it, and stored with it).
        const detailsOf = (written: typeof row): FilingDetails => ({
          filing: writtenFilingRecord(written, filing.citations),
          materials,
          events,
          emergency: input.emergency ?? null,
          review: null,
        })
        let details: FilingDetails
        let stored: string | undefined
        for (let attempt = 1; ; attempt += 1) {
          details = detailsOf(row)
          stored = input.answer?.text(details)
          const answer = input.answer && stored !== undefined ? { userId: input.answer.userId, key: input.answer.key, statusCode: input.answer.statusCode, body: stored } : undefined
          const rows = { filing: row, materials: materials.map((m) => ({ uploadId: m.id, note: m.note })), events, ...(answer ? { answer } : {}) }
          if (await insertFilingRows(on(trx), rows)) break
          if (attempt >= NUMBER_ATTEMPTS) throw new Error(`no free filing number after ${NUMBER_ATTEMPTS} draws`)
          row = { ...row, number: input.nextNumber() }
        }
        const { number } = row
        if (input.emergency) await trx.insertInto('filing_emergencies').values(toEmergencyRow(id, input.emergency)).execute()
        if (input.notifications) await insertNotifications(trx, input.notifications({ id, number }), new Date(at))

        if (input.supersede) {
          const moved = await moveStatus(trx, input.supersede.id, [input.supersede.fromStatus], { status: 'SUPERSEDED', superseded_by_id: id }, at)
          if (!moved) throw new Rollback({ outcome: 'STALE' })
          await appendEvents(trx, input.supersede.id, [{ status: 'SUPERSEDED', note: input.supersede.note }], at)
        }
        return { outcome: 'CREATED', details, ...(stored === undefined ? {} : { stored }) } as const
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
     * written unless everything is. CREATED carries what was written (nothing is read back).
     */
    async create(input: CreateFilingInput, now: Date): Promise<CreateFilingOutcome> {
      if (input.ofSubject !== undefined && !db.isTransaction) throw new Error('ofSubject is only valid inside the transaction that read it')
      return insertOnce(input, now.toISOString())
    },

    /**
     * Locks the person with this ID number until the transaction ends (as create does before its
     * duplicate check) and answers all their filings, newest first, whoever made them: for a step
     * that needs them before it files (multi-place), and passes them to create as `ofSubject` so
     * they are read once. Only inside a
     * transaction (throws otherwise): outside one the lock would end at once. `lockHeld`: this
     * transaction holds the person's lock already (profiles.findFiler with `lockAccount`, the
     * subject being the filer).
     */
    async lockedSubjectFilings(subjectIdNumber: string, { lockHeld = false }: { lockHeld?: boolean } = {}): Promise<FilingRecord[]> {
      if (!db.isTransaction) throw new Error('lockedSubjectFilings needs a transaction')
      const trx = db as Transaction<Database>
      if (!lockHeld) await lockSubject(on(trx), subjectIdNumber)
      return subjectFilings(on(trx), subjectIdNumber)
    },

    /**
     * Records a review decision: the status moves (only from `fromStatuses`), the decision and a
     * timeline entry are stored and the outbox rows written, all in one transaction. False when
     * the filing was not in one of `fromStatuses` (nothing written then).
     */
    async decide(id: string, input: DecideInput, now: Date): Promise<boolean> {
      const at = now.toISOString()
      return inTransaction(db, async (trx) => {
        const validity = input.validity ? { valid_from: input.validity.validFrom, valid_to: input.validity.validTo, validity_explanation: input.validity.explanation } : {}
        if (!(await moveStatus(trx, id, input.fromStatuses, { status: input.toStatus, ...validity }, at))) return false
        await trx
          .insertInto('review_decisions')
          .values({
            id: randomUUID(),
            filing_id: id,
            seq: await nextSeq(trx, 'review_decisions', id),
            decision: input.decision,
            reasons: JSON.stringify(input.reasons),
            missing_items: JSON.stringify(input.missingItems),
            corrections: input.corrections && input.corrections.length > 0 ? JSON.stringify(input.corrections) : null,
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
     * timeline entry — with the corrected contacts and their changes when some were asked — in one
     * transaction. False when its status changed meanwhile.
     */
    async addMaterials(id: string, input: AddMaterialsInput, now: Date): Promise<boolean> {
      const at = now.toISOString()
      return inTransaction(db, async (trx) => {
        const fixed = input.corrections
        const contacts = fixed
          ? { phone1: fixed.contacts.phone1, phone2: fixed.contacts.phone2, address_at_destination: fixed.contacts.addressAtDestination }
          : {}
        if (!(await moveStatus(trx, id, [input.fromStatus], { status: input.toStatus, ...contacts }, at))) return false
        await attachMaterials(trx, id, input.materialIds, input.notes)
        await appendEvents(trx, id, [{ status: input.toStatus, note: input.note, ...(input.actor ? { actor: input.actor } : {}) }], at)
        if (fixed && fixed.changes.length > 0) {
          const first = await nextSeq(trx, 'filing_corrections', id)
          await trx
            .insertInto('filing_corrections')
            .values(fixed.changes.map((c, i) => ({ id: randomUUID(), filing_id: id, seq: first + i, field: c.field, old_value: c.from, new_value: c.to, at })))
            .execute()
        }
        return true
      })
    },

    /**
     * Cancels a filing still in `fromStatus`, with a timeline entry, in one transaction; `actor`
     * 'SUBJECT' when the 参保人 cancels a filing someone else made for him. False when its status
     * changed meanwhile (nothing written then).
     */
    async cancel(id: string, fromStatus: FilingStatus, note: string, now: Date, actor?: EventActor): Promise<boolean> {
      const at = now.toISOString()
      return inTransaction(db, async (trx) => {
        if (!(await moveStatus(trx, id, [fromStatus], { status: 'CANCELLED' }, at))) return false
        await appendEvents(trx, id, [{ status: 'CANCELLED', note, ...(actor ? { actor } : {}) }], at)
        return true
      })
    },
  }
}
