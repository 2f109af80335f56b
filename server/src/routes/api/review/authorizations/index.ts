import type { FastifyPluginAsync } from 'fastify'
import { currentStaff } from '@server/plugins/app/auth'
import { clientIp } from '@server/staff/actor'
import { revealAuthorizationPeople } from '@server/filings/staff-review'
import { RevealSchema } from '@server/schemas/staff-review'
import { authorizationQueue, decideAuthorization } from '@server/family/family'
import {
  AuthorizationDecisionSchema,
  ListReviewAuthorizationsSchema,
  type AuthorizationDecisionBody,
  type AuthorizationQueueQuery,
  type IdParams,
} from '@server/schemas/family'

/** /api/review/authorizations — staff check 授权委托书 (SPEC §2, §7). Staff only (REVIEWER_TOKEN). */
const reviewAuthorizations: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireReviewer)

  app.get<{ Querystring: AuthorizationQueueQuery }>('', { schema: ListReviewAuthorizationsSchema }, async (request) => {
    return { authorizations: await authorizationQueue(app, request.query.status ?? 'PENDING_REVIEW') }
  })

  app.post<{ Params: IdParams; Body: AuthorizationDecisionBody }>(
    '/:id/decision',
    { schema: AuthorizationDecisionSchema },
    async (request) => {
      const view = await decideAuthorization(app, request.params.id, request.body, { principal: currentStaff(request), ip: clientIp(request) })
      request.log.info({ authorizationId: view.id, decision: request.body.decision, status: view.status }, 'authorization reviewed')
      return view
    },
  )

  app.post<{ Params: IdParams }>('/:id/reveal', { schema: RevealSchema }, async (request) =>
    revealAuthorizationPeople(app, request.params.id, { principal: currentStaff(request), ip: clientIp(request) }),
  )
}

export default reviewAuthorizations
