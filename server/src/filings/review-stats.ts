import type { FastifyInstance } from 'fastify'
import { chinaDayNumberOf, chinaDayStartMs, formatDayNumber } from '@/domain/calendar/day-number'
import { FILING_TYPE_LIST, type FilingType } from '@/domain/filing-types'
import { reviewDeadline } from '@/domain/review'
import { RELEASE_REVIEWER } from '@/domain/verification'
import { workQueue } from './staff-review'

/**
 * The console's dashboard (issue 14): filings per day and type, how long reviews took (median
 * and 90th percentile, from going to review to the decision), how many decisions came within
 * the one-working-day deadline, and what is overdue now.
 */

export interface Dashboard {
  from: string
  to: string
  days: Array<{ date: string; total: number; byType: Record<FilingType, number> }>
  reviews: { count: number; medianMinutes: number | null; p90Minutes: number | null; onTime: number }
  queue: { waiting: number; overdue: number }
}

/** Nearest-rank percentile (p in (0, 100]) of numbers sorted ascending; null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null
}

const emptyByType = (): Record<FilingType, number> =>
  Object.fromEntries(FILING_TYPE_LIST.map((t) => [t, 0])) as Record<FilingType, number>

/** GET /api/review/dashboard?days=N — the last N China days, today included. */
export async function dashboard(app: FastifyInstance, dayCount: number): Promise<Dashboard> {
  const now = app.now()
  const today = chinaDayNumberOf(now)
  const firstDay = today - dayCount + 1
  const from = new Date(chinaDayStartMs(firstDay)).toISOString()
  const to = new Date(chinaDayStartMs(today + 1)).toISOString()

  const days = Array.from({ length: dayCount }, (_, i) => ({ date: formatDayNumber(firstDay + i), total: 0, byType: emptyByType() }))
  for (const f of await app.repos.reviewLookups.filingsCreatedBetween(from, to)) {
    const day = days[chinaDayNumberOf(new Date(f.createdAt)) - firstDay]
    if (!day) continue
    day.total += 1
    day.byType[f.type] += 1
  }

  // A reviewer's work only: not the filings the system approved on their filer's 实人认证.
  const decisions = (await app.repos.reviewDecisions.decidedBetween(from, to)).filter((d) => d.reviewerId !== RELEASE_REVIEWER.id)
  const filingIds = [...new Set(decisions.map((d) => d.filingId))]
  const records = (await Promise.all(filingIds.map((id) => app.repos.filings.findById(id)))).filter((r) => r !== null)
  const details = await app.repos.filings.details(records)
  const minutes: number[] = []
  let onTime = 0
  for (const d of decisions) {
    const events = details.find((x) => x.filing.id === d.filingId)?.events ?? []
    const received = events.filter((e) => e.status === 'UNDER_REVIEW' && e.at <= d.decidedAt).pop()
    if (!received) continue
    const decidedMs = Date.parse(d.decidedAt)
    minutes.push(Math.round((decidedMs - Date.parse(received.at)) / 60_000))
    if (decidedMs <= reviewDeadline(new Date(received.at), app.calendar).endsAtMs) onTime += 1
  }
  minutes.sort((a, b) => a - b)

  const queue = await workQueue(app)
  return {
    from: formatDayNumber(firstDay),
    to: formatDayNumber(today),
    days,
    reviews: { count: minutes.length, medianMinutes: percentile(minutes, 50), p90Minutes: percentile(minutes, 90), onTime },
    // Overdue among those listed: the oldest, so past the list's limit the ones not listed are the newest.
    queue: { waiting: queue.waiting, overdue: queue.items.filter((q) => q.overdue).length },
  }
}
