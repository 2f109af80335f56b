import { formatDayNumber, lastDayOfMonthsPeriod, parseDayNumber } from '@/domain/calendar/day-number'
import { cite, type Citation } from '@/domain/citation'
import { FILING_TYPE_INFO, type FilingType } from '@/domain/filing-types'
import type { PolicyProfile } from '@/domain/profiles'

/** Whether the form asks for an end date, and the earliest one allowed (SPEC §4). */
export interface EndDateRule {
  asked: boolean
  /** The earliest end date for a given start date (also the default); null when not asked. */
  minimumFor: (startDate: string) => string | null
  /** The latest end date for a given start date (the profile's maximum); null when not asked. */
  maximumFor: (startDate: string) => string | null
  explanation: string
  citations: readonly Citation[]
}

const endOfMonths = (start: string, months: number): string | null => {
  const day = parseDayNumber(start)
  return Number.isNaN(day) ? null : formatDayNumber(lastDayOfMonthsPeriod(day, months))
}

const monthsRule = (months: number, citations: readonly Citation[], profile: PolicyProfile): EndDateRule => {
  const max = profile.temporaryValidity
  return {
    asked: true,
    minimumFor: (start) => endOfMonths(start, months),
    maximumFor: (start) => endOfMonths(start, Math.max(max.maxMonths, months)),
    explanation:
      `临时外出就医备案至少有效 ${months} 个月，结束日期最早是开始后满 ${months} 个月的前一天，可以选更晚，` +
      `最晚到开始后满 ${Math.max(max.maxMonths, months)} 个月的前一天。${max.maxText}`,
    citations,
  }
}

/**
 * The end-date rule for a filing type under a profile: long-term filings are open-ended,
 * temporary ones last at least the profile's months (002 第十条) and end at the latest after the
 * profile's maximum (temporaryValidity.maxMonths, default 12: a product choice, see the profile); a fixed-days referral
 * (Yangjiang, 003 第九条(四)) asks no end date: the days decide it.
 */
export function endDateRule(type: FilingType, profile: PolicyProfile): EndDateRule {
  if (!FILING_TYPE_INFO[type].hasEndDate) {
    return {
      asked: false,
      minimumFor: () => null,
      maximumFor: () => null,
      explanation: type === 'EMERGENCY' ? '急诊备案只对这一次住院有效。' : '长期备案不用填结束日期，一直有效，直到变更或取消。',
      citations: [cite('JS_2022', '第十条')],
    }
  }
  if (type === 'REFERRAL') {
    const r = profile.referralValidity
    if (r.kind === 'DAYS') {
      return { asked: false, minimumFor: () => null, maximumFor: () => null, explanation: `转诊备案有效 ${r.days} 天，不用填结束日期。`, citations: r.citations }
    }
    return monthsRule(r.months, r.citations, profile)
  }
  return monthsRule(profile.temporaryValidity.minMonths, profile.temporaryValidity.citations, profile)
}
