import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody, login, uniqueDevCode, PRIVACY_CONSENT, VALID_PROFILE } from '../../helpers/build'
import { FATHER, OTHER_IDS, addMember, authorizedFamily, forMember, invite } from '../../helpers/family'
import { fileOk, longTermBody } from '../../helpers/filings'
import { uploadMaterial } from '../../helpers/multipart'
import { distinctIdNumber, requestStaffVerification, verifyDev } from '../../helpers/verification'

// DELETE /api/me: withdraw consent and delete (个人信息保护法 第四十七条), keeping filings as the
// agency's 异地就医业务档案 (002 经办规程 第五十八条). Clock: 2025-09-29 10:00 China time.
const NOW = new Date('2025-09-29T02:00:00Z')
const TODAY = '2025-09-29'
const REVIEWER = 'delete-me-reviewer'
const env = { SESSION_TTL_SECONDS: String(365 * 24 * 3600), REVIEWER_TOKEN: REVIEWER }

let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({ now: () => NOW, env })
})

const get = (url: string, token: string) => app.inject({ method: 'GET', url, headers: bearer(token) })
const deleteMe = (token: string) => app.inject({ method: 'DELETE', url: '/api/me', headers: bearer(token) })

async function rowsOf(userId: string) {
  const db = app.db
  const [profiles, members, uploads, keys, subscriptions, consents, user] = await Promise.all([
    db.selectFrom('person_profiles').select('user_id').where('user_id', '=', userId).execute(),
    db.selectFrom('family_members').select(['id', 'deleted_at']).where('owner_user_id', '=', userId).execute(),
    db.selectFrom('uploads').select('id').where('owner_user_id', '=', userId).execute(),
    db.selectFrom('idempotency_keys').select('key').where('user_id', '=', userId).execute(),
    db.selectFrom('notification_subscriptions').select('kind').where('user_id', '=', userId).execute(),
    db.selectFrom('privacy_consents').select(['scope', 'withdrawn_at']).where('user_id', '=', userId).execute(),
    db.selectFrom('users').select(['openid', 'deleted_at']).where('id', '=', userId).executeTakeFirstOrThrow(),
  ])
  return { profiles, members, uploads, keys, subscriptions, consents, user }
}

describe('DELETE /api/me', () => {
  it('deletes the person’s data, keeps their filings as the agency’s record, and refuses the token after', async () => {
    const code = uniqueDevCode()
    const { proxy, principal, member } = await authorizedFamily(app)
    // The proxy logs in with a known code, so a later login with the same WeChat account can be tried.
    const self = await login(app, code)
    expect((await app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(self.token), payload: { ...VALID_PROFILE, ...PRIVACY_CONSENT } })).statusCode).toBe(200)
    await verifyDev(app, self.token) // a verified filer's filing is APPROVED at once (issue 11)
    const own = await fileOk(app, self.token, await longTermBody(app, self.token, TODAY))
    const loose = await uploadMaterial(app, self.token, 'ID_DOCUMENT')
    const unfiled = await addMember(app, self.token, { ...FATHER, idNumber: OTHER_IDS[0] })
    await invite(app, self.token, unfiled.id)
    const subscribed = await app.inject({ method: 'PUT', url: '/api/me/subscriptions', headers: bearer(self.token), payload: { decision: 'accept' } })
    expect(subscribed.statusCode).toBe(200)

    const before = await rowsOf(self.userId)
    expect(before.uploads).toHaveLength(3)
    expect(before.members).toHaveLength(1)

    const response = await deleteMe(self.token)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ deleted: { profile: true, familyMembers: 1, uploads: 1 }, kept: { filings: 1, familyMembers: 0 } })

    // The token no longer works, for any route.
    for (const url of ['/api/me', '/api/filings', '/api/family-members']) {
      const refused = await get(url, self.token)
      expect(refused.statusCode).toBe(401)
      expectErrorBody(refused.json(), 'UNAUTHORIZED')
    }
    expect((await deleteMe(self.token)).statusCode).toBe(401)

    const after = await rowsOf(self.userId)
    expect(after.profiles).toEqual([])
    expect(after.members).toEqual([])
    // Only the filing's two materials remain; the loose photo is gone.
    expect(after.uploads.map((u) => u.id).sort()).toEqual(
      before.uploads.map((u) => u.id).filter((id) => id !== loose).sort(),
    )
    expect(after.keys).toEqual([])
    expect(after.subscriptions).toEqual([])
    // Consent records stay (they show the filings kept were made with consent), marked withdrawn.
    expect([...after.consents].sort((x, y) => x.scope.localeCompare(y.scope))).toEqual([
      { scope: 'FAMILY_MEMBER', withdrawn_at: '2025-09-29T02:00:00.000Z' },
      { scope: 'PROFILE', withdrawn_at: '2025-09-29T02:00:00.000Z' },
    ])
    expect(after.user).toEqual({ openid: `deleted:${self.userId}`, deleted_at: NOW.toISOString() })

    // The filing stays: staff and the public status lookup still find it.
    const kept = await app.db.selectFrom('filings').select(['number', 'status', 'subject_name']).where('id', '=', own.id).executeTakeFirstOrThrow()
    expect(kept).toEqual({ number: own.number, status: 'APPROVED', subject_name: VALID_PROFILE.name })
    const lookup = await app.inject({ method: 'GET', url: `/api/status?number=${own.number}&idTail=${VALID_PROFILE.idNumber.slice(-6)}` })
    expect(lookup.statusCode).toBe(200)

    // The same WeChat account logs in to a new, empty account.
    const again = await login(app, code)
    expect(again.userId).not.toBe(self.userId)
    expect((await get('/api/me', again.token)).json()).toEqual({
      user: { id: again.userId },
      profile: null,
      privacyConsent: null,
      verification: { status: 'UNVERIFIED', statusLabel: '未认证', method: null, at: null, reason: null, conflict: null },
    })
    expect((await get('/api/filings', again.token)).json().filings).toEqual([])

    // Someone else's family is untouched.
    expect((await get('/api/family-members', proxy.token)).json().members.map((m: { id: string }) => m.id)).toEqual([member.id])
    expect((await get('/api/me', principal.token)).statusCode).toBe(200)
  })

  it('a proxy who deletes: members filed for are kept with their filings (deactivated); the member still sees the filing', async () => {
    const { proxy, principal, member } = await authorizedFamily(app)
    const filed = await fileOk(app, proxy.token, await longTermBody(app, proxy.token, TODAY, forMember(member.id)))
    const response = await deleteMe(proxy.token)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ deleted: { profile: true, familyMembers: 0, uploads: 0 }, kept: { filings: 1, familyMembers: 1 } })

    const row = await app.db.selectFrom('family_members').select(['id', 'deleted_at']).where('id', '=', member.id).executeTakeFirstOrThrow()
    expect(row).toEqual({ id: member.id, deleted_at: NOW.toISOString() })
    const authorizations = await app.db
      .selectFrom('proxy_authorizations')
      .select(['status', 'token_hash'])
      .where('family_member_id', '=', member.id)
      .execute()
    expect(authorizations).toEqual([{ status: 'REVOKED', token_hash: null }])
    const seen = (await get('/api/filings', principal.token)).json().filings.map((f: { id: string }) => f.id)
    expect(seen).toContain(filed.id)
  })

  it('a family member who deletes: whoever filed for them may no longer', async () => {
    const { proxy, principal, member } = await authorizedFamily(app)
    expect((await deleteMe(principal.token)).statusCode).toBe(200)
    const refused = await app.inject({
      method: 'POST',
      url: '/api/filings',
      headers: bearer(proxy.token),
      payload: await longTermBody(app, proxy.token, TODAY, forMember(member.id)),
    })
    expect(refused.statusCode).toBe(403)
    expectErrorBody(refused.json(), 'PROXY_NOT_AUTHORIZED')
  })

  it('needs a login (401), and an account with nothing saved deletes cleanly', async () => {
    const anonymous = await app.inject({ method: 'DELETE', url: '/api/me' })
    expect(anonymous.statusCode).toBe(401)
    expectErrorBody(anonymous.json(), 'UNAUTHORIZED')
    const { token } = await login(app)
    const response = await deleteMe(token)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ deleted: { profile: false, familyMembers: 0, uploads: 0 }, kept: { filings: 0, familyMembers: 0 } })
  })
})

describe('DELETE /api/me and 实人认证 (issue 11)', () => {
  const putProfile = (token: string, idNumber: string) =>
    app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(token), payload: { ...VALID_PROFILE, idNumber, ...PRIVACY_CONSENT } })
  const verification = async (token: string) => (await get('/api/me', token)).json().verification

  it('releases the verified ID number: the account that was told “verified by another account” may then verify it', async () => {
    const idNumber = distinctIdNumber(VALID_PROFILE.idNumber)
    const holder = await login(app)
    expect((await putProfile(holder.token, idNumber)).statusCode).toBe(200)
    await verifyDev(app, holder.token)
    const owner = await login(app)
    expect((await putProfile(owner.token, idNumber)).statusCode).toBe(200)
    expect(await verification(owner.token)).toMatchObject({ status: 'UNVERIFIED', conflict: expect.stringContaining('另一个微信账号') })
    const refused = await app.inject({ method: 'POST', url: '/api/me/verification', headers: bearer(owner.token), payload: { provider: 'DEV', verifyResult: 'dev:pass' } })
    expect(refused.statusCode).toBe(409)
    expectErrorBody(refused.json(), 'ID_VERIFIED_BY_ANOTHER_ACCOUNT')

    expect((await deleteMe(holder.token)).statusCode).toBe(200)
    expect(await app.db.selectFrom('verified_identities').select('user_id').where('user_id', '=', holder.userId).execute()).toEqual([])
    expect(await verification(owner.token)).toMatchObject({ status: 'UNVERIFIED', conflict: null })
    await verifyDev(app, owner.token)
    expect(await verification(owner.token)).toMatchObject({ status: 'VERIFIED', method: 'DEV', conflict: null })
  })

  it('a staff-checked request still waiting is closed and its ID photos deleted; the attempts stay, hashes only', async () => {
    const person = await login(app)
    expect((await putProfile(person.token, distinctIdNumber(VALID_PROFILE.idNumber))).statusCode).toBe(200)
    expect((await app.inject({ method: 'POST', url: '/api/me/verification', headers: bearer(person.token), payload: { provider: 'DEV', verifyResult: 'dev:fail' } })).statusCode).toBe(422)
    const requested = await requestStaffVerification(app, person.token)
    expect(requested.statusCode).toBe(200)
    expect(requested.json().verification.status).toBe('PENDING')

    const response = await deleteMe(person.token)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ deleted: { profile: true, familyMembers: 0, uploads: 3 }, kept: { filings: 0, familyMembers: 0 } })
    expect((await rowsOf(person.userId)).uploads).toEqual([])
    const attempts = await app.db
      .selectFrom('identity_verifications')
      .select(['method', 'outcome', 'failure_code', 'id_front_upload_id', 'id_back_upload_id', 'holding_upload_id', 'decided_at'])
      .where('user_id', '=', person.userId)
      .orderBy('method')
      .execute()
    expect(attempts).toEqual([
      { method: 'DEV', outcome: 'FAILED', failure_code: 'VERIFICATION_FAILED', id_front_upload_id: null, id_back_upload_id: null, holding_upload_id: null, decided_at: '2025-09-29T02:00:00.000Z' },
      { method: 'STAFF', outcome: 'REJECTED', failure_code: 'ACCOUNT_DELETED', id_front_upload_id: null, id_back_upload_id: null, holding_upload_id: null, decided_at: '2025-09-29T02:00:00.000Z' },
    ])
    const queue = await app.inject({ method: 'GET', url: '/api/review/verifications', headers: { authorization: `Bearer ${REVIEWER}` } })
    expect(queue.statusCode).toBe(200)
    expect(JSON.stringify(queue.json())).not.toContain(person.userId)
  })
})
