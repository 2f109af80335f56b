import type { FastifyInstance } from 'fastify'
import { profileFor } from '@/domain/profiles'
import { canChangeOrCancel } from '@/domain/rules'
import { VALID_PROFILE, bearer, buildTestApp, expectErrorBody, movableClock } from '../../helpers/build'
import { COMMITMENT, OTHER_CONTACTS, OTHER_DESTINATION, fileOk, filer, longTermBody } from '../../helpers/filings'

const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const env = { SESSION_TTL_SECONDS: String(2 * 365 * 24 * 3600) }
/** 10:00 China time on a date. */
const at10 = (date: string) => new Date(`${date}T10:00:00+08:00`)

// The first day the domain allows a commitment filing made today to be changed or cancelled.
const lockAnswer = canChangeOrCancel({
  filing: { type: 'LONG_TERM_RESIDENT', basis: 'COMMITMENT', validFrom: TODAY },
  profile: profileFor(VALID_PROFILE.insuredRegion),
  today: TODAY,
})
const FIRST_ALLOWED = lockAnswer.ok ? (lockAnswer.value.firstAllowedOn as string) : ''

describe('POST /api/filings/:id/cancel and /change (SPEC §5)', () => {
  let app: FastifyInstance
  const clock = movableClock(NOW)

  beforeAll(async () => {
    app = await buildTestApp({ now: clock.now, env })
  })

  const cancel = (token: string, id: string, reason = '回参保地了') =>
    app.inject({ method: 'POST', url: `/api/filings/${id}/cancel`, headers: bearer(token), payload: { reason } })
  const change = (token: string, id: string, body: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/filings/${id}/change`, headers: bearer(token), payload: body })
  const get = (token: string, id: string) => app.inject({ method: 'GET', url: `/api/filings/${id}`, headers: bearer(token) })

  async function commitmentFiling(token: string) {
    const body = await longTermBody(app, token, TODAY, { commitment: COMMITMENT })
    return fileOk(app, token, { ...body, materials: body.materials.slice(0, 1) })
  }

  it('the lock date is the domain’s: validFrom + 6 months', () => {
    expect(FIRST_ALLOWED).toBe('2026-04-01')
  })

  it('cancels a proof-based filing at any time', async () => {
    const { token } = await filer(app)
    const filing = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const response = await cancel(token, filing.id)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ id: filing.id, status: 'CANCELLED', statusLabel: '已取消', actions: { canCancel: false } })
    expect(response.json().timeline.at(-1)).toMatchObject({ status: 'CANCELLED', note: '回参保地了', at: NOW.toISOString() })

    const again = await cancel(token, filing.id)
    expect(again.statusCode).toBe(409)
    expectErrorBody(again.json(), 'FILING_NOT_STANDING')
  })

  it('refuses to cancel a commitment filing within 6 months (409 CANCEL_LOCKED with the first allowed date), allows it after', async () => {
    const { token } = await filer(app)
    const filing = await commitmentFiling(token)
    expect(filing.actions).toMatchObject({ canCancel: false, canChange: false, firstAllowedOn: FIRST_ALLOWED })

    const locked = await cancel(token, filing.id)
    expect(locked.statusCode).toBe(409)
    const body = locked.json()
    expectErrorBody(body, 'CANCEL_LOCKED')
    expect(body.firstAllowedOn).toBe(FIRST_ALLOWED)
    expect(body.message).toContain(`承诺制备案 6 个月内不能取消，最早 ${FIRST_ALLOWED} 可以取消`)
    expect((await get(token, filing.id)).json().status).toBe('APPROVED')

    clock.set(at10('2026-03-31'))
    expect((await cancel(token, filing.id)).statusCode).toBe(409)

    clock.set(at10(FIRST_ALLOWED))
    expect((await get(token, filing.id)).json().actions).toMatchObject({ canCancel: true, canChange: true, firstAllowedOn: null })
    const allowed = await cancel(token, filing.id)
    expect(allowed.statusCode).toBe(200)
    expect(allowed.json().status).toBe('CANCELLED')
  })

  it('refuses to change a commitment filing within 6 months (409 CHANGE_LOCKED)', async () => {
    const { token } = await filer(app)
    const filing = await commitmentFiling(token)
    const response = await change(token, filing.id, { reason: '搬家', destination: OTHER_DESTINATION })
    expect(response.statusCode).toBe(409)
    expectErrorBody(response.json(), 'CHANGE_LOCKED')
    expect(response.json().firstAllowedOn).toBe(FIRST_ALLOWED)
    expect((await get(token, filing.id)).json()).toMatchObject({ status: 'APPROVED', supersededBy: null })
  })

  it('a change creates a new filing (registration CHANGE) and supersedes the old one', async () => {
    const { token } = await filer(app)
    const old = await fileOk(app, token, await longTermBody(app, token, TODAY))
    clock.set(at10('2025-11-15'))
    const response = await change(token, old.id, {
      reason: '搬到柳州住了',
      destination: OTHER_DESTINATION,
      contacts: { phone1: '13900001111', addressAtDestination: '柳州市城中区文昌路 1 号' },
    })
    expect(response.statusCode).toBe(201)
    const fresh = response.json()
    expect(fresh).toMatchObject({
      registration: 'CHANGE',
      status: 'APPROVED',
      supersedes: old.id,
      supersededBy: null,
      destination: { province: '450000', city: '450200' },
      startDate: '2025-11-15',
      validFrom: '2025-11-15',
      contacts: { phone1: '13900001111' },
      basis: 'PROOF',
    })
    expect(fresh.id).not.toBe(old.id)
    expect(fresh.number).not.toBe(old.number)
    expect(fresh.materials.map((m: { id: string }) => m.id).sort()).toEqual(old.materials.map((m: { id: string }) => m.id).sort())
    expect(fresh.timeline[0].note).toContain(old.number)

    const before = (await get(token, old.id)).json()
    expect(before).toMatchObject({ status: 'SUPERSEDED', statusLabel: '已变更', supersededBy: fresh.id, actions: { canChange: false } })
    expect(before.timeline.at(-1)).toMatchObject({ status: 'SUPERSEDED', note: '搬到柳州住了' })

    const again = await change(token, old.id, { reason: '再改一次' })
    expect(again.statusCode).toBe(409)
    expectErrorBody(again.json(), 'FILING_NOT_STANDING')
  })

  it('a change that keeps the same place is not a duplicate of the filing it replaces', async () => {
    const { token } = await filer(app)
    const old = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const response = await change(token, old.id, { reason: '换手机号', contacts: { phone1: '13900002222', addressAtDestination: '阳江市江城区东风路 9 号' } })
    expect(response.statusCode).toBe(201)
    expect(response.json()).toMatchObject({ destination: old.destination, contacts: { phone1: '13900002222' } })
  })

  it('a change onto a place where another filing of the same type stands is a duplicate; nothing changes', async () => {
    const { token } = await filer(app)
    const here = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const there = await fileOk(app, token, await longTermBody(app, token, TODAY, { destination: OTHER_DESTINATION }))
    const response = await change(token, here.id, { reason: '搬家', destination: OTHER_DESTINATION, contacts: OTHER_CONTACTS })
    expect(response.statusCode).toBe(409)
    expect(response.json()).toMatchObject({ code: 'DUPLICATE_FILING', existingFilingId: there.id })
    expect((await get(token, here.id)).json()).toMatchObject({ status: 'APPROVED', supersededBy: null })
    const list = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })
    expect(list.json().filings).toHaveLength(2)
  })

  it('a change that fails the checks writes nothing', async () => {
    const { token } = await filer(app)
    const old = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const response = await change(token, old.id, { reason: '搬家', destination: { province: '440000', city: '440300' } })
    expect(response.statusCode).toBe(422)
    expect(response.json().fields.destination).toContain('同一个地方')
    expect((await get(token, old.id)).json()).toMatchObject({ status: 'APPROVED', supersededBy: null })
  })

  it('another user gets 404 on cancel and change, and the filing is untouched', async () => {
    const alice = await filer(app)
    const bob = await filer(app)
    const filing = await fileOk(app, alice.token, await longTermBody(app, alice.token, TODAY))
    const c = await cancel(bob.token, filing.id)
    const ch = await change(bob.token, filing.id, { reason: 'x', destination: OTHER_DESTINATION })
    expect(c.statusCode).toBe(404)
    expect(ch.statusCode).toBe(404)
    expectErrorBody(c.json(), 'FILING_NOT_FOUND')
    expectErrorBody(ch.json(), 'FILING_NOT_FOUND')
    expect((await get(alice.token, filing.id)).json().status).toBe('APPROVED')
  })

  it.each([
    ['an empty reason', { reason: '' }],
    ['a reason over 200 characters', { reason: '长'.repeat(201) }],
    ['no reason', {}],
    ['an unknown field', { reason: 'x', force: true }],
  ])('cancel refuses %s with 400', async (_l, payload) => {
    const { token } = await filer(app)
    const filing = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const response = await app.inject({ method: 'POST', url: `/api/filings/${filing.id}/cancel`, headers: bearer(token), payload })
    expect(response.statusCode).toBe(400)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
  })
})
