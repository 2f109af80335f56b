import { sql, type Expression, type ExpressionBuilder, type Kysely } from 'kysely'
import { LRUCache } from 'lru-cache'
import type { FilingStatus } from '@/domain/filings'
import type { FilingType } from '@/domain/filing-types'
import { normalizeIdNumber } from '@/domain/validation/id-number'
import { correctionItems } from '@/domain/filings/corrections'
import type { Database, Dialect } from '../schema'
import { compiledOnce } from '../compiled-once'
import { CHECKED_NOTE } from '@server/filings/answer-note'
import {
  PUBLIC_STATUS_COLUMNS,
  toEmergencyRecord,
  toFilingRecord,
  toPublicStatusFiling,
  toReviewRecord,
  type FilingDetails,
  type FilingRecord,
  type StatusLookupRecord,
} from './filing-records'
import { toUploadRecord } from './uploads'

/** What staff search by (issue 14): any of a filing number, the tail of an ID number, the start of a name. */
export interface ReviewListFilter {
  statuses: readonly FilingStatus[]
  number?: string
  types?: readonly FilingType[]
  insuredRegionPrefix?: string
  text?: { number?: string; idTail?: string; name?: string }
  limit?: number
}

/**
 * Who may see a filing (API.md GET /api/filings): the person it is for — their account
 * (subject_user_id), or, once that account passed 实人认证, any filing under its verified ID number
 * (`verifiedIdNumber`, null otherwise: anyone can type an ID number), whoever made it and under
 * whatever family member record — and the person who filed it; but a filer who filed for a family
 * member only while that member's authorisation is ACTIVE: once the member revokes it (or the
 * filer deletes the member), the filer loses sight of every filing made for them; the member keeps
 * seeing them all. `userId` may be a reference to the row's own column (`filings.user_id`: a
 * filing seen by its own filer, waitingOnFilerVerificationOf).
 */
function visibleTo(userId: string | Expression<string>, verifiedIdNumber: string | null) {
  return (eb: ExpressionBuilder<Database, 'filings'>) =>
    eb.or([
      eb('filings.subject_user_id', '=', userId),
      ...(verifiedIdNumber === null ? [] : [eb('filings.subject_id_number', '=', normalizeIdNumber(verifiedIdNumber))]),
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

/**
 * How many filings' status answers one process keeps (findForStatusLookup), the least recently
 * asked dropped first: each a few hundred bytes to ~2 KB, so at most ~20 MB.
 */
export const STATUS_ANSWERS_KEPT = 10_000

/** The version a status answer was built from: the filing's revision and its last event's and review decision's seq. */
function versionOf(row: { revision: number; events_seq: number | null; decisions_seq: number | null }): string {
  return `${row.revision}:${row.events_seq ?? ''}:${row.decisions_seq ?? ''}`
}

/** A kept status answer, frozen: every later lookup of the filing gets this same object. */
function frozen(record: StatusLookupRecord): StatusLookupRecord {
  Object.freeze(record.filing)
  for (const event of record.events) Object.freeze(event)
  Object.freeze(record.events)
  Object.freeze(record.latestMissingItems)
  return Object.freeze(record)
}

/**
 * The public timeline of `filings.id`, oldest first, as one JSON array of [status, at, note]
 * triples: what the status answer shows, and a send-back's note only (null for any other step),
 * read to label a step that only asked questions 待回答审核员的问题 (asksQuestionsOnly; a trial saw
 * the lookup say 待补充材料 for it); for an answer (审核中), CHECKED_NOTE when it kept every field as
 * filed, so 进度查询 names it as the person's page does. The notes themselves are never shown. On SQLite the rows come
 * ordered from a subquery, which reads them in the index's order: an ORDER BY inside
 * json_group_array sorts them again (~1 µs more a lookup). Built only when the status lookup is
 * compiled: the reads are made for every transaction's repositories, and building these
 * fragments there was ~2.5 % of a filing's CPU (issue 15).
 */
function publicTimeline(dialect: Dialect) {
  const eventRef = (column: 'status' | 'at' | 'seq' | 'filing_id' | 'note') => sql.ref(`filing_events.${column}`)
  // An answer's note may hold what the person wrote: only whether it kept every field as filed
  // (CHECKED_NOTE, a fixed heading) leaves the database.
  const sendBackNote = (status: ReturnType<typeof sql.ref>, note: ReturnType<typeof sql.ref>) =>
    sql`case when ${status} = ${sql.lit('NEEDS_MATERIALS')} then ${note} when ${status} = ${sql.lit('UNDER_REVIEW')} and ${note} like ${sql.lit(`${CHECKED_NOTE}%`)} then ${sql.lit(CHECKED_NOTE)} end`
  return dialect === 'postgres'
    ? sql<string>`(select coalesce(json_agg(json_build_array(${eventRef('status')}, ${eventRef('at')}, ${sendBackNote(eventRef('status'), eventRef('note'))}) order by ${eventRef('seq')}), '[]') from ${sql.table('filing_events')} where ${eventRef('filing_id')} = ${sql.ref('filings.id')})`
    : sql<string>`(select json_group_array(json_array(${sql.ref('e.status')}, ${sql.ref('e.at')}, ${sendBackNote(sql.ref('e.status'), sql.ref('e.note'))})) from (select ${eventRef('status')}, ${eventRef('at')}, ${eventRef('note')} from ${sql.table('filing_events')} where ${eventRef('filing_id')} = ${sql.ref('filings.id')} order by ${eventRef('seq')}) as ${sql.table('e')})`
}

/** The reads about filings: by id, visible to a person, for staff, their details, the public status lookup. */
export function createFilingReads(db: Kysely<Database>, dialect: Dialect) {
  // GET /api/status's answers, by filing number, each with the version it was built from. Made at
  // the first lookup: these reads are made again for every transaction's repositories, and an LRU
  // of 10,000 allocates its tables at once (a filing paid ~1 ms of CPU for one it never used).
  let statusAnswers: LRUCache<string, { version: string; record: StatusLookupRecord }> | undefined
  // What a status answer was built from, read beside it and alone (statusProbe): the row's
  // revision (raised by the database on every update, migration 20261204T230000Z) and the last
  // `seq` of its events and of its review decisions (both append-only).
  const answerVersion = (eb: ExpressionBuilder<Database, 'filings'>) => [
    eb.ref('filings.revision').as('revision'),
    eb.selectFrom('filing_events').select((e) => e.fn.max('filing_events.seq').as('seq')).whereRef('filing_events.filing_id', '=', 'filings.id').as('events_seq'),
    eb
      .selectFrom('review_decisions')
      .select((d) => d.fn.max('review_decisions.seq').as('seq'))
      .whereRef('review_decisions.filing_id', '=', 'filings.id')
      .as('decisions_seq'),
  ]
  const statusProbe = compiledOnce(db, (number) => db.selectFrom('filings').select(answerVersion).where('filings.number', '=', number))
  const statusLookup = compiledOnce(db, (number) =>
    db
      .selectFrom('filings')
      .select(PUBLIC_STATUS_COLUMNS.map((column) => `filings.${column}` as const))
      .select(answerVersion)
      .select((eb) => [
        publicTimeline(dialect).as('events'),
        // The answer lists missing items only while materials are asked for: the latest review's,
        // read only then.
        eb
          .case()
          .when('filings.status', '=', 'NEEDS_MATERIALS')
          .then(
            eb
              .selectFrom('review_decisions')
              .select('review_decisions.missing_items')
              .whereRef('review_decisions.filing_id', '=', 'filings.id')
              .orderBy('review_decisions.seq', 'desc')
              .limit(1),
          )
          .end()
          .as('latest_missing_items'),
        // And the typed fields it asked to correct (a corrections-only request listed nothing here).
        eb
          .case()
          .when('filings.status', '=', 'NEEDS_MATERIALS')
          .then(
            eb
              .selectFrom('review_decisions')
              .select('review_decisions.corrections')
              .whereRef('review_decisions.filing_id', '=', 'filings.id')
              .orderBy('review_decisions.seq', 'desc')
              .limit(1),
          )
          .end()
          .as('latest_corrections'),
        // An emergency filing's 补办截止 (written with it, never changed), said while something is asked.
        eb
          .case()
          .when('filings.status', '=', 'NEEDS_MATERIALS')
          .then(eb.selectFrom('filing_emergencies').select('filing_emergencies.deadline').whereRef('filing_emergencies.filing_id', '=', 'filings.id'))
          .end()
          .as('asked_deadline'),
      ])
      .where('filings.number', '=', number),
  )
  /**
   * waitingOnFilerVerification's statement, for one filer or (a list) for each of several: the
   * filing seen by its own filer (visibleTo on `filings.user_id`), oldest first.
   */
  const waitingOnVerification = (filer: string | readonly string[], waitNote: string) =>
    (typeof filer === 'string' ? db.selectFrom('filings').where('filings.user_id', '=', filer) : db.selectFrom('filings').where('filings.user_id', 'in', [...filer]))
      .selectAll()
      .where('filings.status', '=', 'UNDER_REVIEW')
      .where(visibleTo(typeof filer === 'string' ? filer : sql.ref<string>('filings.user_id'), null))
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('filing_events')
            .select('filing_events.id')
            .whereRef('filing_events.filing_id', '=', 'filings.id')
            .where('filing_events.status', '=', 'UNDER_REVIEW')
            .where('filing_events.note', '=', waitNote),
        ),
      )
      .where((eb) => eb.not(eb.exists(eb.selectFrom('review_decisions').select('review_decisions.id').whereRef('review_decisions.filing_id', '=', 'filings.id'))))
      .orderBy('filings.created_at')
      .orderBy('filings.number')
  return {
    async findById(id: string): Promise<FilingRecord | null> {
      const row = await db.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toFilingRecord(row) : null
    },

    /**
     * A filing the user filed or that was filed for them (see visibleTo; `verifiedIdNumber`: the
     * ID number the account passed 实人认证 with, or null); null for anyone else.
     */
    async findVisible(id: string, userId: string, verifiedIdNumber: string | null = null): Promise<FilingRecord | null> {
      const row = await db
        .selectFrom('filings')
        .selectAll()
        .where('id', '=', id)
        .where(visibleTo(userId, verifiedIdNumber))
        .executeTakeFirst()
      return row ? toFilingRecord(row) : null
    },

    /**
     * Every filing for one person, whoever filed it: all under their ID number, whatever account or
     * family member record (the rows the duplicate check reads). For decisions, not for showing.
     */
    async listForSubject(subjectIdNumber: string): Promise<FilingRecord[]> {
      const rows = await db
        .selectFrom('filings')
        .selectAll()
        .where('subject_id_number', '=', normalizeIdNumber(subjectIdNumber))
        .orderBy('created_at', 'desc')
        .orderBy('number', 'desc')
        .execute()
      return rows.map(toFilingRecord)
    },

    /**
     * The filings `userId` filed that wait on nothing but the filer's 实人认证, oldest first:
     * UNDER_REVIEW with `waitNote` (UNVERIFIED_REVIEW_NOTE) on its step into review, no review
     * decision since, and — one made for a family member — the member's authorisation still ACTIVE
     * (visibleTo). Read inside the transaction that records the 实人认证 (verification/release.ts).
     */
    async waitingOnFilerVerification(userId: string, waitNote: string): Promise<FilingRecord[]> {
      const rows = await waitingOnVerification(userId, waitNote).execute()
      return rows.map(toFilingRecord)
    },

    /**
     * waitingOnFilerVerification for each of `userIds`, in one statement (a list of staff's
     * 实人认证 requests, verification/review.ts): every one of them a key, its filings as
     * waitingOnFilerVerification answers them (oldest first; [] when none). None given: no statement.
     */
    async waitingOnFilerVerificationOf(userIds: readonly string[], waitNote: string): Promise<Map<string, FilingRecord[]>> {
      const byFiler = new Map<string, FilingRecord[]>(userIds.map((id) => [id, []]))
      if (byFiler.size === 0) return byFiler
      const rows = await waitingOnVerification([...byFiler.keys()], waitNote).execute()
      for (const row of rows) byFiler.get(row.user_id)?.push(toFilingRecord(row))
      return byFiler
    },

    /** Every filing the user filed or that was filed for them (see visibleTo), newest first. */
    async listVisible(userId: string, verifiedIdNumber: string | null = null): Promise<FilingRecord[]> {
      const rows = await db
        .selectFrom('filings')
        .selectAll()
        .where(visibleTo(userId, verifiedIdNumber))
        .orderBy('created_at', 'desc')
        .orderBy('number', 'desc')
        .execute()
      return rows.map(toFilingRecord)
    },

    /** How many filings are stored in `status` (one statement): the staff queue's total past its limit. */
    async countInStatus(status: FilingStatus): Promise<number> {
      const row = await db.selectFrom('filings').select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).where('status', '=', status).executeTakeFirstOrThrow()
      return Number(row.n)
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
            'filing_materials.note',
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
          .select(['filing_id', 'status', 'note', 'at', 'actor'])
          .where('filing_id', 'in', ids)
          .orderBy('filing_id')
          .orderBy('seq')
          .execute(),
        db.selectFrom('filing_emergencies').selectAll().where('filing_id', 'in', ids).execute(),
        db
          .selectFrom('review_decisions')
          .select(['filing_id', 'decision', 'reasons', 'missing_items', 'corrections', 'decided_at'])
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
          materials: materialRows.filter((r) => r.filing_id === filing.id).map((r) => ({ ...toUploadRecord(r), note: r.note })),
          events: eventRows
            .filter((r) => r.filing_id === filing.id)
            .map((r) => ({ status: r.status as FilingStatus, note: r.note, at: r.at, actor: r.actor === 'SUBJECT' ? ('SUBJECT' as const) : null })),
          emergency: emergency ? toEmergencyRecord(emergency) : null,
          review: review ? toReviewRecord(review) : null,
        }
      })
    },

    /**
     * GET /api/status in one statement: the public columns of the filing with this number
     * (PUBLIC_STATUS_COLUMNS), its timeline (oldest first, as a JSON array of [status, at] pairs
     * built by the database) and, while it is NEEDS_MATERIALS, its latest review's missing items;
     * null when no filing has the number. The caller checks the ID tail. Built and compiled once
     * (compiledOnce); on SQLite also prepared once.
     *
     * Answers are kept (issue 15: the statement, its JSON and the record were ~13 µs of a ~57 µs
     * lookup): a filing asked for again is answered from what was kept when a one-row probe
     * (statusProbe: the revision and the last seqs, by the unique index on the number) shows
     * nothing changed since — on any instance, since the version is the database's. The answer
     * is frozen and shared; the caller must not change it.
     */
    async findForStatusLookup(number: string): Promise<StatusLookupRecord | null> {
      statusAnswers ??= new LRUCache({ max: STATUS_ANSWERS_KEPT })
      const kept = statusAnswers.get(number)
      if (kept !== undefined) {
        const [now] = await statusProbe(number)
        if (now === undefined) {
          statusAnswers.delete(number)
          return null
        }
        if (versionOf(now) === kept.version) return kept.record
      }
      const [row] = await statusLookup(number)
      if (!row) return null
      // SQLite answers the JSON as text, PostgreSQL as parsed values.
      const triples = (typeof row.events === 'string' ? JSON.parse(row.events) : row.events) as [FilingStatus, string, string | null][]
      const missing = row.latest_missing_items
      const record: StatusLookupRecord = {
        filing: toPublicStatusFiling(row),
        events: triples.map(([status, at, note]) => ({ status, at, note })),
        latestMissingItems: [
          ...(missing ? (JSON.parse(missing) as string[]) : []),
          ...correctionItems(row.latest_corrections ? (JSON.parse(row.latest_corrections) as unknown[]) : []),
        ],
        askedDeadline: row.asked_deadline ?? null,
      }
      statusAnswers.set(number, { version: versionOf(row), record: frozen(record) })
      return record
    },
  }
}
