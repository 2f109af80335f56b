import { randomUUID } from 'node:crypto'
import { sql, type Insertable } from 'kysely'
import type { FilingStatus } from '@/domain/filings'
import { preparedQuery, type QueryTarget } from '../prepared-query'
import type { FilingsTable } from '../schema'
import { completeKey, type KeyAnswer } from './idempotency-keys'

/** What one new filing writes besides its row: its materials (each once) and its first timeline entries. */
export interface NewFilingRows {
  filing: Insertable<FilingsTable> & { id: string; number: string }
  /** Upload ids with the note written on each (null: none); each id at most once. */
  materials: ReadonlyArray<{ uploadId: string; note: string | null }>
  /** Timeline entries with seq 0, 1, … in this order (notes already clipped). */
  events: ReadonlyArray<{ status: FilingStatus; note: string | null; at: string }>
  /** The answer of the keyed write this filing is (server/src/idempotency.ts), stored in its key's row with the filing. */
  answer?: KeyAnswer
}

type FilingValues = Record<string, unknown>
/** The materials' and events' columns, one array each (one element per row). */
type RowsValues = {
  filingId: string
  uploadIds: string[]
  notes: Array<string | null>
  eventIds: string[]
  seqs: number[]
  statuses: string[]
  eventNotes: Array<string | null>
  ats: string[]
}

// The statements of a new filing, built and compiled once per dialect, columns and number of
// materials and events (db/prepared-query.ts, issue 15: the 40-column insert alone took ~30 µs to
// build). The filing row's columns are the variant (its values are slots).
const insertFiling = preparedQuery<FilingValues, unknown, string[]>((db, p) =>
  db
    .insertInto('filings')
    .values(p as unknown as Insertable<FilingsTable>)
    .onConflict((oc) => oc.column('number').doNothing()),
)
const insertMaterials = preparedQuery<Pick<RowsValues, 'filingId' | 'uploadIds' | 'notes'>>((db, p) =>
  db
    .insertInto('filing_materials')
    .values(p.uploadIds.map((uploadId, i) => ({ filing_id: p.filingId, upload_id: uploadId, note: p.notes[i] ?? null })))
    .onConflict((oc) => oc.columns(['filing_id', 'upload_id']).doNothing()),
)
const insertEvents = preparedQuery<Pick<RowsValues, 'filingId' | 'eventIds' | 'seqs' | 'statuses' | 'eventNotes' | 'ats'>>((db, p) =>
  db
    .insertInto('filing_events')
    .values(
      p.eventIds.map((id, i) => ({
        id,
        filing_id: p.filingId,
        seq: p.seqs[i] as unknown as number,
        status: p.statuses[i] as string,
        note: p.eventNotes[i] ?? null,
        at: p.ats[i] as string,
      })),
    ),
)
/**
 * PostgreSQL: the three inserts as ONE statement (data-modifying CTEs: materials and events are
 * selected from the filing insert's RETURNING, so nothing is written without the filing row).
 */
type AnswerValues = { answerUserId: string; answerKey: string; answerStatus: number; answerBody: string }
const insertAllPostgres = preparedQuery<
  FilingValues & Omit<RowsValues, 'filingId'> & Partial<AnswerValues>,
  { n: number },
  { columns: string[]; answered: boolean }
>((db, p, { answered }) => {
  const { uploadIds, notes, eventIds, seqs, statuses, eventNotes, ats, answerUserId, answerKey, answerStatus, answerBody, ...filing } = p
  const filingInsert = db
    .insertInto('filings')
    .values(filing as unknown as Insertable<FilingsTable>)
    .onConflict((oc) => oc.column('number').doNothing())
    .returning('id')
  const materials =
    uploadIds.length === 0
      ? sql``
      : sql`, m as (insert into filing_materials (filing_id, upload_id, note)
          select f.id, v.upload_id, v.note from f cross join (values ${sql.join(uploadIds.map((id, i) => sql`(${id}, ${notes[i]})`))}) as v(upload_id, note)
          on conflict (filing_id, upload_id) do nothing)`
  const events =
    eventIds.length === 0
      ? sql``
      : sql`, e as (insert into filing_events (id, filing_id, seq, status, note, at)
          select v.id, f.id, v.seq, v.status, v.note, v.at from f cross join (values ${sql.join(
            eventIds.map((id, i) => sql`(${id}, cast(${seqs[i]} as integer), ${statuses[i]}, ${eventNotes[i]}, ${ats[i]})`),
          )}) as v(id, seq, status, note, at))`
  const answer = answered
    ? sql`, k as (update idempotency_keys set status_code = cast(${answerStatus} as integer), response_body = ${answerBody}
          where user_id = ${answerUserId} and key = ${answerKey} and exists (select 1 from f))`
    : sql``
  return sql<{ n: number }>`with f as (${filingInsert})${materials}${events}${answer}
    select cast(count(*) as integer) as n from f`.compile(db)
})

// The filing row's columns as last inserted: the same array again while they are the same (every
// new row has them all), so insertFiling's compiled statement is found without serialising them
// (preparedQuery's variant). Never changed once made.
let lastColumns: readonly string[] = []

/** The row's columns, in order: `lastColumns` when they are the same names. */
function columnsOf(filing: FilingValues): string[] {
  const columns = Object.keys(filing)
  const same = columns.length === lastColumns.length && columns.every((column, i) => column === lastColumns[i])
  if (same) return lastColumns as string[]
  lastColumns = columns
  return columns
}

// insertAllPostgres's variants for the columns as last inserted, one object each whether answered
// or not: the same object again, so preparedQuery does not serialise the columns on every insert.
let postgresVariants: { columns: readonly string[]; answered: { columns: string[]; answered: boolean }; unanswered: { columns: string[]; answered: boolean } } | null = null

/** The variant of insertAllPostgres for `columns` (columnsOf's array) and whether a key's answer is stored. */
function postgresVariant(columns: string[], answered: boolean): { columns: string[]; answered: boolean } {
  if (postgresVariants?.columns !== columns) {
    postgresVariants = { columns, answered: { columns, answered: true }, unanswered: { columns, answered: false } }
  }
  return answered ? postgresVariants.answered : postgresVariants.unanswered
}

/**
 * Writes a new filing's row, materials and first events on `target` (inside the transaction of
 * the caller); false (nothing written) when its number is taken already (`ON CONFLICT (number) DO
 * NOTHING`: the caller draws again). On PostgreSQL the three inserts are one statement, one round
 * trip instead of three (issue 15); SQLite, where a statement costs no round trip, runs the three
 * inserts in turn (straight on the connection when `target.direct`). With `rows.answer`, the key
 * row of the keyed write is completed with its answer too, only when the filing was written: on
 * PostgreSQL in the same statement (one round trip fewer), on SQLite by one more. Every statement
 * is built and compiled once (preparedQuery).
 */
export async function insertFilingRows(target: QueryTarget, rows: NewFilingRows): Promise<boolean> {
  const filing = rows.filing as FilingValues
  const columns = columnsOf(filing)
  const events = {
    eventIds: rows.events.map(() => randomUUID()),
    seqs: rows.events.map((_, seq) => seq),
    statuses: rows.events.map((e) => e.status),
    eventNotes: rows.events.map((e) => e.note),
    ats: rows.events.map((e) => e.at),
  }
  const materials = { uploadIds: rows.materials.map((m) => m.uploadId), notes: rows.materials.map((m) => m.note) }

  const { answer } = rows
  if (target.dialect === 'postgres') {
    const answerValues: Partial<AnswerValues> = answer
      ? { answerUserId: answer.userId, answerKey: answer.key, answerStatus: answer.statusCode, answerBody: answer.body }
      : {}
    // Object.assign, not an object spread: spreading the filing's ~40 columns into a new object
    // took ~12 µs of a filing on PostgreSQL (a profile, issue 15).
    const values = Object.assign({}, filing, materials, events, answerValues)
    const { rows: inserted } = await insertAllPostgres(target, values, postgresVariant(columns, answer !== undefined))
    return Number(inserted[0]?.n ?? 0) === 1
  }

  const { numAffectedRows } = await insertFiling(target, filing, columns)
  if (numAffectedRows !== 1n) return false
  if (materials.uploadIds.length > 0) await insertMaterials(target, { filingId: rows.filing.id, ...materials })
  if (events.eventIds.length > 0) await insertEvents(target, { filingId: rows.filing.id, ...events })
  if (answer) await completeKey(target, { userId: answer.userId, key: answer.key, statusCode: answer.statusCode, body: answer.body })
  return true
}
