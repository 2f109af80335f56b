import type { FastifyPluginAsync } from 'fastify'
import { acceptInvitation, showInvitation } from '@server/family/family'
import { currentUser } from '@server/plugins/app/auth'
import { AcceptInvitationSchema, GetInvitationSchema, type TokenParams } from '@server/schemas/family'

/** /api/invitations/:token — the family member sees who asks, and accepts in their own account (API.md). */
const invitations: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate)

  app.get<{ Params: TokenParams }>('/:token', { schema: GetInvitationSchema }, async (request) => {
    const user = currentUser(request)
    return showInvitation(app, user.id, request.params.token)
  })

  app.post<{ Params: TokenParams }>('/:token/accept', { schema: AcceptInvitationSchema }, async (request) => {
    const user = currentUser(request)
    const view = await acceptInvitation(app, user.id, request.params.token)
    request.log.info({ userId: user.id }, 'invitation accepted')
    return view
  })
}

export default invitations
