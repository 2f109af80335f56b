import type { FastifyInstance } from 'fastify'
import { endDateRule } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import type { QueueItem } from '@/domain/review/staff-views'
import { authorizationQueue } from '@server/family/family'
import { workQueue } from '@server/filings/staff-review'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, buildTestApp, closeTestApp, login, movableClock } from '../../../helpers/build'
import { OTHER_IDS, addMember, authorize, authorizedFamily, forMember } from '../../../helpers/family'
import { emergencyBody } from '../../../helpers/emergency'
import { DESTINATION, contactsAt, fileOk, uploadAll } from '../../../helpers/filings'
import { countedStatements } from '../../../helpers/statements'
import { distinctIdNumber, requestStaffVerification } from '../../../helpers/verification'

/**
 * The staff console's work queue (GET /api/review/queue) and the 授权委托书 list (GET
 * /api/review/authorizations) read in a fixed number of statements however long they are: a
 * filing's 参保地 comes with it (it was read again filing by filing), and the letters' members and
 * proxies are read for all of them at once (two statements per letter before). The app's own
 * database (SQLite in memory, or a PostgreSQL schema of this file's with DATABASE_URL).
 */

jest.setTimeout(60_000)

const clock = movableClock(new Date('2025-09-29T02:00:00Z'))
const TODAY = '2025-09-29'
let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
})

afterAll(async () => {
  await closeTestApp(app)
})

/** A person insured in `insuredRegion` without 实人认证: a self-service filing waits for review. */
async function unverified(insuredRegion: string): Promise<string> {
  const user = await login(app)
  const payload = { ...VALID_PROFILE, idNumber: distinctIdNumber(VALID_PROFILE.idNumber), insuredRegion, ...PRIVACY_CONSENT }
  expect((await app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(user.token), payload })).statusCode).toBe(200)
  return user.token
}

/** A filing under review, of a person insured in `insuredRegion`: its id and the filer's token. */
async function fileUnderReview(insuredRegion: string): Promise<{ id: string; token: string }> {
  const token = await unverified(insuredRegion)
  const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
  const endDate = endDateRule('OTHER_TEMPORARY', profileFor(insuredRegion)).minimumFor(TODAY) as string
  const body = { type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate, contacts: contactsAt(DESTINATION), materials }
  const filed = await fileOk(app, token, body)
  expect(filed.status).toBe('UNDER_REVIEW')
  return { id: filed.id as string, token }
}

/** A 授权委托书 waiting for staff, for a member of a new filer insured in `insuredRegion`. */
async function letterWaiting(idNumber: string, insuredRegion: string): Promise<void> {
  const token = await unverified(VALID_PROFILE.insuredRegion)
  const member = await addMember(app, token, { name: '王建国', idNumber, relation: 'PARENT', phone: '13912345678', insuredRegion, insuranceType: 'EMPLOYEE' })
  const [letter, photo] = await uploadAll(app, token, ['AUTHORIZATION_LETTER', 'ID_DOCUMENT'])
  expect((await authorize(app, token, member.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: photo })).statusCode).toBe(201)
}

it('reads the same number of statements for one filing and one letter as for three of each, and gives each its own 参保地', async () => {
  const empty = await countedStatements(app, () => workQueue(app))
  expect(empty.result).toEqual({ items: [], waiting: 0 })

  await fileUnderReview('420100')
  await letterWaiting(OTHER_IDS[2], '360102')
  const one = await countedStatements(app, () => workQueue(app))
  expect(one.result.waiting).toBe(2)
  expect(one.result.items.map((i) => [i.kind, i.insuredRegion])).toEqual(
    expect.arrayContaining([
      ['FILING', '420100'],
      ['AUTHORIZATION', '360102'],
    ]),
  )

  await fileUnderReview('450206')
  await fileUnderReview('440300')
  await letterWaiting(OTHER_IDS[3], '450200')
  await letterWaiting(OTHER_IDS[4], '440300')
  const three = await countedStatements(app, () => workQueue(app))
  expect(three.result.waiting).toBe(6)
  const filings = three.result.items.filter((i: QueueItem) => i.kind === 'FILING')
  const letters = three.result.items.filter((i: QueueItem) => i.kind === 'AUTHORIZATION')
  expect(new Set(filings.map((i) => i.insuredRegion))).toEqual(new Set(['420100', '450206', '440300']))
  expect(filings.map((i) => i.insuredRegionName)).toEqual(expect.arrayContaining(['湖北省武汉市', '广东省深圳市']))
  expect(new Set(letters.map((i) => i.insuredRegion))).toEqual(new Set(['360102', '450200', '440300']))
  expect(three.statements).toBe(one.statements)
  // The filings (1) and their details (4); the letters (1), their members and proxies (2), and the
  // letters refused before them (1: the queue marks a letter sent again, 重新提交); the 实人认证
  // requests waiting for staff (1: 实人认证待核对).
  expect(one.statements).toBeLessThanOrEqual(10)
})

it('past its limit, lists the oldest filings and still says how many wait in all (one statement more)', async () => {
  const all = await countedStatements(app, () => workQueue(app))
  const limited = await countedStatements(app, () => workQueue(app, 2))
  expect(limited.result.waiting).toBe(6)
  const filings = limited.result.items.filter((i) => i.kind === 'FILING')
  expect(filings.map((i) => i.id)).toEqual(all.result.items.filter((i) => i.kind === 'FILING').slice(0, 2).map((i) => i.id))
  expect(limited.result.items.filter((i) => i.kind === 'AUTHORIZATION')).toHaveLength(3)
  expect(limited.statements).toBe(all.statements + 1)
})

it('the 授权委托书 list shows each letter with its member and its proxy, in the same statements for any length', async () => {
  const { result, statements } = await countedStatements(app, () => authorizationQueue(app, 'PENDING_REVIEW'))
  expect(result).toHaveLength(3)
  expect(new Set(result.map((a) => a.member.insuredRegion))).toEqual(new Set(['360102', '450200', '440300']))
  for (const a of result) expect(a.member.name).toBe('王建国')
  // The letters, their members, their proxies, and the letters refused before them.
  expect(statements).toBe(4)
})

// A trial: only the case page said that 批准 would first ask to confirm the filer's identity.
it('marks a filing whose account’s 实人认证 photos wait for staff, and no other, in the same statements', async () => {
  const before = await countedStatements(app, () => workQueue(app))
  const waiting = await fileUnderReview('420100')
  expect((await requestStaffVerification(app, waiting.token)).statusCode).toBeLessThan(300)
  const { result, statements } = await countedStatements(app, () => workQueue(app))
  const items = result.items
  expect(items.find((i) => i.id === waiting.id)?.filerVerifying).toBe(true)
  expect(items.filter((i) => i.id !== waiting.id).every((i) => i.filerVerifying === false)).toBe(true)
  expect(statements).toBe(before.statements)
  // Filed for oneself: the account it speaks of is the 参保人's own.
  expect(items.find((i) => i.id === waiting.id)?.filedByProxy).toBe(false)
})

// A trial: 实人认证待核对 on a row naming the mother read as hers; it was her daughter's (the proxy).
it('says which filings a proxy made, so the console can say whose 实人认证 waits', async () => {
  const emergency = await authorizedFamily(app)
  const filing = await fileOk(app, emergency.proxy.token, await emergencyBody(app, emergency.proxy.token, '2025-09-26', forMember(emergency.member.id)))
  const { items } = await workQueue(app)
  expect(items.find((i) => i.id === filing.id)?.filedByProxy).toBe(true)
  expect(items.filter((i) => i.kind === 'AUTHORIZATION').every((i) => !i.filedByProxy)).toBe(true)
})
