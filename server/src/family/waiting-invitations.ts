import type { FastifyInstance } from 'fastify'
import type { InvitationView, WaitingInvitationView } from '@/domain/family'
import { isVerified } from '@server/verification/verify'
import { acceptFound, invitationNotFound, invitationView, type FoundInvitation } from './family'

/**
 * Invitations that wait on the caller (issue 13: a home-page card): pending and unexpired, for a
 * live family member whose ID number is the one in the caller's own 实名信息 — and only once that
 * 实名信息 passed 实人认证, so typing someone else's ID number into an unverified profile shows
 * nothing. Invitations the caller sent themselves are left out. Oldest first.
 */
async function waitingFor(app: FastifyInstance, userId: string): Promise<FoundInvitation[]> {
  const own = await app.repos.profiles.findByUserId(userId)
  if (!own || !(await isVerified(app, userId, own))) return []
  const rows = await app.repos.family.listWaitingInvitations(own.idNumber, app.now())
  const mine = rows.filter((r) => r.authorization.proxyUserId !== userId)
  return Promise.all(
    mine.map(async (r) => ({ ...r, proxy: await app.repos.profiles.findByUserId(r.authorization.proxyUserId) })),
  )
}

/** GET /api/invitations — the caller's waiting invitations: who asks (full name, kin word) and the id to accept by. */
export async function listWaitingInvitations(app: FastifyInstance, userId: string): Promise<WaitingInvitationView[]> {
  const now = app.now()
  return (await waitingFor(app, userId)).map((found) => ({ id: found.authorization.id, ...invitationView(found, now, [], app.calendar) }))
}

/**
 * GET /api/invitations/waiting/:id — one of them, as GET /api/invitations/:token shows it; any
 * other id (someone else's, accepted, expired, replaced, unknown) is the same 404 INVITATION_NOT_FOUND.
 */
export async function showWaitingInvitation(app: FastifyInstance, userId: string, id: string): Promise<InvitationView> {
  const found = (await waitingFor(app, userId)).find((f) => f.authorization.id === id)
  if (!found) throw invitationNotFound()
  return invitationView(found, app.now(), [], app.calendar)
}

/** POST /api/invitations/waiting/:id/accept — accepts one of them, with every check of the token path. */
export async function acceptWaitingInvitation(app: FastifyInstance, userId: string, id: string): Promise<InvitationView> {
  const found = (await waitingFor(app, userId)).find((f) => f.authorization.id === id) ?? null
  return acceptFound(app, userId, found)
}
