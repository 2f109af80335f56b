import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody } from '../../helpers/build'
import { OTHER_IDS, aFather, addMember, invite, personWithProfile } from '../../helpers/family'
import { filer } from '../../helpers/filings'

// GET /api/invitations (issue 13: a home-page card for an invitation waiting on the person), and
// opening / accepting one by its id. Clock: 2025-09-29 10:00 China time. Runs on both databases.
const NOW = new Date('2025-09-29T02:00:00Z')
let app: FastifyInstance
let now = NOW

beforeAll(async () => {
  app = await buildTestApp({ now: () => now, env: { SESSION_TTL_SECONDS: String(365 * 24 * 3600) } })
})

afterEach(() => {
  now = NOW
})

const waiting = async (token: string) => {
  const response = await app.inject({ method: 'GET', url: '/api/invitations', headers: bearer(token) })
  expect(response.statusCode).toBe(200)
  return response.json().invitations
}
const show = (token: string, id: string) => app.inject({ method: 'GET', url: `/api/invitations/waiting/${id}`, headers: bearer(token) })
const acceptById = (token: string, id: string) =>
  app.inject({ method: 'POST', url: `/api/invitations/waiting/${id}/accept`, headers: bearer(token), payload: {} })

/** A daughter (the proxy) who added her father and invited him; the father's own verified account. */
async function invitedFather() {
  const proxy = await filer(app)
  const dad = aFather()
  const member = await addMember(app, proxy.token, dad)
  const invitation = await invite(app, proxy.token, member.id)
  const father = await personWithProfile(app, { name: dad.name, idNumber: dad.idNumber })
  // The kin word from the proxy's sex (17th digit of her ID: odd → 儿子, even → 女儿).
  const kin = Number(proxy.idNumber[16]) % 2 === 1 ? '儿子' : '女儿'
  return { proxy, dad, member, invitation, father, kin }
}

describe('GET /api/invitations', () => {
  it('the member sees who asks, opens it by id and accepts; then it is gone from the list', async () => {
    const { proxy, invitation, father, kin } = await invitedFather()
    const expected = {
      proxyName: '张*', proxyFullName: '张三', proxyKin: kin, callerNeeds: [],
      memberName: '张*华', relationLabel: '父母', expiresAt: '2025-10-06T02:00:00.000Z', status: 'PENDING_INVITE', emergency: null,
      // As the proxy entered them: his 实名信息 starts from them (never his ID number).
      memberInsuredRegion: '440300', memberInsuranceType: 'EMPLOYEE',
    }
    expect(await waiting(father.token)).toEqual([{ id: invitation.authorizationId, ...expected }])
    const shown = await show(father.token, invitation.authorizationId)
    expect(shown.statusCode).toBe(200)
    expect(shown.json()).toEqual(expected)

    const accepted = await acceptById(father.token, invitation.authorizationId)
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json()).toEqual({ ...expected, status: 'ACTIVE' })
    expect(await waiting(father.token)).toEqual([])
    const proxies = await app.inject({ method: 'GET', url: '/api/me/proxies', headers: bearer(father.token) })
    expect(proxies.json().proxies).toHaveLength(1)
    // Accepted: no second accept, and the proxy's own list never held it.
    expect((await acceptById(father.token, invitation.authorizationId)).statusCode).toBe(404)
    expect(await waiting(proxy.token)).toEqual([])
  })

  it('nobody else sees it: another account, the proxy herself, and one who typed his ID number but is not verified', async () => {
    const { proxy, dad, invitation, father } = await invitedFather()
    const stranger = await personWithProfile(app, { name: '李四', idNumber: OTHER_IDS[1] })
    const pretender = await personWithProfile(app, { name: dad.name, idNumber: dad.idNumber }, { verified: false })
    expect(await waiting(stranger.token)).toEqual([])
    expect(await waiting(proxy.token)).toEqual([])
    expect(await waiting(pretender.token)).toEqual([])
    for (const user of [stranger, proxy, pretender]) {
      const seen = await show(user.token, invitation.authorizationId)
      expect(seen.statusCode).toBe(404)
      expectErrorBody(seen.json(), 'INVITATION_NOT_FOUND')
      const refused = await acceptById(user.token, invitation.authorizationId)
      expect(refused.statusCode).toBe(404)
      expectErrorBody(refused.json(), 'INVITATION_NOT_FOUND')
    }
    // The pretender cannot pass 实人认证 with an ID number another account verified (409), so it stays hidden.
    expect(await waiting(pretender.token)).toEqual([])
    expect((await waiting(father.token)).map((i: { id: string }) => i.id)).toEqual([invitation.authorizationId])
  })

  it('gone once it expires, once a new invitation replaces it, and once the proxy deletes the member (revoked)', async () => {
    const { proxy, member, invitation, father } = await invitedFather()
    const second = await invite(app, proxy.token, member.id)
    expect((await waiting(father.token)).map((i: { id: string }) => i.id)).toEqual([second.authorizationId])
    expect((await show(father.token, invitation.authorizationId)).statusCode).toBe(404)

    now = new Date(NOW.getTime() + 7 * 24 * 3_600_000)
    expect(await waiting(father.token)).toEqual([])
    const expired = await acceptById(father.token, second.authorizationId)
    expect(expired.statusCode).toBe(404)
    expectErrorBody(expired.json(), 'INVITATION_NOT_FOUND')

    now = NOW
    expect(await waiting(father.token)).toHaveLength(1)
    const deleted = await app.inject({ method: 'DELETE', url: `/api/family-members/${member.id}`, headers: bearer(proxy.token) })
    expect(deleted.statusCode).toBe(204)
    expect(await waiting(father.token)).toEqual([])
  })

  it('needs a login, takes only a UUID id, and is in the OpenAPI document', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/invitations' })).statusCode).toBe(401)
    const { father } = await invitedFather()
    expect((await show(father.token, 'not-an-id')).statusCode).toBe(400)
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/docs/json' })).json().paths)
    expect(paths).toEqual(expect.arrayContaining(['/api/invitations', '/api/invitations/waiting/{id}', '/api/invitations/waiting/{id}/accept']))
  })
})
