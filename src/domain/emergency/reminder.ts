import { chinaDayStartMs, parseDayNumber, previousWorkingDayNumber, type WorkingDayCalendar } from '@/domain/calendar'

const NINE_HOURS_MS = 9 * 3_600_000

/**
 * When to remind someone of an emergency-filing deadline: 09:00 China time on the working day
 * before the last day (SPEC §6: only working days count, make-up days included), so there is a
 * whole working day left to act. Null when that moment is not after `now` (no reminder then).
 * @param deadline the window's last day, 'YYYY-MM-DD'; null answer for text that is not a date
 * @param now the current instant (the domain reads no clock)
 */
export function deadlineReminderDue(deadline: string, calendar: WorkingDayCalendar, now: Date): Date | null {
  const last = parseDayNumber(deadline)
  if (Number.isNaN(last)) return null
  const due = new Date(chinaDayStartMs(previousWorkingDayNumber(calendar, last)) + NINE_HOURS_MS)
  return due.getTime() > now.getTime() ? due : null
}
