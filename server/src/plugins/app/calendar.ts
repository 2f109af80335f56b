import {
  BUNDLED_SCHEDULES,
  createWorkingDayCalendar,
  type WorkingDayCalendar,
} from '@/domain/calendar'
import { readCalendarDir } from '@server/calendar/read-calendar-dir'
import { unencapsulated } from '../unencapsulated'

declare module 'fastify' {
  interface FastifyInstance {
    /** The one working-day calendar every route uses: the bundled years plus CALENDAR_DIR's files. */
    calendar: WorkingDayCalendar
  }
}

/**
 * Builds the calendar at start: the schedules shipped with the code, then one per file in
 * CALENDAR_DIR (a file for a bundled year replaces it, e.g. a corrected notice). Start-up fails
 * on any unusable file (see readCalendarDir).
 */
export const calendarPlugin = unencapsulated<{ dir: string }>('calendar', async (app, { dir }) => {
  const files = await readCalendarDir(dir)
  for (const { file, schedule } of files) {
    const replacesBundled = BUNDLED_SCHEDULES.some((s) => s.year === schedule.year)
    app.log.info({ file, year: schedule.year, replacesBundled }, 'calendar year loaded from file')
  }
  app.decorate('calendar', createWorkingDayCalendar([...BUNDLED_SCHEDULES, ...files.map((f) => f.schedule)]))
})
