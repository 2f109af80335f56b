import type { FastifyInstance } from 'fastify'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, login } from './build'
import { distinctIdNumber, verifyDev } from './verification'

/**
 * 家人代办 fixtures: a father added by his daughter (the filer, VALID_PROFILE), who accepts the
 * invitation in his own account (his 实名信息 carries the same ID number).
 */

export const FATHER = {
  name: '张建华',
  idNumber: '11010519491231002X',
  relation: 'PARENT',
  phone: '13912345678',
  insuredRegion: '440300',
  insuranceType: 'EMPLOYEE',
} as const

/** FATHER with an ID number of his own in this test file (masked the same): one account may verify each ID. */
export function aFather(): typeof FATHER {
  return { ...FATHER, idNumber: distinctIdNumber(FATHER.idNumber) as typeof FATHER.idNumber }
}

/** Other valid ID numbers (right check digits). */
export const OTHER_IDS = ['440300195501011236', '450200196005052347', '320500197007073450', '110101198008084565', '110101198510105675', '110101199001016783'] as const

export async function addMember(app: FastifyInstance, token: string, body: Record<string, unknown> = FATHER) {
  const response = await app.inject({ method: 'POST', url: '/api/family-members', headers: bearer(token), payload: { ...PRIVACY_CONSENT, ...body } })
  if (response.statusCode !== 201) throw new Error(`add member failed: ${response.statusCode} ${response.body}`)
  return response.json()
}

export const authorize = (app: FastifyInstance, token: string, memberId: string, body: Record<string, unknown> = { method: 'INVITATION' }) =>
  app.inject({ method: 'POST', url: `/api/family-members/${memberId}/authorization`, headers: bearer(token), payload: body })

export async function invite(app: FastifyInstance, token: string, memberId: string): Promise<{ token: string; authorizationId: string }> {
  const response = await authorize(app, token, memberId)
  if (response.statusCode !== 201) throw new Error(`invite failed: ${response.statusCode} ${response.body}`)
  const body = response.json()
  return { token: body.invitation.token, authorizationId: body.authorization.id }
}

export const accept = (app: FastifyInstance, token: string, invitationToken: string) =>
  app.inject({ method: 'POST', url: `/api/invitations/${invitationToken}/accept`, headers: bearer(token) })

/** A logged-in user whose 实名信息 is `person` (name, ID number, 参保地), verified (dev) unless `verified` is false. */
export async function personWithProfile(
  app: FastifyInstance,
  person: { name: string; idNumber: string; insuredRegion?: string },
  options: { verified?: boolean } = {},
): Promise<{ token: string; userId: string }> {
  const user = await login(app)
  const response = await app.inject({
    method: 'PUT',
    url: '/api/me/profile',
    headers: bearer(user.token),
    payload: { ...VALID_PROFILE, phone: '13900000000', insuredRegion: FATHER.insuredRegion, ...person, ...PRIVACY_CONSENT },
  })
  if (response.statusCode !== 200) throw new Error(`profile failed: ${response.statusCode} ${response.body}`)
  if (options.verified !== false) await verifyDev(app, user.token)
  return user
}

/**
 * A filer (the daughter, VALID_PROFILE), her father as a family member, and the father's own
 * account that accepted her invitation; each with an ID number of their own and verified. `insuredRegion` is the father's 参保地 (member and profile).
 */
export async function authorizedFamily(app: FastifyInstance, insuredRegion: string = FATHER.insuredRegion) {
  const father = aFather()
  const proxyIdNumber = distinctIdNumber(VALID_PROFILE.idNumber)
  const proxy = await personWithProfile(app, { name: VALID_PROFILE.name, idNumber: proxyIdNumber, insuredRegion: VALID_PROFILE.insuredRegion })
  const member = await addMember(app, proxy.token, { ...father, insuredRegion })
  const invitation = await invite(app, proxy.token, member.id)
  const principal = await personWithProfile(app, { name: father.name, idNumber: father.idNumber, insuredRegion })
  const accepted = await accept(app, principal.token, invitation.token)
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`)
  return { proxy, proxyIdNumber, principal, member, authorizationId: invitation.authorizationId }
}

export const forMember = (memberId: string) => ({ subject: { familyMemberId: memberId } })
