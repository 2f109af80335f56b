import type { FastifyPluginAsync } from 'fastify'
import { addMember, authorizationLetter, deleteMember, listMembers, requestAuthorization } from '@server/family/family'
import { idempotencyFor, sendStored, withIdempotency } from '@server/idempotency'
import { currentUser } from '@server/plugins/app/auth'
import type { PrivacyConsentBody } from '@server/privacy/consent'
import {
  AuthorizationLetterSchema,
  CreateAuthorizationSchema,
  CreateFamilyMemberSchema,
  DeleteFamilyMemberSchema,
  ListFamilyMembersSchema,
  type CreateAuthorizationBody,
  type CreateFamilyMemberBody,
  type IdParams,
} from '@server/schemas/family'

/** /api/family-members — the people the caller files for, and asking for their authorisation (API.md; SPEC §2 代办). */
const familyMembers: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate)

  app.get('', { schema: ListFamilyMembersSchema }, async (request) => {
    const user = currentUser(request)
    return { members: await listMembers(app, user.id) }
  })

  app.post<{ Body: CreateFamilyMemberBody & { privacyConsent?: PrivacyConsentBody } }>('', { schema: CreateFamilyMemberSchema }, async (request, reply) => {
    const user = currentUser(request)
    const response = await withIdempotency(idempotencyFor(request, app.idempotencyContext(user.id)), async (repos) => {
      const view = await addMember({ repos, now: app.now }, user.id, request.body)
      request.log.info({ userId: user.id, familyMemberId: view.id, relation: view.relation }, 'family member added')
      return { statusCode: 201, body: view }
    })
    return sendStored(reply, response)
  })

  app.delete<{ Params: IdParams }>('/:id', { schema: DeleteFamilyMemberSchema }, async (request, reply) => {
    const user = currentUser(request)
    await deleteMember(app, user.id, request.params.id)
    request.log.info({ userId: user.id, familyMemberId: request.params.id }, 'family member deleted')
    return reply.code(204).send()
  })

  app.get<{ Params: IdParams }>('/:id/authorization-letter', { schema: AuthorizationLetterSchema }, async (request) =>
    authorizationLetter(app, currentUser(request).id, request.params.id),
  )

  // No Idempotency-Key here: the answer carries the invitation token, which is never stored.
  app.post<{ Params: IdParams; Body: CreateAuthorizationBody }>(
    '/:id/authorization',
    { schema: CreateAuthorizationSchema },
    async (request, reply) => {
      const user = currentUser(request)
      const result = await requestAuthorization(app, user.id, request.params.id, request.body)
      request.log.info(
        { userId: user.id, familyMemberId: request.params.id, authorizationId: result.authorization.id, method: result.authorization.method },
        'authorization requested',
      )
      return reply.code(201).send(result)
    },
  )
}

export default familyMembers
