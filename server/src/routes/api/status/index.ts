import type { FastifyPluginAsync } from 'fastify'
import { normalizeFilingNumber } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import type { StatusLookupRecord } from '@server/db/repositories/filing-records'
import { AppError } from '@server/errors'
import { toPublicStatusView } from '@server/filings/to-filing-view'
import { StatusLookupSchema } from '@server/schemas/status'

/** One answer for a wrong number and a wrong tail alike, so numbers cannot be probed. */
const notFound = () => new AppError(404, 'STATUS_NOT_FOUND', '没有查到这条备案：请核对备案号和参保人身份证号后 6 位，再试一次')

/**
 * GET /api/status — the public lookup by filing number + the last 6 of the subject's ID (SPEC §7).
 * The repository answers a filing's record from one statement, or the record it kept while a
 * probe shows nothing changed (findForStatusLookup); the answer to a kept record is built and
 * serialised (by the route's response schema) once a China day and kept beside it, as
 * /api/emergency-window keeps its answers (issue 15): a changed filing is a new record, and a
 * new day builds the answer again (a filing lapses by the date).
 */
const status: FastifyPluginAsync = async (app) => {
  // Keyed by the record itself: an answer goes when its record is no longer kept.
  const answers = new WeakMap<StatusLookupRecord, { today: string; body: Buffer }>()
  app.get<{ Querystring: { number: string; idTail: string } }>(
    '',
    {
      schema: StatusLookupSchema,
      config: { rateLimit: { max: app.config.statusRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const number = normalizeFilingNumber(request.query.number)
      const tail = request.query.idTail.toUpperCase()
      if (!number) throw notFound()
      const found = await app.repos.filings.findForStatusLookup(number)
      if (!found || !found.filing.subjectIdNumber.toUpperCase().endsWith(tail)) throw notFound()
      const today = chinaToday(app.now())
      let answer = answers.get(found)
      if (answer === undefined || answer.today !== today) {
        // The route's serializer answers a string (fast-json-stringify), kept as its UTF-8 bytes
        // (not encoded again for every request: ~2 µs of a lookup's CPU, as for the emergency window).
        answer = { today, body: Buffer.from(reply.serialize(toPublicStatusView(found, today)) as string) }
        answers.set(found, answer)
      }
      return reply.type('application/json; charset=utf-8').send(answer.body)
    },
  )
}

export default status
