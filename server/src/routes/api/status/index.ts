import type { FastifyPluginAsync } from 'fastify'
import { normalizeFilingNumber, type PublicStatusView } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import { AppError } from '@server/errors'
import { toPublicStatusView } from '@server/filings/to-filing-view'
import { StatusLookupSchema } from '@server/schemas/status'

/** One answer for a wrong number and a wrong tail alike, so numbers cannot be probed. */
const notFound = () => new AppError(404, 'STATUS_NOT_FOUND', '没有查到这条备案：请核对备案号和参保人身份证号后 6 位，再试一次')

/** GET /api/status — the public lookup by filing number + the last 6 of the subject's ID (SPEC §7), one statement. */
const status: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { number: string; idTail: string } }>(
    '',
    {
      schema: StatusLookupSchema,
      config: { rateLimit: { max: app.config.statusRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request): Promise<PublicStatusView> => {
      const number = normalizeFilingNumber(request.query.number)
      const tail = request.query.idTail.toUpperCase()
      if (!number) throw notFound()
      const found = await app.repos.filings.findForStatusLookup(number)
      if (!found || !found.filing.subjectIdNumber.toUpperCase().endsWith(tail)) throw notFound()
      return toPublicStatusView(found, chinaToday(app.now()))
    },
  )
}

export default status
