import { fail, ok, type Result } from '@/domain/errors'
import type { WorkingDayCalendar } from './working-day-calendar'
import type { YearSchedule } from './year-schedule'

/**
 * The answer of `GET /api/calendar/:year`: the State Council's schedule for a loaded year, or
 * CALENDAR_YEAR_NOT_COVERED (404) for a year not loaded.
 */
export function scheduleForYear(calendar: WorkingDayCalendar, year: number): Result<YearSchedule> {
  const schedule = Number.isInteger(year) ? calendar.schedule(year) : undefined
  if (schedule) return ok(schedule)
  const loaded = calendar.years.join('、') || '无'
  const earliest = Math.min(...calendar.years)
  return fail(
    'CALENDAR_YEAR_NOT_COVERED',
    year < earliest
      ? `没有收录 ${year} 年的放假安排，这里只有 ${loaded} 年的；更早的安排请查国务院办公厅当年的通知。`
      : `还没有 ${year} 年的放假安排（国务院办公厅通常在上一年 11 月前后公布）。已收录的年份：${loaded}。`,
  )
}
