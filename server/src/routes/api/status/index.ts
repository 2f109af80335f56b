import type { FastifyPluginAsync } from 'fastify'
import { normalizeFilingNumber, proxySignedLine, validityPeriod, type FilingStatus, type PublicStatusView } from '../../../../../src/domain/filings'
import { chinaToday } from '../../../../../src/domain/time/china-date'
import { AppError } from '../../../errors'
import { toFilingView } from '../../../filings/to-filing-view'
import { maskIdNumber, maskName } from '../../../logging/mask'
import { StatusLookupSchema } from '../../../schemas/status'

const ALL_STATUSES: FilingStatus[] = []

/** One answer for a wrong number and a wrong tail alike, so numbers cannot be probed. */
const notFound = () => new AppError(404, 'STATUS_NOT_FOUND', '没有查到这条备案：请核对备案号和参保人身份证号后 6 位，再试一次')

/** GET /api/status — the public lookup by filing number + the last 6 of the subject's ID (SPEC §7). */
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
      const [filing] = await app.repos.filings.listForReview({ statuses: ALL_STATUSES, number })
      if (!filing || !filing.subjectIdNumber.toUpperCase().endsWith(tail)) throw notFound()
      const [details] = await app.repos.filings.details([filing])
      const view = toFilingView(details, chinaToday(app.now()), '')
      return {
        number: view.number,
        typeName: view.typeName,
        status: view.status,
        statusLabel: view.statusLabel,
        subject: { nameMasked: maskName(filing.subjectName), idNumberMasked: maskIdNumber(filing.subjectIdNumber) },
        destination: { name: view.destination.name },
        validFrom: view.validFrom,
        validTo: view.validTo,
        validity: validityPeriod(view),
        commitmentSignedBy: filing.commitment?.signer
          ? proxySignedLine({ name: maskName(filing.commitment.signer.name), relation: filing.commitment.signer.relation })
          : null,
        timeline: view.timeline.map(({ status: s, label, at }) => ({ status: s, label, at })),
        missingItems: view.status === 'NEEDS_MATERIALS' ? (view.review?.missingItems ?? []) : [],
      }
    },
  )
}

export default status
