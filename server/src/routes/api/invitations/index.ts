import type { FastifyPluginAsync } from 'fastify'
import { acceptInvitation, showInvitation } from '@server/family/family'
import { acceptWaitingInvitation, listWaitingInvitations, showWaitingInvitation } from '@server/family/waiting-invitations'
import { currentUser } from '@server/plugins/app/auth'
import {
  AcceptInvitationSchema,
  AcceptWaitingInvitationSchema,
  GetInvitationSchema,
  GetWaitingInvitationSchema,
  ListWaitingInvitationsSchema,
  type IdParams,
  type TokenParams,
} from '@server/schemas/family'

/** /api/invitations/:token — the family member sees who asks, and accepts in their own account (API.md). */
const invitations: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate)

  // Issue 13: the invitations waiting on the caller, for a card on the home page.
  app.get('', { schema: ListWaitingInvitationsSchema }, async (request) => {
    const user = currentUser(request)
    return { invitations: await listWaitingInvitations(app, user.id) }
  })

  app.get<{ Params: IdParams }>('/waiting/:id', { schema: GetWaitingInvitationSchema }, async (request) => {
    const user = currentUser(request)
    return showWaitingInvitation(app, user.id, request.params.id)
  })

  app.post<{ Params: IdParams }>('/waiting/:id/accept', { schema: AcceptWaitingInvitationSchema }, async (request) => {
    const user = currentUser(request)
    const view = await acceptWaitingInvitation(app, user.id, request.params.id)
    request.log.info({ userId: user.id }, 'invitation accepted (from the home card)')
    return view
  })

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
