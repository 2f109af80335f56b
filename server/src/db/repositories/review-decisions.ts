import type { Kysely } from 'kysely'
import type { Database, ReviewDecisionsTable } from '../schema'
import type { CorrectableField } from '@/domain/filings'
import type { ReviewDecision } from './filings'

/** A field the person corrected when staff asked, old → new (filing_corrections). */
export interface CorrectionRecord {
  field: CorrectableField
  from: string | null
  to: string | null
  /** The instant of the 补充材料 timeline entry it came with. */
  at: string
}

/** Review decisions with who made them, for staff (the citizen's view shows only the latest, without names). */
export interface DecisionRecord {
  filingId: string
  decision: ReviewDecision
  reasons: string[]
  missingItems: string[]
  /** The fields a 补充材料 request asked to correct (CORRECTABLE_FIELDS codes); empty when none. */
  corrections: CorrectableField[]
  decidedAt: string
  reviewerId: string | null
  /** The reviewer's name as it was then; null for decisions made before accounts existed. */
  reviewerName: string | null
}

export function createReviewDecisionsRepository(db: Kysely<Database>) {
  const select = () =>
    db
      .selectFrom('review_decisions')
      .select(['filing_id', 'decision', 'reasons', 'missing_items', 'corrections', 'decided_at', 'reviewer_id', 'reviewer_name', 'seq'])

  const toRecord = (row: Omit<ReviewDecisionsTable, 'id' | 'seq'>): DecisionRecord => ({
    filingId: row.filing_id,
    decision: row.decision as ReviewDecision,
    reasons: JSON.parse(row.reasons) as string[],
    missingItems: JSON.parse(row.missing_items) as string[],
    corrections: row.corrections === null ? [] : (JSON.parse(row.corrections) as CorrectableField[]),
    decidedAt: row.decided_at,
    reviewerId: row.reviewer_id,
    reviewerName: row.reviewer_name,
  })

  return {
    /** Oldest first. */
    async listFor(filingId: string): Promise<DecisionRecord[]> {
      const rows = await select().where('filing_id', '=', filingId).orderBy('seq').execute()
      return rows.map(toRecord)
    },

    async latest(filingId: string): Promise<DecisionRecord | null> {
      const row = await select().where('filing_id', '=', filingId).orderBy('seq', 'desc').limit(1).executeTakeFirst()
      return row ? toRecord(row) : null
    },

    /** What the person corrected on this filing when staff asked, oldest first. */
    async correctionsFor(filingId: string): Promise<CorrectionRecord[]> {
      const rows = await db
        .selectFrom('filing_corrections')
        .select(['field', 'old_value', 'new_value', 'at'])
        .where('filing_id', '=', filingId)
        .orderBy('seq')
        .execute()
      return rows.map((r) => ({ field: r.field as CorrectableField, from: r.old_value, to: r.new_value, at: r.at }))
    },

    /** Every decision made in [from, to) (ISO instants), oldest first. */
    async decidedBetween(from: string, to: string): Promise<DecisionRecord[]> {
      const rows = await select().where('decided_at', '>=', from).where('decided_at', '<', to).orderBy('decided_at').execute()
      return rows.map(toRecord)
    },
  }
}
