import { fail, ok, type Result } from '../errors'
import type { WorkingDayCalendar } from './working-day-calendar'
import type { YearSchedule } from './year-schedule'

/**
 * The answer of `GET /api/calendar/:year`: the State Council's schedule for a loaded year, or
 * CALENDAR_YEAR_NOT_COVERED (404) for a year not loaded.
 */
export function scheduleForYear(calendar: WorkingDayCalendar, year: number): Result<YearSchedule> {
  const schedule = Number.isInteger(year) ? calendar.schedule(year) : undefined
  if (schedule) return ok(schedule)
  return fail(
    'CALENDAR_YEAR_NOT_COVERED',
    `还没有 ${year} 年的放假安排（国务院办公厅通常在上一年 11 月前后公布）。已收录的年份：${calendar.years.join('、') || '无'}。`,
  )
}
