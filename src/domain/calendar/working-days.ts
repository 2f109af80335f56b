import type { WorkingDayCalendar } from './working-day-calendar'

/** No year has more than a few weeks without a working day; a calendar that does is broken. */
const LONGEST_BREAK_DAYS = 366

/**
 * The last working day strictly before `dayNumber` (SPEC §6: only working days count, make-up
 * working days included; 国务院办公厅 放假安排). Throws when the calendar has no working day in
 * the year before it — a broken calendar, never a silent guess.
 */
export function previousWorkingDayNumber(calendar: WorkingDayCalendar, dayNumber: number): number {
  for (let day = dayNumber - 1; day >= dayNumber - LONGEST_BREAK_DAYS; day -= 1) {
    if (calendar.isWorkingDayNumber(day)) return day
  }
  throw new Error(`no working day in the ${LONGEST_BREAK_DAYS} days before day ${dayNumber}: the calendar is broken`)
}
