import type { FastifyPluginAsync } from 'fastify'
import { scheduleForYear } from '@/domain/calendar'
import { fromDomain } from '@server/errors'
import { CalendarSchema, type CalendarParams } from '@server/schemas/calendar'

/** A year changes only when the server restarts with a new file in CALENDAR_DIR. */
const CACHE_CONTROL = 'public, max-age=3600'

/** GET /api/calendar/:year — the State Council's schedule, from the server's one calendar. */
const calendar: FastifyPluginAsync = async (app) => {
  app.get<{ Params: CalendarParams }>('/:year', { schema: CalendarSchema }, async (request, reply) => {
    const result = scheduleForYear(app.calendar, Number(request.params.year))
    if (!result.ok) throw fromDomain(result)
    reply.header('cache-control', CACHE_CONTROL)
    return result.value
  })
}

export default calendar
