// Why over 300 lines: the table of the five self-service types and the lifecycle cases over one app.
import type { FastifyInstance } from 'fastify'
import { VALID_PROFILE, bearer, buildTestApp, expectErrorBody, login, movableClock } from '../../helpers/build'
import {
  COMMITMENT,
  CONTACTS,
  DESTINATION,
  OTHER_DESTINATION,
  fileOk,
  fileRequest,
  filer,
  longTermBody,
  uploadAll,
} from '../../helpers/filings'

// 10:00 China time on 2025-10-01.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
// Long enough that sessions outlive the clock moves below.
const env = { SESSION_TTL_SECONDS: String(2 * 365 * 24 * 3600) }
// The 6-month minimum validity from 2025-10-01, counted by hand (SPEC §4, 002 第十条): the day before 2026-04-01.
const sixMonthsEnd = '2026-03-31'

describe('POST /api/filings: the five self-service types (SPEC §1-§4, §7)', () => {
  let app: FastifyInstance

  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW, env })
  })

  // type | materials uploaded | extra body | basis | validTo
  it.each<[string, string[], Record<string, unknown>, string, string | null]>([
    ['RETIRED_RESETTLED', ['ID_DOCUMENT', 'HOUSEHOLD_REGISTER'], {}, 'PROOF', null],
    ['LONG_TERM_RESIDENT', ['ID_DOCUMENT', 'RESIDENCE_PERMIT'], {}, 'PROOF', null],
    ['LONG_TERM_RESIDENT', ['ID_DOCUMENT'], { commitment: COMMITMENT }, 'COMMITMENT', null],
    ['STATIONED_WORKER', ['SOCIAL_SECURITY_CARD', 'DISPATCH_LETTER'], {}, 'PROOF', null],
    ['REFERRAL', ['ID_DOCUMENT', 'REFERRAL_CERTIFICATE'], { endDate: sixMonthsEnd }, 'PROOF', sixMonthsEnd],
    ['OTHER_TEMPORARY', ['ID_DOCUMENT'], { endDate: sixMonthsEnd }, 'PROOF', sixMonthsEnd],
  ])('%s with %j → 201 APPROVED at once', async (type, purposes, extra, basis, validTo) => {
    const { token } = await filer(app)
    const materials = await uploadAll(app, token, purposes)
    const response = await app.inject(
      fileRequest(token, { type, subject: { self: true }, destination: DESTINATION, startDate: TODAY, contacts: CONTACTS, materials, ...extra }),
    )
    expect(response.statusCode).toBe(201)
    const view = response.json()
    expect(view).toMatchObject({
      type,
      status: 'APPROVED',
      statusLabel: '备案成功',
      basis,
      registration: 'NEW',
      subject: { name: VALID_PROFILE.name, idNumberMasked: '1101**********1233' },
      filedBySelf: true,
      destination: { province: '440000', city: '441700', name: '广东省阳江市' },
      startDate: TODAY,
      validFrom: TODAY,
      validTo,
      supersedes: null,
      supersededBy: null,
      createdAt: NOW.toISOString(),
      actions: { canCancel: basis === 'PROOF', canChange: basis === 'PROOF' },
    })
    expect(view.number).toMatch(/^YD20251001[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/)
    expect(view.typeName).toMatch(/人员$/)
    expect(view.validityExplanation).toMatch(/[\u4e00-\u9fff]/)
    expect(view.citations.length).toBeGreaterThan(0)
    expect(view.materials.map((m: { id: string }) => m.id).sort()).toEqual([...materials].sort())
    expect(view.timeline).toEqual([
      { status: 'SUBMITTED', label: '已提交', at: NOW.toISOString(), note: null },
      { status: 'APPROVED', label: '备案成功', at: NOW.toISOString(), note: '自助备案，即时办结' },
    ])
    expect(view.commitment).toEqual(
      basis === 'COMMITMENT' ? { ...COMMITMENT, signedAt: NOW.toISOString(), signedBy: null } : null,
    )
    // The full ID number never leaves the server in a filing.
    expect(response.body).not.toContain(VALID_PROFILE.idNumber)
  })

  it('an OTHER_TEMPORARY end date shorter than 6 months is refused', async () => {
    const { token } = await filer(app)
    const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
    const response = await app.inject(
      fileRequest(token, { type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate: '2026-01-01', contacts: CONTACTS, materials }),
    )
    expect(response.statusCode).toBe(422)
    expect(response.json().fields.endDate).toContain(sixMonthsEnd)
  })

  it('a commitment cannot replace the referral proof (002 第八条(四))', async () => {
    const { token } = await filer(app)
    const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
    const response = await app.inject(
      fileRequest(token, { type: 'REFERRAL', subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate: sixMonthsEnd, contacts: CONTACTS, materials, commitment: COMMITMENT }),
    )
    expect(response.statusCode).toBe(422)
    const body = response.json()
    expectErrorBody(body, 'VALIDATION_FAILED')
    expect(body.fields.commitment).toContain('不能用承诺书')
    expect(body.fields.materials).toContain('还缺')
  })

  it('a multi-place filing cannot rest on a commitment (002 第十一条)', async () => {
    const { token } = await filer(app)
    const body = await longTermBody(app, token, TODAY, { multiPlace: true, commitment: COMMITMENT })
    body.materials = body.materials.slice(0, 1)
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(422)
    expect(response.json().fields.commitment).toContain('多个地方')
  })

  it('the emergency type needs its emergency part (see filings-emergency.test.ts)', async () => {
    const { token } = await filer(app)
    const response = await app.inject(fileRequest(token, await longTermBody(app, token, TODAY, { type: 'EMERGENCY' })))
    expect(response.statusCode).toBe(422)
    expect(response.json().fields.emergency).toContain('入院日期')
  })
})

describe('POST /api/filings refusals write nothing', () => {
  let app: FastifyInstance

  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW, env })
  })

  async function listOf(token: string) {
    const response = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })
    expect(response.statusCode).toBe(200)
    return response.json().filings
  }

  it('needs a saved 实名信息 profile first (422 PROFILE_REQUIRED)', async () => {
    const { token } = await login(app)
    const materials = await uploadAll(app, token, ['ID_DOCUMENT', 'RESIDENCE_PERMIT'])
    const response = await app.inject(
      fileRequest(token, { type: 'LONG_TERM_RESIDENT', subject: { self: true }, destination: DESTINATION, startDate: TODAY, contacts: CONTACTS, materials }),
    )
    expect(response.statusCode).toBe(422)
    expectErrorBody(response.json(), 'PROFILE_REQUIRED')
    expect(response.json().message).toContain('实名信息')
    expect(await listOf(token)).toEqual([])
  })

  it('filing for a family member is refused until authorised (403 PROXY_NOT_AUTHORIZED)', async () => {
    const { token } = await filer(app)
    const response = await app.inject(fileRequest(token, await longTermBody(app, token, TODAY, { subject: { familyMemberId: 'f1' } })))
    expect(response.statusCode).toBe(403)
    expectErrorBody(response.json(), 'PROXY_NOT_AUTHORIZED')
    expect(response.json().message).toContain('家人代办')
    expect(await listOf(token)).toEqual([])
  })

  it('another user’s upload cannot be used (422 naming materials)', async () => {
    const alice = await filer(app)
    const bob = await filer(app)
    const [aliceId] = await uploadAll(app, alice.token, ['RESIDENCE_PERMIT'])
    const body = await longTermBody(app, bob.token, TODAY)
    const response = await app.inject(fileRequest(bob.token, { ...body, materials: [body.materials[0], aliceId] }))
    expect(response.statusCode).toBe(422)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
    expect(response.json().fields.materials).toMatch(/找不到/)
    expect(await listOf(bob.token)).toEqual([])
  })

  // A trial: 阳江 chosen, an address in 广州 (the domain's addressPlaceMismatch, checked once for app and server).
  it('an address in another city than the 备案地 is refused with 422 naming it, and writes nothing', async () => {
    const { token } = await filer(app)
    const body = await longTermBody(app, token, TODAY, { contacts: { ...CONTACTS, addressAtDestination: '广州市天河区体育西路 1 号' } })
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(422)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
    expect(response.json().fields).toEqual({ addressAtDestination: '住址写的是广州市，和备案地（广东省阳江市）不一致。住址要写在备案地住的地方，请核对住址或备案地' })
    expect(await listOf(token)).toEqual([])
  })

  it('reports every wrong field at once, and writes nothing', async () => {
    const { token } = await filer(app)
    const body = await longTermBody(app, token, TODAY, {
      startDate: '2025-09-30',
      contacts: { phone1: '12345', addressAtDestination: '' },
    })
    body.materials = body.materials.slice(0, 1)
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(422)
    expect(Object.keys(response.json().fields).sort()).toEqual(['addressAtDestination', 'materials', 'phone1', 'startDate'])
    expect(await listOf(token)).toEqual([])
  })

  // case | change to a valid body | field named
  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown field', { isAdmin: true }, 'isAdmin'],
    ['an unknown type', { type: 'TOURIST' }, 'type'],
    ['a malformed material id', { materials: ['not-an-id'] }, 'materials.0'],
    ['subject with both keys', { subject: { self: true, familyMemberId: 'x' } }, 'subject'],
    ['an unknown contacts field', { contacts: { ...CONTACTS, wechat: 'x' } }, 'contacts.wechat'],
  ])('refuses %s with 400', async (_l, change, field) => {
    const { token } = await filer(app)
    const response = await app.inject(fileRequest(token, await longTermBody(app, token, TODAY, change)))
    expect(response.statusCode).toBe(400)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
    expect(response.json().fields).toHaveProperty([field])
  })

  it('refuses a duplicate: same subject, type and destination while the first stands (409 naming its number)', async () => {
    const { token } = await filer(app)
    const first = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const response = await app.inject(fileRequest(token, await longTermBody(app, token, TODAY)))
    expect(response.statusCode).toBe(409)
    const body = response.json()
    expectErrorBody(body, 'DUPLICATE_FILING')
    expect(body.message).toContain(first.number)
    expect(body).toMatchObject({ existingFilingId: first.id, existingNumber: first.number })
    expect(await listOf(token)).toHaveLength(1)

    // Another destination or another type is no duplicate.
    await fileOk(app, token, await longTermBody(app, token, TODAY, { destination: OTHER_DESTINATION }))
    const [id] = await uploadAll(app, token, ['ID_DOCUMENT'])
    await fileOk(app, token, { type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate: sixMonthsEnd, contacts: CONTACTS, materials: [id] })
    expect(await listOf(token)).toHaveLength(3)
  })

  it('needs a login', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/filings', payload: {} })
    expect(response.statusCode).toBe(401)
  })
})

describe('GET /api/filings and GET /api/filings/:id', () => {
  let app: FastifyInstance
  const clock = movableClock(NOW)

  beforeAll(async () => {
    app = await buildTestApp({ now: clock.now, env })
  })

  it('lists the caller’s filings, standing ones first, then newest first; detail with its timeline', async () => {
    const { token } = await filer(app)
    clock.set(new Date('2025-10-01T02:00:00Z'))
    const [id1] = await uploadAll(app, token, ['ID_DOCUMENT'])
    const temporary = await fileOk(app, token, { type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate: sixMonthsEnd, contacts: CONTACTS, materials: [id1] })
    clock.set(new Date('2025-10-01T03:00:00Z'))
    const longTerm = await fileOk(app, token, await longTermBody(app, token, TODAY))
    clock.set(new Date('2025-10-01T04:00:00Z'))
    const cancelled = await fileOk(app, token, await longTermBody(app, token, TODAY, { destination: OTHER_DESTINATION }))
    const cancel = await app.inject({ method: 'POST', url: `/api/filings/${cancelled.id}/cancel`, headers: bearer(token), payload: { reason: '不去了' } })
    expect(cancel.statusCode).toBe(200)

    const list = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })
    expect(list.statusCode).toBe(200)
    expect(list.json().filings.map((f: { id: string }) => f.id)).toEqual([longTerm.id, temporary.id, cancelled.id])

    const detail = await app.inject({ method: 'GET', url: `/api/filings/${cancelled.id}`, headers: bearer(token) })
    expect(detail.statusCode).toBe(200)
    expect(detail.json()).toMatchObject({
      status: 'CANCELLED',
      statusLabel: '已取消',
      actions: { canCancel: false, canChange: false, firstAllowedOn: null },
    })
    expect(detail.json().timeline.map((t: { status: string }) => t.status)).toEqual(['SUBMITTED', 'APPROVED', 'CANCELLED'])
    expect(detail.json().timeline[2].note).toBe('不去了')
  })

  it('another user gets 404 FILING_NOT_FOUND, the same answer as for an id that does not exist', async () => {
    const alice = await filer(app)
    const bob = await filer(app)
    const filing = await fileOk(app, alice.token, await longTermBody(app, alice.token, TODAY))

    const theirs = await app.inject({ method: 'GET', url: `/api/filings/${filing.id}`, headers: bearer(bob.token) })
    const none = await app.inject({ method: 'GET', url: '/api/filings/00000000-0000-4000-8000-000000000000', headers: bearer(bob.token) })
    expect(theirs.statusCode).toBe(404)
    expect(none.statusCode).toBe(404)
    expect(theirs.json()).toEqual(none.json())
    expectErrorBody(theirs.json(), 'FILING_NOT_FOUND')

    const list = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(bob.token) })
    expect(list.json()).toEqual({ filings: [] })
  })

  it('an approved filing past its validity shows EXPIRED, no longer blocks a new one, and cannot be cancelled', async () => {
    const { token } = await filer(app)
    const [id] = await uploadAll(app, token, ['ID_DOCUMENT'])
    const filing = await fileOk(app, token, { type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate: sixMonthsEnd, contacts: CONTACTS, materials: [id] })
    expect(filing.validTo).toBe(sixMonthsEnd)

    clock.set(new Date(`${sixMonthsEnd}T15:59:59Z`)) // 23:59:59 China time on the last day: still valid
    expect((await app.inject({ method: 'GET', url: `/api/filings/${filing.id}`, headers: bearer(token) })).json().status).toBe('APPROVED')

    clock.set(new Date(`${sixMonthsEnd}T16:00:00Z`)) // the next day in China
    const detail = (await app.inject({ method: 'GET', url: `/api/filings/${filing.id}`, headers: bearer(token) })).json()
    expect(detail).toMatchObject({ status: 'EXPIRED', statusLabel: '已过期', actions: { canCancel: false, canChange: false } })
    expect(detail.timeline.at(-1)).toMatchObject({ status: 'EXPIRED', label: '已过期' })

    const cancel = await app.inject({ method: 'POST', url: `/api/filings/${filing.id}/cancel`, headers: bearer(token), payload: { reason: 'x' } })
    expect(cancel.statusCode).toBe(409)
    expectErrorBody(cancel.json(), 'FILING_NOT_STANDING')

    // The next day in China is 2026-04-01; its 6-month minimum ends on 2026-09-30.
    const [id2] = await uploadAll(app, token, ['ID_DOCUMENT'])
    const next = await fileOk(app, token, { type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: '2026-04-01', endDate: '2026-09-30', contacts: CONTACTS, materials: [id2] })
    expect(next).toMatchObject({ status: 'APPROVED', validFrom: '2026-04-01', validTo: '2026-09-30' })
  })

  it('refuses a malformed id with 400', async () => {
    const { token } = await filer(app)
    const response = await app.inject({ method: 'GET', url: '/api/filings/1', headers: bearer(token) })
    expect(response.statusCode).toBe(400)
  })
})
