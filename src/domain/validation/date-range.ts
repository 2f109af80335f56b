import { cite, type Citation } from '@/domain/citation'
import { fail, ok, type Result } from '@/domain/errors'
import { chineseDateOf } from '@/domain/calendar/day-number'

/**
 * Checks on dates people type (SPEC §4, §9). Dates are China calendar dates 'YYYY-MM-DD'
 * (API.md); in that strict form they compare correctly as strings.
 */

const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/

/** Sources for the date checks. */
export const DATE_CHECK_CITATIONS = {
  range: [cite('JX_2023', '表8 备案起止时间')] as readonly Citation[],
  startVsAdmission: [cite('JX_2023', '表8 温馨提示5')] as readonly Citation[],
}

/**
 * Whether a string is a real calendar date in strict 'YYYY-MM-DD' form (SPEC §9),
 * e.g. '2024-02-29' yes, '2025-02-29', '2025-2-3' and '2025-13-01' no. Years before 1900 are refused.
 */
export function isValidDate(value: string): boolean {
  const m = DATE_FORMAT.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
}

function checkDate(value: string, label: string): Result<string> {
  if (value === '') return fail('REQUIRED', `请选择${label}`)
  if (!isValidDate(value)) return fail('DATE_INVALID', `${label}不是有效的日期，请从日历里重新选择`)
  return ok(value)
}

/**
 * 备案起止时间 (004 表8): both real dates, and the start not after the end (SPEC §9).
 * The two may be the same day.
 */
export function checkDateRange(start: string, end: string): Result<{ start: string; end: string }> {
  const s = checkDate(start, '开始日期')
  if (!s.ok) return s
  const e = checkDate(end, '结束日期')
  if (!e.ok) return e
  if (end < start) {
    return fail(
      'DATE_RANGE_INVERTED',
      `结束日期（${chineseDateOf(end)}）比开始日期（${chineseDateOf(start)}）还早，请把结束日期改到开始日期当天或以后`,
    )
  }
  return ok({ start, end })
}

/**
 * A date that has already happened, e.g. an admission date (SPEC §9: admission not in the future).
 * @param today China date 'YYYY-MM-DD' (the domain never reads a clock)
 * @param label what the date is, as the person reads it, e.g. '入院日期'
 */
export function checkNotInFuture(date: string, today: string, label = '日期'): Result<string> {
  const d = checkDate(date, label)
  if (!d.ok) return d
  if (date > today) {
    return fail('DATE_IN_FUTURE', `${label}不能晚于今天（${chineseDateOf(today)}），请选今天或以前实际发生的日期`)
  }
  return ok(date)
}

/**
 * For direct settlement of a stay already begun, the filing must start on or before the
 * admission date (SPEC §4; 004 表8 温馨提示5).
 */
export function checkStartVsAdmission(
  startDate: string,
  admittedOn: string,
): Result<{ startDate: string; admittedOn: string }> {
  const s = checkDate(startDate, '备案开始日期')
  if (!s.ok) return s
  const a = checkDate(admittedOn, '入院日期')
  if (!a.ok) return a
  if (startDate > admittedOn) {
    return fail(
      'START_AFTER_ADMISSION',
      `备案开始日期（${chineseDateOf(startDate)}）在入院日期之后，这次住院就不能直接结算。` +
        `请把备案开始日期改成入院当天（${chineseDateOf(admittedOn)}）或更早`,
    )
  }
  return ok({ startDate, admittedOn })
}
