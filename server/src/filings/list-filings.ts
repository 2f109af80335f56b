// GET /api/filings: the person's filings as views.
import { isStanding, type FilingView } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import type { FilingRecord } from '@server/db/repositories/filings'
import { verifiedIdNumber } from '@server/verification/verify'
import { toFilingView } from './to-filing-view'
import { type FilingContext } from './filing-common'

/**
 * GET /api/filings: standing filings first, then the newest first. A verified account also sees
 * the filings made under its ID number by anyone (a family member's record included).
 */
export async function listFilings(app: FilingContext, userId: string): Promise<FilingView[]> {
  const today = chinaToday(app.now())
  const filings = await app.repos.filings.listVisible(userId, await verifiedIdNumber(app, userId))
  const details = await app.repos.filings.details(filings)
  const standing = (f: FilingRecord) => (isStanding(f.status, f.validTo, today) ? 0 : 1)
  // Array.prototype.sort is stable: the repository's newest-first order holds within each group.
  return details
    .sort((a, b) => standing(a.filing) - standing(b.filing))
    .map((d) => toFilingView(d, today, userId))
}
