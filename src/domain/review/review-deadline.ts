import type { Citation } from '@/domain/citation'
import { DEFAULT_PROFILE, type ReviewPolicy, type SettingScope } from '@/domain/profiles'
import { chinaDayNumberOf, chinaDayStartMs, formatDayNumber, yearOfDayNumber } from '@/domain/calendar/day-number'
import type { WorkingDayCalendar } from '@/domain/calendar/working-day-calendar'

export { REVIEW_WORKING_DAYS } from './review-working-days'

export interface ReviewDeadline {
  /** The last day ('YYYY-MM-DD', China date). */
  deadline: string
  /** The instant that day ends: 24:00 China time, ISO 8601 UTC. */
  endsAtMs: number
  endsAt: string
  /** True when the count runs through a year the calendar has no official schedule for. */
  provisional: boolean
  /** REGIONAL: the 参保地's own time limit; DEFAULT: its rule is not collected, the product's one applies. */
  scope: SettingScope
  /** The 参保地's own documents for the time limit; none when `scope` is DEFAULT (no other place's documents). */
  citations: readonly Citation[]
  /** The working days it was counted by (the 参保地's review setting), for saying so: 1 个工作日. */
  workingDays: number
}

/**
 * The one-working-day review deadline of something received at `receivedAt`: the day of receipt
 * does not count (民法典 第二百零一条), so it is the end (24:00 China time) of the first working
 * day after the China date of receipt — received Friday, decide by Monday 24:00; received the
 * day before a holiday, by the first working day after it (make-up working days count).
 * @param receivedAt when the filing went to review (or came back with the materials asked for)
 * @param calendar the working-day calendar (src/domain/calendar)
 * @param policy the 参保地's review setting (`profileFor(insuredRegion).review`); the default one when left out
 */
export function reviewDeadline(receivedAt: Date, calendar: WorkingDayCalendar, policy: ReviewPolicy = DEFAULT_PROFILE.review): ReviewDeadline {
  let day = chinaDayNumberOf(receivedAt)
  let provisional = false
  let counted = 0
  while (counted < policy.workingDays) {
    day += 1
    if (!calendar.isCovered(yearOfDayNumber(day))) provisional = true
    if (calendar.isWorkingDayNumber(day)) counted += 1
  }
  const endsAtMs = chinaDayStartMs(day + 1)
  return {
    deadline: formatDayNumber(day),
    endsAtMs,
    endsAt: new Date(endsAtMs).toISOString(),
    provisional,
    scope: policy.scope,
    citations: policy.scope === 'REGIONAL' ? policy.citations : [],
    workingDays: policy.workingDays,
  }
}

export interface TimeLeft {
  overdue: boolean
  /** Whole minutes left (negative once overdue). */
  minutes: number
  /** '还剩 5 小时 20 分' / '已超时 1 天 3 小时'. */
  text: string
}

/** Time from `now` to a deadline's end, in words for the queue. */
export function timeLeft(endsAtMs: number, now: Date): TimeLeft {
  const minutes = Math.floor((endsAtMs - now.getTime()) / 60_000)
  const overdue = endsAtMs <= now.getTime()
  const span = Math.abs(overdue ? Math.ceil((endsAtMs - now.getTime()) / 60_000) : minutes)
  const days = Math.floor(span / 1440)
  const hours = Math.floor((span % 1440) / 60)
  const mins = span % 60
  const parts = days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${mins} 分` : `${mins} 分`
  return { overdue, minutes, text: overdue ? `已超时 ${parts}` : `还剩 ${parts}` }
}
