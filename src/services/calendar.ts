import {
  BUNDLED_SCHEDULES,
  createWorkingDayCalendar,
  parseYearSchedule,
  type WorkingDayCalendar,
  type YearSchedule,
} from '@/domain/calendar'
import { useCalendarStore } from '@/stores/use-calendar-store'
import { request } from './http'

let built: { from: readonly YearSchedule[]; calendar: WorkingDayCalendar } | null = null

/**
 * The working-day calendar to count with: the years shipped with the app plus those fetched from
 * the server, the server's copy winning for the same year (it may carry a corrected notice).
 */
export function currentCalendar(): WorkingDayCalendar {
  const cached = useCalendarStore.getState().schedules
  if (built?.from !== cached) {
    built = { from: cached, calendar: createWorkingDayCalendar([...BUNDLED_SCHEDULES, ...cached]) }
  }
  return built.calendar
}

async function fetchYear(year: number): Promise<void> {
  try {
    const parsed = parseYearSchedule(await request<unknown>(`/api/calendar/${year}`, { anonymous: true }))
    // An answer that does not check out is not kept: the bundled or earlier copy stays in use.
    if (parsed.ok && parsed.value.year === year) useCalendarStore.getState().addSchedule(parsed.value)
  } catch {
    // Offline, or the server has no such year (404): go on with what we have. The rules mark an
    // answer provisional when a year it needs is missing, so nothing is silently wrong.
  }
}

const pending = new Map<number, Promise<WorkingDayCalendar>>()

/**
 * Asks the server for a year's official schedule and keeps it (persisted), then answers the
 * current calendar. Never rejects: without the server the app keeps its bundled and cached years.
 */
export function loadCalendar(year: number): Promise<WorkingDayCalendar> {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return Promise.resolve(currentCalendar())
  let loading = pending.get(year)
  if (!loading) {
    loading = fetchYear(year)
      .then(currentCalendar)
      .finally(() => pending.delete(year))
    pending.set(year, loading)
  }
  return loading
}
