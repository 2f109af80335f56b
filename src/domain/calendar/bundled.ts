import { BUNDLED_SCHEDULES } from './data'
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar'

/** The calendar of the schedules shipped with the app (2025, 2026). */
export const BUNDLED_CALENDAR: WorkingDayCalendar = createWorkingDayCalendar(BUNDLED_SCHEDULES)
