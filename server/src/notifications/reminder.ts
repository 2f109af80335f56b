import { chinaDayStartMs, parseDayNumber, type WorkingDayCalendar } from '../../../src/domain/calendar'

const NINE_HOURS_MS = 9 * 3_600_000

/**
 * When to remind someone of an emergency-filing deadline: 09:00 China time on the working day
 * before the last day (SPEC §6: only working days count, make-up days included), so there is a
 * whole working day left to act. Null when that moment has already passed (no reminder then).
 * @param deadline the window's last day, YYYY-MM-DD
 */
export function deadlineReminderDue(deadline: string, calendar: WorkingDayCalendar, now: Date): Date | null {
  const last = parseDayNumber(deadline)
  if (Number.isNaN(last)) return null
  let day = last - 1
  // A working day always comes within a few weeks, even across the longest holiday.
  for (let i = 0; i < 60 && !calendar.isWorkingDayNumber(day); i += 1) day -= 1
  const due = new Date(chinaDayStartMs(day) + NINE_HOURS_MS)
  return due.getTime() > now.getTime() ? due : null
}
