// Why over 300 lines: one scenario per rule of 家人代办 (SPEC §2) over one app and one setup; split by route, the setup would be written again in each file.
import type { FastifyInstance } from 'fastify'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, buildTestApp, expectErrorBody, login, movableClock } from '../../helpers/build'
import { emergencyBody } from '../../helpers/emergency'
import { FATHER, OTHER_IDS, aFather, accept, addMember, authorize, authorizedFamily, forMember, invite, personWithProfile } from '../../helpers/family'
import { fileRequest, filer, longTermBody, uploadAll } from '../../helpers/filings'
import { requestStaffVerification, verifyDev } from '../../helpers/verification'

// 家人代办 (SPEC §2; API.md /api/family-members, /api/invitations, /api/me/proxies,
// /api/review/authorizations). Clock: 2025-09-29 10:00 China time.
const NOW = new Date('2025-09-29T02:00:00Z')
const TODAY = '2025-09-29'
const env = { REVIEWER_TOKEN: 'staff-token-1234', SESSION_TTL_SECONDS: String(365 * 24 * 3600) }
const staff = { authorization: 'Bearer staff-token-1234' }

let app: FastifyInstance
const clock = movableClock(NOW)

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now, env })
})

const members = async (token: string) => {
  const response = await app.inject({ method: 'GET', url: '/api/family-members', headers: bearer(token) })
  expect(response.statusCode).toBe(200)
  return response.json().members
}

const filings = async (token: string) => {
  const response = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })
  expect(response.statusCode).toBe(200)
  return response.json().filings
}

async function outbox(filingId: string) {
  const response = await app.inject({ method: 'GET', url: '/api/review/notifications?status=PENDING', headers: staff })
  expect(response.statusCode).toBe(200)
  return response.json().notifications.filter((n: { filingId: string }) => n.filingId === filingId)
}

describe('family members', () => {
  it('adds a member (201) and lists them, masked, with no authorisation yet', async () => {
    const { token } = await filer(app)
    const response = await app.inject({ method: 'POST', url: '/api/family-members', headers: bearer(token), payload: { ...PRIVACY_CONSENT, ...FATHER, ...PRIVACY_CONSENT } })
    expect(response.statusCode).toBe(201)
    const view = response.json()
    expect(view).toEqual({
      id: expect.any(String),
      name: FATHER.name,
      idNumberMasked: '1101**********002X',
      relation: 'PARENT',
      relationLabel: '父母',
      // By the sex the ID number gives (this fixture's 17th digit is even): 为母亲…, not 为父母….
      kin: '母亲',
      phoneMasked: '139****5678',
      phone: '13912345678',
      insuredRegion: FATHER.insuredRegion,
      insuranceType: FATHER.insuranceType,
      authorization: null,
      canFile: false,
    })
    expect(response.body).not.toContain(FATHER.idNumber)
    expect(await members(token)).toEqual([view])
  })

  it('checks every field with the shared rules (422 with fields)', async () => {
    const { token } = await filer(app)
    const response = await app.inject({
      method: 'POST',
      url: '/api/family-members',
      headers: bearer(token),
      payload: { ...PRIVACY_CONSENT, name: 'Zhang', idNumber: '123', relation: 'FRIEND', phone: '123', insuredRegion: '999999', insuranceType: 'GOLD' },
    })
    expect(response.statusCode).toBe(422)
    const body = response.json()
    expectErrorBody(body, 'VALIDATION_FAILED')
    expect(Object.keys(body.fields).sort()).toEqual(['idNumber', 'insuranceType', 'insuredRegion', 'name', 'phone', 'relation'])
  })

  it('refuses unknown fields (400) and needs the caller’s own 实名信息 first', async () => {
    const { token } = await filer(app)
    const extra = await app.inject({ method: 'POST', url: '/api/family-members', headers: bearer(token), payload: { ...PRIVACY_CONSENT, ...FATHER, note: 'x' } })
    expect(extra.statusCode).toBe(400)
    const bare = await login(app)
    const noProfile = await app.inject({ method: 'POST', url: '/api/family-members', headers: bearer(bare.token), payload: { ...PRIVACY_CONSENT, ...FATHER, ...PRIVACY_CONSENT } })
    expect(noProfile.statusCode).toBe(422)
    expectErrorBody(noProfile.json(), 'PROFILE_REQUIRED')
  })

  it('one’s own ID number → 422 fields.idNumber; the same ID twice → 409 FAMILY_MEMBER_EXISTS', async () => {
    const { token, idNumber } = await filer(app)
    const own = await app.inject({
      method: 'POST', url: '/api/family-members', headers: bearer(token), payload: { ...PRIVACY_CONSENT, ...FATHER, idNumber },
    })
    expect(own.statusCode).toBe(422)
    expect(own.json().fields).toEqual({ idNumber: '这是您自己的身份证号，为自己办理不用添加家人' })
    await addMember(app, token)
    const twice = await app.inject({
      method: 'POST', url: '/api/family-members', headers: bearer(token), payload: { ...PRIVACY_CONSENT, ...FATHER, idNumber: FATHER.idNumber.toLowerCase() },
    })
    expect(twice.statusCode).toBe(409)
    expectErrorBody(twice.json(), 'FAMILY_MEMBER_EXISTS')
  })

  it('at most 5 live members (409 FAMILY_LIMIT); deleting one makes room', async () => {
    const { token } = await filer(app)
    const added = []
    for (const idNumber of OTHER_IDS.slice(0, 5)) added.push(await addMember(app, token, { ...FATHER, idNumber }))
    const sixth = await app.inject({ method: 'POST', url: '/api/family-members', headers: bearer(token), payload: { ...PRIVACY_CONSENT, ...FATHER, idNumber: OTHER_IDS[5] } })
    expect(sixth.statusCode).toBe(409)
    const body = sixth.json()
    expectErrorBody(body, 'FAMILY_LIMIT')
    expect(body.message).toContain('最多添加 5 位家人')
    const deleted = await app.inject({ method: 'DELETE', url: `/api/family-members/${added[0].id}`, headers: bearer(token) })
    expect(deleted.statusCode).toBe(204)
    expect(deleted.body).toBe('')
    expect((await members(token)).map((m: { id: string }) => m.id)).not.toContain(added[0].id)
    const readded = await addMember(app, token, { ...FATHER, idNumber: OTHER_IDS[5] })
    expect((await members(token)).map((m: { id: string }) => m.id)).toContain(readded.id)
    const again = await app.inject({ method: 'DELETE', url: `/api/family-members/${added[0].id}`, headers: bearer(token) })
    expect(again.statusCode).toBe(404)
    expectErrorBody(again.json(), 'FAMILY_MEMBER_NOT_FOUND')
  })

  it('an Idempotency-Key replays the first answer and adds nothing', async () => {
    const { token } = await filer(app)
    const send = () =>
      app.inject({ method: 'POST', url: '/api/family-members', headers: { ...bearer(token), 'idempotency-key': 'add-father-1' }, payload: { ...PRIVACY_CONSENT, ...FATHER, ...PRIVACY_CONSENT } })
    const first = await send()
    const second = await send()
    expect(first.statusCode).toBe(201)
    expect(second.statusCode).toBe(201)
    expect(second.headers['idempotent-replayed']).toBe('true')
    expect(second.json().id).toBe(first.json().id)
    expect(await members(token)).toHaveLength(1)
  })
})

describe('authorisation by invitation', () => {
  it('creates an invitation valid 7 days (token only in this answer); the member sees who asks, then accepts', async () => {
    const proxy = await filer(app)
    const dad = aFather()
    const member = await addMember(app, proxy.token, dad)
    const response = await authorize(app, proxy.token, member.id)
    expect(response.statusCode).toBe(201)
    const body = response.json()
    expect(body.authorization).toEqual({
      id: expect.any(String), method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2025-10-06T02:00:00.000Z', reasons: [], decidedAt: null, acceptedAt: null,
    })
    expect(body.invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(body.invitation.path).toBe(`/packages/family/pages/accept/index?token=${body.invitation.token}`)
    expect((await members(proxy.token))[0]).toMatchObject({ authorization: { status: 'PENDING_INVITE' }, canFile: false })

    // Before 同意, the page can say what is still to do: a new account needs both.
    const fresh = await login(app)
    const unready = await app.inject({ method: 'GET', url: `/api/invitations/${body.invitation.token}`, headers: bearer(fresh.token) })
    expect(unready.json().callerNeeds).toEqual(['PROFILE', 'VERIFICATION'])
    const unverified = await personWithProfile(app, { name: '李四', idNumber: OTHER_IDS[0] }, { verified: false })
    const seen = await app.inject({ method: 'GET', url: `/api/invitations/${body.invitation.token}`, headers: bearer(unverified.token) })
    expect(seen.json().callerNeeds).toEqual(['VERIFICATION'])

    const father = await personWithProfile(app, { name: dad.name, idNumber: dad.idNumber })
    const shown = await app.inject({ method: 'GET', url: `/api/invitations/${body.invitation.token}`, headers: bearer(father.token) })
    expect(shown.statusCode).toBe(200)
    // The father must recognise who asks: her or his full name as entered, and the kin word from
    // the proxy's sex (17th digit of the ID: odd → 儿子, even → 女儿).
    const kin = Number(proxy.idNumber[16]) % 2 === 1 ? '儿子' : '女儿'
    expect(shown.json()).toEqual({
      proxyName: '张*', proxyFullName: '张三', proxyKin: kin, callerNeeds: [],
      memberName: '张*华', relationLabel: '父母', expiresAt: '2025-10-06T02:00:00.000Z', status: 'PENDING_INVITE', emergency: null,
      // As the proxy entered them: his 实名信息 starts from them (never his ID number).
      memberInsuredRegion: '440300', memberInsuranceType: 'EMPLOYEE',
    })

    const accepted = await accept(app, father.token, body.invitation.token)
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json().status).toBe('ACTIVE')
    // When the father said 同意: the proxy's home page tells of it from this moment (goodNews).
    expect((await members(proxy.token))[0]).toMatchObject({ authorization: { status: 'ACTIVE', method: 'INVITATION', acceptedAt: clock.now().toISOString() }, canFile: true })

    // Used: a second accept is 404; only the member who accepted may still look at it.
    expect((await accept(app, father.token, body.invitation.token)).statusCode).toBe(404)
    const again = await app.inject({ method: 'GET', url: `/api/invitations/${body.invitation.token}`, headers: bearer(father.token) })
    expect(again.json().status).toBe('ACTIVE')
    const stranger = await login(app)
    const notShown = await app.inject({ method: 'GET', url: `/api/invitations/${body.invitation.token}`, headers: bearer(stranger.token) })
    expect(notShown.statusCode).toBe(404)

    // Nothing to ask for while one is active.
    const more = await authorize(app, proxy.token, member.id)
    expect(more.statusCode).toBe(409)
    expectErrorBody(more.json(), 'AUTHORIZATION_ACTIVE')
  })

  it('an invitation sent for an emergency stay: the member reads its admission and the 补办 deadline of his 参保地, worked out on the day he reads it', async () => {
    const proxy = await filer(app)
    const dad = aFather()
    const member = await addMember(app, proxy.token, dad)
    const sent = await app.inject({
      method: 'POST', url: `/api/family-members/${member.id}/authorization`, headers: bearer(proxy.token),
      payload: { method: 'INVITATION', emergencyAdmittedOn: '2025-09-26' },
    })
    expect(sent.statusCode).toBe(201)
    const { token } = sent.json().invitation
    // The proxy's side says it too (her home card 等待…同意: by when, and the other way).
    expect(sent.json().authorization.emergency).toMatchObject({ admittedOn: '2025-09-26', mode: 'WINDOW', closed: false })
    expect((await members(proxy.token))[0].authorization.emergency).toEqual(sent.json().authorization.emergency)
    // The same deadline the emergency page shows for his 参保地 (GET /api/emergency-window).
    const window = await app.inject({ method: 'GET', url: `/api/emergency-window?admittedOn=2025-09-26&insuredRegion=${dad.insuredRegion}` })
    const deadline = window.json().latestDeadline ?? window.json().deadline
    expect(deadline).toMatch(/^2025-10-\d\d$/)
    const father = await personWithProfile(app, { name: dad.name, idNumber: dad.idNumber })
    const shown = await app.inject({ method: 'GET', url: `/api/invitations/${token}`, headers: bearer(father.token) })
    expect(shown.json().emergency).toEqual({ admittedOn: '2025-09-26', mode: 'WINDOW', deadline, closed: false })
    // His home page's list of invitations waiting on him says the same.
    const waiting = await app.inject({ method: 'GET', url: '/api/invitations', headers: bearer(father.token) })
    expect(waiting.json().invitations[0].emergency).toEqual({ admittedOn: '2025-09-26', mode: 'WINDOW', deadline, closed: false })
    // Read once the deadline has passed (here the invitation's 7 days have too): closed, so the page says what to do instead.
    clock.set(new Date(`${deadline}T16:00:00Z`))
    const late = await app.inject({ method: 'GET', url: `/api/invitations/${token}`, headers: bearer(father.token) })
    expect(late.json()).toMatchObject({ status: 'EXPIRED', emergency: { admittedOn: '2025-09-26', closed: true } })
  })

  it('an emergency stay’s admission day is checked: a day to come → 422 fields.emergencyAdmittedOn; with a 授权委托书 → 400', async () => {
    const proxy = await filer(app)
    const member = await addMember(app, proxy.token, aFather())
    const future = await app.inject({
      method: 'POST', url: `/api/family-members/${member.id}/authorization`, headers: bearer(proxy.token),
      payload: { method: 'INVITATION', emergencyAdmittedOn: '2025-10-02' },
    })
    expect(future.statusCode).toBe(422)
    expect(future.json().fields.emergencyAdmittedOn).toMatch(/入院日期/)
    const malformed = await app.inject({
      method: 'POST', url: `/api/family-members/${member.id}/authorization`, headers: bearer(proxy.token),
      payload: { method: 'INVITATION', emergencyAdmittedOn: '26/09/2025' },
    })
    expect(malformed.statusCode).toBe(400)
    const withLetter = await app.inject({
      method: 'POST', url: `/api/family-members/${member.id}/authorization`, headers: bearer(proxy.token),
      payload: { method: 'DOCUMENT', letterUploadId: '00000000-0000-4000-8000-000000000001', idPhotoUploadId: '00000000-0000-4000-8000-000000000002', emergencyAdmittedOn: '2025-09-26' },
    })
    expect(withLetter.statusCode).toBe(400)
    // Nothing was asked for: the member has no authorisation.
    expect((await members(proxy.token))[0].authorization).toBeNull()
  })

  it('accepting needs the member’s own 实名信息: someone else → 422 INVITATION_NOT_FOR_YOU; the proxy → 422 INVITATION_OWN; no profile → 422 PROFILE_REQUIRED', async () => {
    const proxy = await filer(app)
    const dad = aFather()
    const member = await addMember(app, proxy.token, dad)
    const { token } = await invite(app, proxy.token, member.id)
    const other = await personWithProfile(app, { name: '李四', idNumber: OTHER_IDS[0] })
    const wrong = await accept(app, other.token, token)
    expect(wrong.statusCode).toBe(422)
    expectErrorBody(wrong.json(), 'INVITATION_NOT_FOR_YOU')
    expect(wrong.json().message).toContain('张*华')
    const own = await accept(app, proxy.token, token)
    expect(own.statusCode).toBe(422)
    expectErrorBody(own.json(), 'INVITATION_OWN')
    const bare = await login(app)
    const noProfile = await accept(app, bare.token, token)
    expect(noProfile.statusCode).toBe(422)
    expectErrorBody(noProfile.json(), 'PROFILE_REQUIRED')
    // Still pending after all that.
    expect((await members(proxy.token))[0].authorization.status).toBe('PENDING_INVITE')
  })

  it('a new invitation replaces the pending one; expired, replaced and unknown tokens all answer the same 404', async () => {
    const proxy = await filer(app)
    const dad = aFather()
    const member = await addMember(app, proxy.token, dad)
    const first = await invite(app, proxy.token, member.id)
    const second = await invite(app, proxy.token, member.id)
    const father = await personWithProfile(app, { name: dad.name, idNumber: dad.idNumber })
    const replaced = await accept(app, father.token, first.token)
    const unknown = await accept(app, father.token, 'A'.repeat(43))
    expect(replaced.statusCode).toBe(404)
    expect(unknown.statusCode).toBe(404)
    expect(replaced.json()).toEqual(unknown.json())
    expectErrorBody(unknown.json(), 'INVITATION_NOT_FOUND')

    clock.set(new Date(NOW.getTime() + 7 * 24 * 3_600_000))
    const shown = await app.inject({ method: 'GET', url: `/api/invitations/${second.token}`, headers: bearer(father.token) })
    expect(shown.json().status).toBe('EXPIRED')
    const expired = await accept(app, father.token, second.token)
    expect(expired.statusCode).toBe(404)
    expect(expired.json()).toEqual(unknown.json())
    expect((await members(proxy.token))[0]).toMatchObject({ authorization: { status: 'EXPIRED' }, canFile: false })
  })

  it('accepting needs 实人认证 first: unverified → 422 VERIFICATION_REQUIRED, still pending; verified → ACTIVE (issue 11)', async () => {
    const proxy = await filer(app)
    const dad = aFather()
    const member = await addMember(app, proxy.token, dad)
    const { token } = await invite(app, proxy.token, member.id)
    const father = await personWithProfile(app, { name: dad.name, idNumber: dad.idNumber }, { verified: false })
    const refused = await accept(app, father.token, token)
    expect(refused.statusCode).toBe(422)
    expectErrorBody(refused.json(), 'VERIFICATION_REQUIRED')
    expect(refused.json().message).toBe('确认授权前，请先在“实人认证”里确认是您本人（刷脸或上传身份证照片），认证后再打开这个邀请确认')
    expect((await members(proxy.token))[0].authorization.status).toBe('PENDING_INVITE')
    await verifyDev(app, father.token)
    const accepted = await accept(app, father.token, token)
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json().status).toBe('ACTIVE')
  })

  // A trial: while the father's 实人认证 photos waited for staff, the proxy's card still said 等待…同意.
  it('while the member’s 实人认证 photos wait for staff, the proxy’s list says so (memberVerifying); not once checked, nor for another member', async () => {
    const proxy = await filer(app)
    const dad = aFather()
    const other = aFather()
    const member = await addMember(app, proxy.token, dad)
    const otherMember = await addMember(app, proxy.token, other)
    const { token } = await invite(app, proxy.token, member.id)
    await invite(app, proxy.token, otherMember.id)
    const verifying = async () => Object.fromEntries((await members(proxy.token)).map((m: { id: string; authorization: { memberVerifying?: boolean } }) => [m.id, m.authorization.memberVerifying ?? false]))
    expect(await verifying()).toEqual({ [member.id]: false, [otherMember.id]: false })

    const father = await personWithProfile(app, { name: dad.name, idNumber: dad.idNumber }, { verified: false })
    expect((await requestStaffVerification(app, father.token)).statusCode).toBe(200)
    expect(await verifying()).toEqual({ [member.id]: true, [otherMember.id]: false })
    expect((await members(proxy.token)).find((m: { id: string }) => m.id === member.id).authorization.status).toBe('PENDING_INVITE')

    const queue = await app.inject({ method: 'GET', url: '/api/review/verifications', headers: staff })
    const entry = queue.json().verifications.find((v: { userId: string }) => v.userId === father.userId)
    const approved = await app.inject({ method: 'POST', url: `/api/review/verifications/${entry.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })
    expect(approved.statusCode).toBe(200)
    // Checked: now it waits on his 同意 again, and the list says nothing of staff.
    expect(await verifying()).toEqual({ [member.id]: false, [otherMember.id]: false })
    expect((await accept(app, father.token, token)).statusCode).toBe(200)
    const active = (await members(proxy.token)).find((m: { id: string }) => m.id === member.id)
    expect(active.authorization.status).toBe('ACTIVE')
    expect(active.authorization.memberVerifying).toBeUndefined()
  })

  it('accepting takes no body or an empty one; anything else is refused', async () => {
    const proxy = await filer(app)
    const dad = aFather()
    const member = await addMember(app, proxy.token, dad)
    const { token } = await invite(app, proxy.token, member.id)
    const father = await personWithProfile(app, { name: dad.name, idNumber: dad.idNumber })
    const url = `/api/invitations/${token}/accept`
    const stray = await app.inject({ method: 'POST', url, headers: bearer(father.token), payload: { yes: true } })
    expect(stray.statusCode).toBe(400)
    const empty = await app.inject({ method: 'POST', url, headers: bearer(father.token), payload: {} })
    expect(empty.statusCode).toBe(200)
  })

  it('the OpenAPI document describes the family routes', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/json' })
    expect(response.statusCode).toBe(200)
    const paths = Object.keys(response.json().paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/family-members', '/api/family-members/{id}', '/api/family-members/{id}/authorization',
        '/api/invitations/{token}', '/api/invitations/{token}/accept', '/api/me/proxies', '/api/me/proxies/{authorizationId}',
        '/api/review/authorizations', '/api/review/authorizations/{id}/decision',
      ]),
    )
  })

  it('invitation routes need a login', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/invitations/${'A'.repeat(43)}` })
    expect(response.statusCode).toBe(401)
  })
})

describe('the member’s own side: GET/DELETE /api/me/proxies', () => {
  it('lists who may file for them (in full, with the member’s word for her or him: only the member sees this list) and revokes it', async () => {
    const { proxy, proxyIdNumber, principal, authorizationId } = await authorizedFamily(app)
    const list = await app.inject({ method: 'GET', url: '/api/me/proxies', headers: bearer(principal.token) })
    expect(list.statusCode).toBe(200)
    // The 17th digit of the proxy's ID: odd → 儿子, even → 女儿.
    const kin = Number(proxyIdNumber[16]) % 2 === 1 ? '儿子' : '女儿'
    expect(list.json()).toEqual({
      proxies: [{ authorizationId, proxyName: '张*', proxyFullName: '张三', proxyKin: kin, relationLabel: '父母', since: NOW.toISOString() }],
    })
    expect((await app.inject({ method: 'GET', url: '/api/me/proxies', headers: bearer(proxy.token) })).json()).toEqual({ proxies: [] })

    const revoked = await app.inject({ method: 'DELETE', url: `/api/me/proxies/${authorizationId}`, headers: bearer(principal.token) })
    expect(revoked.statusCode).toBe(204)
    expect((await app.inject({ method: 'GET', url: '/api/me/proxies', headers: bearer(principal.token) })).json()).toEqual({ proxies: [] })
    expect((await members(proxy.token))[0]).toMatchObject({ authorization: { status: 'REVOKED' }, canFile: false })
    const twice = await app.inject({ method: 'DELETE', url: `/api/me/proxies/${authorizationId}`, headers: bearer(principal.token) })
    expect(twice.statusCode).toBe(404)
    expectErrorBody(twice.json(), 'AUTHORIZATION_NOT_FOUND')
  })
})

describe('authorisation by a signed 授权委托书 (staff review)', () => {
  it('checks the uploads: the caller’s own, a letter and an ID photo', async () => {
    const proxy = await filer(app)
    const member = await addMember(app, proxy.token)
    const [letter, photo, other] = await uploadAll(app, proxy.token, ['AUTHORIZATION_LETTER', 'ID_DOCUMENT', 'RESIDENCE_PERMIT'])
    const wrongKind = await authorize(app, proxy.token, member.id, { method: 'DOCUMENT', letterUploadId: other, idPhotoUploadId: letter })
    expect(wrongKind.statusCode).toBe(422)
    expect(Object.keys(wrongKind.json().fields).sort()).toEqual(['idPhotoUploadId', 'letterUploadId'])
    const missing = await authorize(app, proxy.token, member.id, { method: 'DOCUMENT', letterUploadId: letter })
    expect(missing.statusCode).toBe(400)
    const stray = await authorize(app, proxy.token, member.id, { method: 'INVITATION', letterUploadId: letter })
    expect(stray.statusCode).toBe(400)
    const ok = await authorize(app, proxy.token, member.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: photo })
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toEqual({
      authorization: { id: expect.any(String), method: 'DOCUMENT', status: 'PENDING_REVIEW', expiresAt: null, reasons: [], decidedAt: null, acceptedAt: null },
      invitation: null,
    })
  })

  it('the checklist cites only national rules and the member’s 参保地: a 武汉 family sees no 江西 or 柳江区 document (issue: s08)', async () => {
    const proxy = await filer(app)
    const wuhan = await addMember(app, proxy.token, { ...FATHER, name: '王建国', idNumber: OTHER_IDS[2], insuredRegion: '420100' })
    const nanchang = await addMember(app, proxy.token, { ...FATHER, name: '王秀兰', idNumber: OTHER_IDS[3], insuredRegion: '360102' })
    for (const m of [wuhan, nanchang]) {
      const [letter, photo] = await uploadAll(app, proxy.token, ['AUTHORIZATION_LETTER', 'ID_DOCUMENT'])
      expect((await authorize(app, proxy.token, m.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: photo })).statusCode).toBe(201)
    }
    const queue = (await app.inject({ method: 'GET', url: '/api/review/authorizations?status=PENDING_REVIEW', headers: staff })).json().authorizations
    const checklistOf = (name: string) =>
      (queue.find((a: { member: { name: string } }) => a.member.name === name).checklist as Array<{ scope: string; basisText: string; citations: Array<{ doc: string }> }>)
    const wuhanDocs = checklistOf('王建国').flatMap((c) => c.citations.map((x) => x.doc))
    expect(wuhanDocs).toEqual(['中华人民共和国民法典'])
    expect(checklistOf('王建国').map((c) => [c.scope, c.basisText])).toEqual([
      ['REGIONAL', '中华人民共和国民法典 第一百六十五条'],
      ['DEFAULT', '本系统的统一做法'],
    ])
    expect(checklistOf('王秀兰').map((c) => c.basisText)).toEqual([
      '中华人民共和国民法典 第一百六十五条；赣医保发〔2023〕13号 清单 备注2',
      '赣医保发〔2023〕13号 清单 备注2',
    ])
  })

  it('staff reject with reasons, then approve a new letter; the filer can then file for the member (no account of their own)', async () => {
    const proxy = await filer(app)
    const member = await addMember(app, proxy.token, { ...FATHER, name: '王秀英', idNumber: OTHER_IDS[1], insuredRegion: '450200' })
    const [letter, photo] = await uploadAll(app, proxy.token, ['AUTHORIZATION_LETTER', 'ID_DOCUMENT'])
    const first = (await authorize(app, proxy.token, member.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: photo })).json()

    const queue = await app.inject({ method: 'GET', url: '/api/review/authorizations?status=PENDING_REVIEW', headers: staff })
    expect(queue.statusCode).toBe(200)
    const item = queue.json().authorizations.find((a: { id: string }) => a.id === first.authorization.id)
    expect(item).toMatchObject({
      method: 'DOCUMENT',
      status: 'PENDING_REVIEW',
      member: { name: '王秀英', relationLabel: '父母', insuredRegion: '450200' },
      proxy: { name: VALID_PROFILE.name, idNumberMasked: '1101**********1233' },
      letterUploadId: letter,
      idPhotoUploadId: photo,
      decidedAt: null,
    })
    // Staff can read the uploads with their token.
    expect((await app.inject({ method: 'GET', url: `/api/uploads/${letter}`, headers: staff })).statusCode).toBe(200)
    expect((await app.inject({ method: 'GET', url: '/api/review/authorizations', headers: bearer(proxy.token) })).statusCode).toBe(401)

    const decide = (id: string, body: unknown) =>
      app.inject({ method: 'POST', url: `/api/review/authorizations/${id}/decision`, headers: staff, payload: body as object })
    const noReason = await decide(first.authorization.id, { decision: 'REJECT' })
    expect(noReason.statusCode).toBe(422)
    expect(noReason.json().fields.reasons).toBe('不予通过时，请写明原因（至少一项），家人会按原因重新准备授权委托书')
    const rejected = await decide(first.authorization.id, { decision: 'REJECT', reasons: ['授权委托书没有委托人签字'] })
    expect(rejected.statusCode).toBe(200)
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', reasons: ['授权委托书没有委托人签字'], decidedAt: NOW.toISOString() })
    expect((await members(proxy.token))[0]).toMatchObject({ authorization: { status: 'REJECTED', reasons: ['授权委托书没有委托人签字'] }, canFile: false })
    expect((await decide(first.authorization.id, { decision: 'APPROVE' })).statusCode).toBe(409)

    const [letter2] = await uploadAll(app, proxy.token, ['AUTHORIZATION_LETTER'])
    const second = (await authorize(app, proxy.token, member.id, { method: 'DOCUMENT', letterUploadId: letter2, idPhotoUploadId: photo })).json()
    expect((await decide(second.authorization.id, { decision: 'APPROVE' })).json().status).toBe('ACTIVE')
    expect((await members(proxy.token))[0].canFile).toBe(true)
    // When staff accepted it: the proxy's home page tells 授权委托书已通过 from this (goodNews).
    expect((await members(proxy.token))[0].authorization.decidedAt).toBe(clock.now().toISOString())

    // Filed from the member record (insured in 柳州 450200): an instant type stays instant.
    const body = await longTermBody(app, proxy.token, TODAY, forMember(member.id))
    const filed = await app.inject(fileRequest(proxy.token, body))
    expect(filed.statusCode).toBe(201)
    expect(filed.json()).toMatchObject({
      status: 'APPROVED',
      subject: { name: '王秀英', idNumberMasked: '4502**********2347', relationLabel: '父母', kin: '母亲' },
      filedBySelf: false,
      filedBy: { self: true, nameMasked: '张*' },
    })
    // The same member, same type and place again: a duplicate.
    const twice = await app.inject(fileRequest(proxy.token, await longTermBody(app, proxy.token, TODAY, forMember(member.id))))
    expect(twice.statusCode).toBe(409)
    expectErrorBody(twice.json(), 'DUPLICATE_FILING')
  })
})

describe('filing for a family member (POST /api/filings with subject.familyMemberId)', () => {
  it('without an active authorisation → 403 PROXY_NOT_AUTHORIZED saying what to do', async () => {
    const proxy = await filer(app)
    const member = await addMember(app, proxy.token)
    await invite(app, proxy.token, member.id)
    const response = await app.inject(fileRequest(proxy.token, await longTermBody(app, proxy.token, TODAY, forMember(member.id))))
    expect(response.statusCode).toBe(403)
    expect(response.json()).toEqual({
      code: 'PROXY_NOT_AUTHORIZED',
      message: '还没有这位家人的授权：请在“家人代办”里邀请家人确认，或上传签好的授权委托书',
    })
  })

  it('uses the member’s own 实名信息, records who filed, shows it to both; the member’s own filing of the same kind is a duplicate', async () => {
    const { proxy, principal, member } = await authorizedFamily(app)
    const response = await app.inject(fileRequest(proxy.token, await longTermBody(app, proxy.token, TODAY, forMember(member.id))))
    expect(response.statusCode).toBe(201)
    const view = response.json()
    expect(view).toMatchObject({
      status: 'APPROVED',
      subject: { name: FATHER.name, idNumberMasked: '1101**********002X', relationLabel: '父母' },
      filedBySelf: false,
      filedBy: { self: true, nameMasked: '张*' },
    })
    // The filer sees no name of their own; the member sees the proxy they authorised in full, and
    // what the proxy is to them (a trial: a mother read her daughter as 李*梅).
    expect(view.filedBy).not.toHaveProperty('name')
    const seen = (await filings(principal.token)).find((f: { id: string }) => f.id === view.id)
    expect(seen).toMatchObject({ filedBySelf: false, filedBy: { self: false, nameMasked: '张*', name: VALID_PROFILE.name, kin: '儿子' } })
    expect((await filings(proxy.token)).map((f: { id: string }) => f.id)).toContain(view.id)

    const own = await app.inject(fileRequest(principal.token, await longTermBody(app, principal.token, TODAY)))
    expect(own.statusCode).toBe(409)
    expect(own.json().existingFilingId).toBe(view.id)
  })

  it('an emergency filed by a proxy goes to review, reminds both, is seen by the member, and every decision reaches both', async () => {
    const { proxy, principal, member } = await authorizedFamily(app, '450200')
    const body = await emergencyBody(app, proxy.token, '2025-09-26', forMember(member.id))
    const response = await app.inject(fileRequest(proxy.token, body))
    expect(response.statusCode).toBe(201)
    const view = response.json()
    expect(view).toMatchObject({ type: 'EMERGENCY', status: 'UNDER_REVIEW', subject: { name: FATHER.name, relationLabel: '父母' } })
    expect(view.emergency.deadline).toBe('2025-10-10')

    const listed = (await filings(principal.token)).find((f: { id: string }) => f.id === view.id)
    expect(listed).toMatchObject({ type: 'EMERGENCY', filedBy: { self: false, nameMasked: '张*' } })
    const reminders = await outbox(view.id)
    expect(reminders.map((n: { userId: string }) => n.userId).sort()).toEqual([proxy.userId, principal.userId].sort())

    const decided = await app.inject({
      method: 'POST', url: `/api/review/filings/${view.id}/decision`, headers: staff, payload: { decision: 'APPROVE' },
    })
    expect(decided.statusCode).toBe(200)
    const decisions = (await outbox(view.id)).filter((n: { kind: string }) => n.kind === 'DECISION')
    expect(decisions.map((n: { userId: string }) => n.userId).sort()).toEqual([proxy.userId, principal.userId].sort())
  })

  it('after the member revokes: the proxy cannot file, sees none of their filings, and gets no more decisions; the member keeps them', async () => {
    const { proxy, principal, member, authorizationId } = await authorizedFamily(app, '450200')
    const emergency = (await app.inject(fileRequest(proxy.token, await emergencyBody(app, proxy.token, '2025-09-26', forMember(member.id))))).json()
    const ownFiling = (await app.inject(fileRequest(proxy.token, await longTermBody(app, proxy.token, TODAY)))).json()

    expect((await app.inject({ method: 'DELETE', url: `/api/me/proxies/${authorizationId}`, headers: bearer(principal.token) })).statusCode).toBe(204)

    const refused = await app.inject(fileRequest(proxy.token, await longTermBody(app, proxy.token, TODAY, forMember(member.id))))
    expect(refused.statusCode).toBe(403)
    expectErrorBody(refused.json(), 'PROXY_NOT_AUTHORIZED')
    expect((await filings(proxy.token)).map((f: { id: string }) => f.id)).toEqual([ownFiling.id])
    const read = await app.inject({ method: 'GET', url: `/api/filings/${emergency.id}`, headers: bearer(proxy.token) })
    expect(read.statusCode).toBe(404)
    expectErrorBody(read.json(), 'FILING_NOT_FOUND')
    expect((await filings(principal.token)).map((f: { id: string }) => f.id)).toContain(emergency.id)
    expect((await app.inject({ method: 'GET', url: `/api/filings/${emergency.id}`, headers: bearer(principal.token) })).statusCode).toBe(200)

    await app.inject({ method: 'POST', url: `/api/review/filings/${emergency.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })
    const decisions = (await outbox(emergency.id)).filter((n: { kind: string }) => n.kind === 'DECISION')
    expect(decisions.map((n: { userId: string }) => n.userId)).toEqual([principal.userId])
  })

  it('deleting the member revokes the authorisation too', async () => {
    const { proxy, principal, member } = await authorizedFamily(app)
    const filed = (await app.inject(fileRequest(proxy.token, await longTermBody(app, proxy.token, TODAY, forMember(member.id))))).json()
    expect((await app.inject({ method: 'DELETE', url: `/api/family-members/${member.id}`, headers: bearer(proxy.token) })).statusCode).toBe(204)
    expect((await app.inject({ method: 'GET', url: '/api/me/proxies', headers: bearer(principal.token) })).json().proxies).toEqual([])
    expect((await filings(proxy.token)).map((f: { id: string }) => f.id)).not.toContain(filed.id)
    const again = await app.inject(fileRequest(proxy.token, await longTermBody(app, proxy.token, TODAY, forMember(member.id))))
    expect(again.statusCode).toBe(403)
  })
})
