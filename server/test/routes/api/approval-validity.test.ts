import { chineseDateOf } from '@/domain/calendar/day-number'
import type { FastifyInstance } from 'fastify'
import { endDateRule } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, buildTestApp, closeTestApp, login, movableClock } from '../../helpers/build'
import { DESTINATION, contactsAt, fileOk, uploadAll } from '../../helpers/filings'
import { distinctIdNumber, verifyDev } from '../../helpers/verification'

/**
 * A filing that waits for review counts its validity from the day it is approved (备案成功), or from
 * a later start it asked for (YJ_2021 第九条; SPEC §4): whether staff approve it or the filer's
 * 实人认证 releases it. It was stored at submission and never moved, so a filing sent on the 29th
 * and approved on the 30th read 有效期 from the 29th, while the app said 审核通过那天起生效.
 */

jest.setTimeout(60_000)

// 10:00 China time on 2025-09-29; approvals come the next day.
const SENT = new Date('2025-09-29T02:00:00Z')
const SENT_ON = '2025-09-29'
const NEXT_DAY = new Date('2025-09-30T02:00:00Z')
const NEXT_DAY_ON = '2025-09-30'
const staff = { authorization: 'Bearer staff-token-1234' }
const clock = movableClock(SENT)
let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now, env: { REVIEWER_TOKEN: 'staff-token-1234' } })
})

afterAll(async () => {
  await closeTestApp(app)
})

beforeEach(() => clock.set(SENT))

const minimumEnd = (start: string) => endDateRule('OTHER_TEMPORARY', profileFor(VALID_PROFILE.insuredRegion)).minimumFor(start) as string

/** An unverified filer's OTHER_TEMPORARY filing from `startDate` to its shortest end, sent on SENT_ON: it waits for review. */
async function sentForReview(startDate: string, duringStay: { admittedOn?: string } = {}) {
  const user = await login(app)
  const idNumber = distinctIdNumber(VALID_PROFILE.idNumber)
  const payload = { ...VALID_PROFILE, idNumber, ...PRIVACY_CONSENT }
  expect((await app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(user.token), payload })).statusCode).toBe(200)
  const materials = await uploadAll(app, user.token, ['ID_DOCUMENT'])
  const body = { type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate, endDate: minimumEnd(startDate), contacts: contactsAt(DESTINATION), materials, ...duringStay }
  const view = await fileOk(app, user.token, body)
  expect(view).toMatchObject({ status: 'UNDER_REVIEW', validFrom: startDate, validTo: minimumEnd(startDate) })
  return { ...user, view, idTail: idNumber.slice(-6) }
}

const mine = async (token: string, id: string) => (await app.inject({ method: 'GET', url: `/api/filings/${id}`, headers: bearer(token) })).json()

it('approved by staff the next day: valid from the approval day, and at least 6 months from it', async () => {
  const { token, view } = await sentForReview(SENT_ON)
  clock.set(NEXT_DAY)
  const decided = await app.inject({ method: 'POST', url: `/api/review/filings/${view.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })
  expect(decided.statusCode).toBe(200)
  // The end the person asked for is now short of 6 months from the approval: the minimum holds.
  expect(minimumEnd(NEXT_DAY_ON) > minimumEnd(SENT_ON)).toBe(true)
  expect(decided.json()).toMatchObject({ status: 'APPROVED', validFrom: NEXT_DAY_ON, validTo: minimumEnd(NEXT_DAY_ON) })
  expect(await mine(token, view.id)).toMatchObject({ validFrom: NEXT_DAY_ON, validTo: minimumEnd(NEXT_DAY_ON) })
  expect((await mine(token, view.id)).validityExplanation).toContain('按最短期限计')
})

it('a later start asked for stays: approved before it, valid from the start', async () => {
  const { token, view } = await sentForReview('2025-10-08')
  clock.set(NEXT_DAY)
  expect((await app.inject({ method: 'POST', url: `/api/review/filings/${view.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })).statusCode).toBe(200)
  expect(await mine(token, view.id)).toMatchObject({ status: 'APPROVED', validFrom: '2025-10-08', validTo: minimumEnd('2025-10-08') })
})

it('released by the filer’s 实人认证 the next day: valid from that day', async () => {
  const { token, view } = await sentForReview(SENT_ON)
  clock.set(NEXT_DAY)
  await verifyDev(app, token)
  expect(await mine(token, view.id)).toMatchObject({ status: 'APPROVED', validFrom: NEXT_DAY_ON, validTo: minimumEnd(NEXT_DAY_ON) })
})

it('a request for materials moves nothing: the validity moves only with the approval', async () => {
  const { token, view } = await sentForReview(SENT_ON)
  clock.set(NEXT_DAY)
  const asked = await app.inject({ method: 'POST', url: `/api/review/filings/${view.id}/decision`, headers: staff, payload: { decision: 'REQUEST_MATERIALS', missingItems: ['身份证反面'] } })
  expect(asked.statusCode).toBe(200)
  expect(await mine(token, view.id)).toMatchObject({ status: 'NEEDS_MATERIALS', validFrom: SENT_ON, validTo: minimumEnd(SENT_ON) })
})

/** The public lookup (GET /api/status) of a filing, as anyone with its number and the ID's last 6 sees it. */
const lookedUp = async (number: string, idTail: string) =>
  (await app.inject({ method: 'GET', url: `/api/status?number=${encodeURIComponent(number)}&idTail=${idTail}` })).json()

it('the public lookup says what the filer’s pages say: a 补办 in review counts from its admission, a temporary end is a least', async () => {
  // A 补办 during a stay (admitted 3 days before sending): approved whenever, it counts from the admission.
  const stay = await sentForReview('2025-09-26', { admittedOn: '2025-09-26' })
  expect(await lookedUp(stay.view.number, stay.idTail)).toMatchObject({
    status: 'UNDER_REVIEW',
    validity: `审核通过后生效，从入院那天（2025 年 9 月 26 日）算起，到 ${chineseDateOf(minimumEnd('2025-09-26'))}为止`,
  })
  clock.set(NEXT_DAY)
  expect((await app.inject({ method: 'POST', url: `/api/review/filings/${stay.view.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })).statusCode).toBe(200)
  expect(await lookedUp(stay.view.number, stay.idTail)).toMatchObject({ status: 'APPROVED', validFrom: '2025-09-26', validity: `2025 年 9 月 26 日 至 ${chineseDateOf(minimumEnd('2025-09-26'))}` })

  // Not during a stay: approved after its start, its shortest term counts from the approval, so
  // while it waits the end is "at least" (approved the next day below, it moved).
  clock.set(SENT)
  const plain = await sentForReview(SENT_ON)
  expect((await lookedUp(plain.view.number, plain.idTail)).validity).toBe(`审核通过那天起生效，至少到 ${chineseDateOf(minimumEnd(SENT_ON))}`)
  clock.set(NEXT_DAY)
  expect((await app.inject({ method: 'POST', url: `/api/review/filings/${plain.view.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })).statusCode).toBe(200)
  expect((await lookedUp(plain.view.number, plain.idTail)).validity).toBe(`${chineseDateOf(NEXT_DAY_ON)} 至 ${chineseDateOf(minimumEnd(NEXT_DAY_ON))}`)
})
