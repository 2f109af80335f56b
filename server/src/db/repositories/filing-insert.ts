import { randomUUID } from 'node:crypto'
import { sql, type Insertable, type Transaction } from 'kysely'
import type { FilingStatus } from '@/domain/filings'
import type { Database, Dialect, FilingsTable } from '../schema'

/** What one new filing writes besides its row: its materials (each once) and its first timeline entries. */
export interface NewFilingRows {
  filing: Insertable<FilingsTable> & { id: string; number: string }
  /** Upload ids with the note written on each (null: none); each id at most once. */
  materials: ReadonlyArray<{ uploadId: string; note: string | null }>
  /** Timeline entries with seq 0, 1, … in this order (notes already clipped). */
  events: ReadonlyArray<{ status: FilingStatus; note: string | null; at: string }>
}

/**
 * Writes a new filing's row, materials and first events inside `trx`; false (nothing written)
 * when its number is taken already (`ON CONFLICT (number) DO NOTHING`: the caller draws again).
 * On PostgreSQL the three inserts are ONE statement (data-modifying CTEs: materials and events
 * are selected from the filing insert's RETURNING, so nothing is written without the filing row),
 * one round trip instead of three (issue 15); SQLite, where a statement costs no round trip,
 * runs the three inserts in turn.
 */
export async function insertFilingRows(trx: Transaction<Database>, dialect: Dialect, rows: NewFilingRows): Promise<boolean> {
  const filingInsert = trx
    .insertInto('filings')
    .values(rows.filing)
    .onConflict((oc) => oc.column('number').doNothing())
  const eventRows = rows.events.map((e, seq) => ({ id: randomUUID(), seq, ...e }))

  if (dialect === 'postgres') {
    const materials =
      rows.materials.length === 0
        ? sql``
        : sql`, m as (insert into filing_materials (filing_id, upload_id, note)
            select f.id, v.upload_id, v.note from f cross join (values ${sql.join(rows.materials.map((m) => sql`(${m.uploadId}, ${m.note})`))}) as v(upload_id, note)
            on conflict (filing_id, upload_id) do nothing)`
    const events =
      eventRows.length === 0
        ? sql``
        : sql`, e as (insert into filing_events (id, filing_id, seq, status, note, at)
            select v.id, f.id, v.seq, v.status, v.note, v.at from f cross join (values ${sql.join(
              eventRows.map((e) => sql`(${e.id}, cast(${e.seq} as integer), ${e.status}, ${e.note}, ${e.at})`),
            )}) as v(id, seq, status, note, at))`
    const { rows: inserted } = await sql<{ n: number }>`with f as (${filingInsert.returning('id')})${materials}${events}
      select cast(count(*) as integer) as n from f`.execute(trx)
    return Number(inserted[0]?.n ?? 0) === 1
  }

  const { numInsertedOrUpdatedRows } = await filingInsert.executeTakeFirst()
  if (numInsertedOrUpdatedRows !== 1n) return false
  if (rows.materials.length > 0) {
    await trx
      .insertInto('filing_materials')
      .values(rows.materials.map((m) => ({ filing_id: rows.filing.id, upload_id: m.uploadId, note: m.note })))
      .onConflict((oc) => oc.columns(['filing_id', 'upload_id']).doNothing())
      .execute()
  }
  if (eventRows.length > 0) {
    await trx
      .insertInto('filing_events')
      .values(eventRows.map((e) => ({ id: e.id, filing_id: rows.filing.id, seq: e.seq, status: e.status, note: e.note, at: e.at })))
      .execute()
  }
  return true
}
