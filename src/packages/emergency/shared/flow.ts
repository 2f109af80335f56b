import { chineseDateOf, chineseMonthDayOf } from '@/domain/calendar/day-number'
import { useEffect, useMemo } from 'react'
import { formatDayNumber, isDateString, parseDayNumber } from '@/domain/calendar'
import type { CreateFilingBody, EmergencyDetails, FilingSubject } from '@/domain/filings'
import type { PolicyProfile } from '@/domain/profiles'
import { EMERGENCY_TRIP_MAX_MONTHS, computeEmergencyWindow, type EmergencyWindow } from '@/domain/rules'
import { currentCalendar, loadCalendar } from '@/services/calendar'
import { useCalendarStore } from '@/stores/use-calendar-store'
import type { EmergencyDraft, EmergencyStep } from '@/stores/use-emergency-draft-store'
import { destinationOf } from '@/packages/filing/shared/flow'
import { openPage } from '@/lib/navigation'

export { newIdempotencyKey } from '@/packages/filing/shared/flow'

const PAGES: Record<EmergencyStep, string> = {
  start: '/packages/emergency/pages/start/index',
  details: '/packages/emergency/pages/details/index',
  materials: '/packages/emergency/pages/materials/index',
  review: '/packages/emergency/pages/review/index',
}

export const AFTER_WINDOW_URL = '/packages/emergency/pages/after-window/index'
/** A filing in 我的备案 (another flow's page: its URL, not its code). */
export const filingDetailUrl = (id: string) => `/packages/mine/pages/detail/index?id=${encodeURIComponent(id)}`
export const OTHER_TYPES_URL = '/packages/filing/pages/start/index'

/** Goes to a step of the emergency flow. */
export function goToStep(step: EmergencyStep) {
  openPage(PAGES[step])
}

/** Past the window: what to do instead (nothing secret in the URL; that page recomputes). */
export function goAfterWindow() {
  openPage(AFTER_WINDOW_URL)
}

export const STEP_NAMES: Record<EmergencyStep, string> = {
  start: '能不能办',
  details: '填住院信息',
  materials: '拍材料',
  review: '确认提交',
}

/** The four steps as the step bar names them. */
export const EMERGENCY_STEPS = ['能办吗', '填信息', '拍材料', '确认提交'] as const

/** The ≤ 3 months away answer as the domain asks it: the trip check needs a date, the page asks a question. */
export const AWAY_LENGTHS = {
  UP_TO_3_MONTHS: `${EMERGENCY_TRIP_MAX_MONTHS} 个月以内`,
  MORE: `超过 ${EMERGENCY_TRIP_MAX_MONTHS} 个月`,
} as const

/** Only what the emergency part of the filing carries (API.md, filing-view.ts EmergencyDetails). */
export function emergencyDetailsOf(draft: EmergencyDraft): EmergencyDetails {
  return {
    admittedOn: draft.admittedOn,
    leftOn: draft.leftOn || null,
    dischargedOn: null,
    awayReason: draft.awayReason!,
    hospitalName: draft.hospitalName.trim(),
    diagnosis: draft.diagnosis.trim(),
    criteria: [...draft.criteria],
  }
}

/** The request body for an emergency draft (API.md POST /api/filings, type EMERGENCY). */
export function submissionOf(draft: EmergencyDraft, subject: FilingSubject): CreateFilingBody {
  return {
    type: 'EMERGENCY',
    subject,
    destination: destinationOf(draft.destination),
    startDate: draft.admittedOn,
    contacts: {
      phone1: draft.phone1.replace(/[\s-]/g, ''),
      phone2: draft.phone2.trim() || null,
      addressAtDestination: '',
    },
    materials: draft.uploads.map((u) => u.id),
    emergency: emergencyDetailsOf(draft),
  }
}

/**
 * The window for an admission under the person's profile, recomputed whenever a calendar year
 * arrives from the server. Asks the server for the admission year (and the next one, which a
 * window opened in late December runs into) so its official calendar is used when there is one.
 * Null while there is no valid admission date; the domain's refusal otherwise (e.g. in the future).
 */
export function useEmergencyWindow(
  admittedOn: string,
  profile: PolicyProfile | null,
  now: Date,
  dischargedOn?: string,
) {
  const schedules = useCalendarStore((s) => s.schedules)
  const valid = isDateString(admittedOn)
  const year = valid ? Number(admittedOn.slice(0, 4)) : null

  useEffect(() => {
    if (year === null) return
    void loadCalendar(year)
    if (admittedOn.slice(5) >= '12-01') void loadCalendar(year + 1)
  }, [year, admittedOn])

  return useMemo(() => {
    if (!valid || !profile) return null
    return computeEmergencyWindow({ admittedOn, profile, calendar: currentCalendar(), now, dischargedOn })
    // schedules: a year fetched from the server changes currentCalendar().
  }, [valid, admittedOn, profile, now, dischargedOn, schedules])
}

/** '2025 年 10 月 10 日' from '2025-10-10' (the domain's chineseDateOf). */
export const chineseDate = chineseDateOf

/** '10 月 10 日' from '2025-10-10' (the domain's chineseMonthDayOf). */
export const chineseMonthDay = chineseMonthDayOf

/** '国庆节、中秋节放假，截止日顺延至 10 月 10 日' — null when no holiday stretched the window. */
export function extensionLine(w: EmergencyWindow): string | null {
  if (w.extendedBy.length === 0 || !w.deadline) return null
  return `${w.extendedBy.map((e) => e.name).join('、')}放假，截止日顺延至 ${chineseMonthDay(w.deadline)}`
}

/**
 * The earliest admission (or departure) date offered by the date buttons: one year before `date`.
 * Older admissions are long past every window; the after-window page covers them.
 */
export function admissionMin(date: string): string {
  return formatDayNumber(parseDayNumber(date) - 365)
}
