import type { Kysely } from 'kysely'
import type { Database, ReviewDecisionsTable } from '../schema'
import type { ReviewDecision } from './filings'

/** Review decisions with who made them, for staff (the citizen's view shows only the latest, without names). */
export interface DecisionRecord {
  filingId: string
  decision: ReviewDecision
  reasons: string[]
  missingItems: string[]
  decidedAt: string
  reviewerId: string | null
  /** The reviewer's name as it was then; null for decisions made before accounts existed. */
  reviewerName: string | null
}

export function createReviewDecisionsRepository(db: Kysely<Database>) {
  const select = () =>
    db
      .selectFrom('review_decisions')
      .select(['filing_id', 'decision', 'reasons', 'missing_items', 'decided_at', 'reviewer_id', 'reviewer_name', 'seq'])

  const toRecord = (row: Omit<ReviewDecisionsTable, 'id' | 'seq'>): DecisionRecord => ({
    filingId: row.filing_id,
    decision: row.decision as ReviewDecision,
    reasons: JSON.parse(row.reasons) as string[],
    missingItems: JSON.parse(row.missing_items) as string[],
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

    /** Every decision made in [from, to) (ISO instants), oldest first. */
    async decidedBetween(from: string, to: string): Promise<DecisionRecord[]> {
      const rows = await select().where('decided_at', '>=', from).where('decided_at', '<', to).orderBy('decided_at').execute()
      return rows.map(toRecord)
    },
  }
}
