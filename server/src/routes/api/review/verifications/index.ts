import type { FastifyPluginAsync } from 'fastify'
import type { VerificationDecisionBody } from '@/domain/verification'
import {
  GetReviewVerificationSchema,
  ListReviewVerificationsSchema,
  VerificationDecisionSchema,
  type VerificationIdParams,
  type VerificationQueueQuery,
} from '@server/schemas/verification'
import { currentStaff } from '@server/plugins/app/auth'
import { clientIp } from '@server/staff/actor'
import { decideVerification, showVerificationRequest, verificationQueue } from '@server/verification/review'

/** /api/review/verifications — staff check 实人认证 photos (issue 11). Staff only (REVIEWER_TOKEN). */
const reviewVerifications: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireReviewer)

  app.get<{ Querystring: VerificationQueueQuery }>('', { schema: ListReviewVerificationsSchema }, async (request) => {
    return { verifications: await verificationQueue(app, request.query.status ?? 'PENDING') }
  })

  app.get<{ Params: VerificationIdParams }>('/:id', { schema: GetReviewVerificationSchema }, async (request) => {
    return showVerificationRequest(app, request.params.id)
  })

  app.post<{ Params: VerificationIdParams; Body: VerificationDecisionBody }>(
    '/:id/decision',
    { schema: VerificationDecisionSchema },
    async (request) => {
      const view = await decideVerification(app, request.params.id, request.body, { principal: currentStaff(request), ip: clientIp(request) })
      request.log.info({ verificationId: view.id, decision: request.body.decision, conflict: view.conflict !== null }, 'verification reviewed')
      return view
    },
  )
}

export default reviewVerifications
