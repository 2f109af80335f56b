import type { FastifyPluginAsync } from 'fastify'
import type { FilingType } from '@/domain/filing-types'
import type { FilingStatus } from '@/domain/filings'
import { currentStaff } from '@server/plugins/app/auth'
import { clientIp } from '@server/staff/actor'
import { filingCase, maskedForStaff, revealFilingPerson } from '@server/filings/staff-review'
import { previewDecision } from '@server/notifications/preview'
import { FilingCaseSchema, PreviewSchema, RevealSchema } from '@server/schemas/staff-review'
import { decideFiling, reviewFiling, reviewQueue } from '@server/filings/review'
import type { FilingParams } from '@server/schemas/filings'
import {
  GetReviewFilingSchema,
  ListReviewFilingsSchema,
  ReviewDecisionSchema,
  type ReviewDecisionBody,
  type ReviewListQuery,
} from '@server/schemas/review'

/** /api/review/filings — the reviewer queue and decisions (API.md; SPEC §7). Staff only (a staff session or the REVIEWER_TOKEN service account). */
const reviewFilings: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireReviewer)

  app.get<{ Querystring: ReviewListQuery }>('', { schema: ListReviewFilingsSchema }, async (request) => {
    const filings = await reviewQueue(app, { ...request.query, type: request.query.type as FilingType | undefined })
    // Phone numbers masked for staff too; the full data is behind …/reveal, which is logged.
    return { filings: filings.map(maskedForStaff) }
  })

  app.get<{ Params: FilingParams }>('/:id', { schema: GetReviewFilingSchema }, async (request) => {
    return maskedForStaff(await reviewFiling(app, request.params.id))
  })

  app.post<{ Params: FilingParams; Body: ReviewDecisionBody & { expectedStatus?: FilingStatus } }>(
    '/:id/decision',
    { schema: ReviewDecisionSchema },
    async (request) => {
      const view = await decideFiling(app, request.params.id, request.body, { principal: currentStaff(request), ip: clientIp(request) })
      request.log.info({ filingId: view.id, decision: request.body.decision, status: view.status }, 'filing reviewed')
      return maskedForStaff(view)
    },
  )

  app.get<{ Params: FilingParams }>('/:id/case', { schema: FilingCaseSchema }, async (request) => filingCase(app, request.params.id))

  app.post<{ Params: FilingParams }>('/:id/reveal', { schema: RevealSchema }, async (request) =>
    revealFilingPerson(app, request.params.id, { principal: currentStaff(request), ip: clientIp(request) }),
  )

  app.post<{ Params: FilingParams; Body: { decision: ReviewDecisionBody['decision']; reasons?: string[]; missingItems?: string[] } }>(
    '/:id/preview',
    { schema: PreviewSchema },
    async (request) => previewDecision(app, request.params.id, request.body),
  )
}

export default reviewFilings
