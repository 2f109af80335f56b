import { randomUUID } from 'node:crypto'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { bearer, buildTestApp, expectErrorBody } from './helpers/build'
import { FATHER, OTHER_IDS, accept, addMember, authorize, authorizedFamily, forMember, invite, personWithProfile } from './helpers/family'
import { DESTINATION, OTHER_CONTACTS, OTHER_DESTINATION, contactsAt, fileRequest, filer, longTermBody, uploadAll } from './helpers/filings'

// Nobody reaches anything of anyone else's, and a "not yours" answer is exactly the "does not
// exist" answer, so ids cannot be probed (API.md GET /api/filings/:id). Runs on both databases.
const NOW = new Date('2025-09-29T02:00:00Z')
const TODAY = '2025-09-29'

let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({ now: () => NOW, env: { REVIEWER_TOKEN: 'staff-token-1234' } })
})

/** Sends the same request for someone else's id and an id that does not exist: both answers must be equal. */
async function sameAsMissing(build: (id: string) => InjectOptions, theirs: string, status: number, code: string) {
  const mine = await app.inject(build(theirs))
  const missing = await app.inject(build(randomUUID()))
  expect(mine.statusCode).toBe(status)
  expectErrorBody(mine.json(), code)
  expect(missing.statusCode).toBe(status)
  expect(mine.json()).toEqual(missing.json())
}

describe('filings and uploads', () => {
  let alice: { token: string; userId: string }
  let bob: { token: string; userId: string }
  let filingId: string
  let aliceUpload: string

  beforeAll(async () => {
    alice = await filer(app)
    bob = await filer(app)
    const body = await longTermBody(app, alice.token, TODAY)
    aliceUpload = body.materials[0]
    filingId = (await app.inject(fileRequest(alice.token, body))).json().id
  })

  it('no one reads another’s filing, or finds it in their list', async () => {
    await sameAsMissing((id) => ({ method: 'GET', url: `/api/filings/${id}`, headers: bearer(bob.token) }), filingId, 404, 'FILING_NOT_FOUND')
    const list = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(bob.token) })
    expect(list.json().filings).toEqual([])
  })

  it('no one cancels, changes or adds materials to another’s filing', async () => {
    const [bobUpload] = await uploadAll(app, bob.token, ['ID_DOCUMENT'])
    await sameAsMissing(
      (id) => ({ method: 'POST', url: `/api/filings/${id}/cancel`, headers: bearer(bob.token), payload: { reason: '不去了' } }),
      filingId, 404, 'FILING_NOT_FOUND',
    )
    await sameAsMissing(
      (id) => ({ method: 'POST', url: `/api/filings/${id}/change`, headers: bearer(bob.token), payload: { reason: '换地方', destination: OTHER_DESTINATION } }),
      filingId, 404, 'FILING_NOT_FOUND',
    )
    await sameAsMissing(
      (id) => ({ method: 'POST', url: `/api/filings/${id}/materials`, headers: bearer(bob.token), payload: { materials: [bobUpload] } }),
      filingId, 404, 'FILING_NOT_FOUND',
    )
    const still = await app.inject({ method: 'GET', url: `/api/filings/${filingId}`, headers: bearer(alice.token) })
    expect(still.json()).toMatchObject({ status: 'APPROVED', supersededBy: null })
  })

  it('no one reads another’s upload', async () => {
    await sameAsMissing((id) => ({ method: 'GET', url: `/api/uploads/${id}`, headers: bearer(bob.token) }), aliceUpload, 404, 'UPLOAD_NOT_FOUND')
  })

  it('no one uses another’s upload in a filing or a 授权委托书 (the same answer as an unknown id)', async () => {
    const [ownId] = await uploadAll(app, bob.token, ['ID_DOCUMENT'])
    const filingWith = async (upload: string) =>
      app.inject(fileRequest(bob.token, { ...(await longTermBody(app, bob.token, TODAY)), destination: OTHER_DESTINATION, contacts: OTHER_CONTACTS, materials: [ownId, upload] }))
    const theirs = await filingWith(aliceUpload)
    const missing = await filingWith(randomUUID())
    expect(theirs.statusCode).toBe(422)
    expect(theirs.json()).toEqual(missing.json())

    const member = await addMember(app, bob.token)
    const [letter] = await uploadAll(app, alice.token, ['AUTHORIZATION_LETTER'])
    const documentWith = (upload: string) => authorize(app, bob.token, member.id, { method: 'DOCUMENT', letterUploadId: upload, idPhotoUploadId: ownId })
    const theirLetter = await documentWith(letter)
    const noLetter = await documentWith(randomUUID())
    expect(theirLetter.statusCode).toBe(422)
    expect(theirLetter.json()).toEqual(noLetter.json())
  })

  it('Idempotency-Keys are per user: the same key never answers another user’s result', async () => {
    const key = `shared-key-${randomUUID()}`
    const aliceBody = await longTermBody(app, alice.token, TODAY, { destination: { province: '450000', city: '450300' }, contacts: contactsAt({ province: '450000', city: '450300' }) })
    const first = await app.inject(fileRequest(alice.token, aliceBody, { 'idempotency-key': key }))
    expect(first.statusCode).toBe(201)
    // Bob replays Alice's exact request with her key: he gets his own answer (her uploads are not his).
    const replay = await app.inject(fileRequest(bob.token, aliceBody, { 'idempotency-key': key }))
    expect(replay.statusCode).toBe(422)
    expect(replay.headers['idempotent-replayed']).toBeUndefined()
    expect(replay.body).not.toContain(first.json().id)
    // With his own body under the same key: his own new filing.
    const own = await app.inject(fileRequest(bob.token, await longTermBody(app, bob.token, TODAY, { destination: { province: '450000', city: '450300' }, contacts: contactsAt({ province: '450000', city: '450300' }) }), { 'idempotency-key': key }))
    expect(own.statusCode).toBe(201)
    expect(own.headers['idempotent-replayed']).toBeUndefined()
    expect(own.json().id).not.toBe(first.json().id)
    expect((await app.inject(fileRequest(alice.token, aliceBody, { 'idempotency-key': key }))).json().id).toBe(first.json().id)
  })
})

describe('family members and authorisations', () => {
  it('no one lists, deletes or authorises another’s family member', async () => {
    const alice = await filer(app)
    const bob = await filer(app)
    const member = await addMember(app, alice.token)
    expect((await app.inject({ method: 'GET', url: '/api/family-members', headers: bearer(bob.token) })).json().members).toEqual([])
    await sameAsMissing((id) => ({ method: 'DELETE', url: `/api/family-members/${id}`, headers: bearer(bob.token) }), member.id, 404, 'FAMILY_MEMBER_NOT_FOUND')
    await sameAsMissing(
      (id) => ({ method: 'POST', url: `/api/family-members/${id}/authorization`, headers: bearer(bob.token), payload: { method: 'INVITATION' } }),
      member.id, 404, 'FAMILY_MEMBER_NOT_FOUND',
    )
    const [members] = (await app.inject({ method: 'GET', url: '/api/family-members', headers: bearer(alice.token) })).json().members
    expect(members).toMatchObject({ id: member.id, authorization: null })
  })

  it('no one files for another user’s family member: the same 403 as an unauthorised or unknown member', async () => {
    const { member } = await authorizedFamily(app)
    const bob = await filer(app)
    const body = await longTermBody(app, bob.token, TODAY)
    const send = (memberId: string) => app.inject(fileRequest(bob.token, { ...body, ...forMember(memberId) }))
    const theirs = await send(member.id)
    const unknown = await send(randomUUID())
    const garbage = await send('not-an-id')
    expect(theirs.statusCode).toBe(403)
    expectErrorBody(theirs.json(), 'PROXY_NOT_AUTHORIZED')
    expect(unknown.json()).toEqual(theirs.json())
    expect(garbage.json()).toEqual(theirs.json())
    // Bob's own member without an authorisation: the very same answer.
    const own = await addMember(app, bob.token)
    expect((await send(own.id)).json()).toEqual(theirs.json())
  })

  it('no one accepts an invitation meant for someone else', async () => {
    const alice = await filer(app)
    const member = await addMember(app, alice.token)
    const { token } = await invite(app, alice.token, member.id)
    const mallory = await personWithProfile(app, { name: '李四', idNumber: OTHER_IDS[2] })
    const response = await accept(app, mallory.token, token)
    expect(response.statusCode).toBe(422)
    expectErrorBody(response.json(), 'INVITATION_NOT_FOR_YOU')
    expect((await app.inject({ method: 'GET', url: '/api/me/proxies', headers: bearer(mallory.token) })).json().proxies).toEqual([])
  })

  it('no one sees or accepts, by id, an invitation waiting on someone else (issue 13 home card)', async () => {
    const alice = await filer(app)
    const member = await addMember(app, alice.token)
    const { authorizationId } = await invite(app, alice.token, member.id)
    const mallory = await personWithProfile(app, { name: '李四', idNumber: OTHER_IDS[3] })
    expect((await app.inject({ method: 'GET', url: '/api/invitations', headers: bearer(mallory.token) })).json().invitations).toEqual([])
    await sameAsMissing((id) => ({ method: 'GET', url: `/api/invitations/waiting/${id}`, headers: bearer(mallory.token) }), authorizationId, 404, 'INVITATION_NOT_FOUND')
    await sameAsMissing(
      (id) => ({ method: 'POST', url: `/api/invitations/waiting/${id}/accept`, headers: bearer(mallory.token), payload: {} }),
      authorizationId, 404, 'INVITATION_NOT_FOUND',
    )
  })

  it('no one revokes an authorisation given by someone else', async () => {
    const { principal, authorizationId, proxy } = await authorizedFamily(app)
    await sameAsMissing((id) => ({ method: 'DELETE', url: `/api/me/proxies/${id}`, headers: bearer(proxy.token) }), authorizationId, 404, 'AUTHORIZATION_NOT_FOUND')
    expect((await app.inject({ method: 'GET', url: '/api/me/proxies', headers: bearer(principal.token) })).json().proxies).toHaveLength(1)
  })

  it('a revoked proxy sees none of the member’s filings and cannot file, cancel or change for them', async () => {
    const { proxy, principal, member, authorizationId } = await authorizedFamily(app)
    const filed = (await app.inject(fileRequest(proxy.token, await longTermBody(app, proxy.token, TODAY, forMember(member.id))))).json()
    expect((await app.inject({ method: 'DELETE', url: `/api/me/proxies/${authorizationId}`, headers: bearer(principal.token) })).statusCode).toBe(204)

    await sameAsMissing((id) => ({ method: 'GET', url: `/api/filings/${id}`, headers: bearer(proxy.token) }), filed.id, 404, 'FILING_NOT_FOUND')
    await sameAsMissing(
      (id) => ({ method: 'POST', url: `/api/filings/${id}/cancel`, headers: bearer(proxy.token), payload: { reason: '不去了' } }),
      filed.id, 404, 'FILING_NOT_FOUND',
    )
    await sameAsMissing(
      (id) => ({ method: 'POST', url: `/api/filings/${id}/change`, headers: bearer(proxy.token), payload: { reason: '换地方', destination: OTHER_DESTINATION } }),
      filed.id, 404, 'FILING_NOT_FOUND',
    )
    expect((await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(proxy.token) })).json().filings).toEqual([])
    const again = await app.inject(fileRequest(proxy.token, { ...(await longTermBody(app, proxy.token, TODAY, forMember(member.id))), destination: OTHER_DESTINATION, contacts: OTHER_CONTACTS }))
    expect(again.statusCode).toBe(403)
    // The member still has it, and may act on it themselves.
    const own = await app.inject({ method: 'GET', url: `/api/filings/${filed.id}`, headers: bearer(principal.token) })
    expect(own.statusCode).toBe(200)
    expect(own.json().destination.city).toBe(DESTINATION.city)
    expect(FATHER.name).toBe(own.json().subject.name)
  })

  it('a citizen’s token is not a reviewer token for authorisations', async () => {
    const user = await filer(app)
    expect((await app.inject({ method: 'GET', url: '/api/review/authorizations', headers: bearer(user.token) })).statusCode).toBe(401)
    expect(
      (await app.inject({ method: 'POST', url: `/api/review/authorizations/${randomUUID()}/decision`, headers: bearer(user.token), payload: { decision: 'APPROVE' } })).statusCode,
    ).toBe(401)
  })
})
