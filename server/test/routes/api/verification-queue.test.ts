import type { FastifyInstance } from 'fastify'
import { endDateRule } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import type { VerificationReviewView } from '@/domain/verification'
import { showVerificationRequest, verificationQueue } from '@server/verification/review'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, buildTestApp, login } from '../../helpers/build'
import { DESTINATION, OTHER_DESTINATION, contactsAt, fileRequest, uploadAll } from '../../helpers/filings'
import { addMember, aFather, authorize, authorizedFamily, forMember, personWithProfile } from '../../helpers/family'
import { distinctIdNumber, requestStaffVerification } from '../../helpers/verification'
import { countedStatements } from '../../helpers/statements'

/**
 * GET /api/review/verifications reads the list in a fixed number of statements, however long it
 * is (the requests; the requesters' profiles; the IDs' holders; the pending ones' waiting
 * filings and the invitations for an emergency stay that wait on them), and shows each request as GET /api/review/verifications/:id does. The app's own
 * database (SQLite in memory, or a PostgreSQL schema of this file's with DATABASE_URL): the queue
 * holds only this file's requests.
 */

jest.setTimeout(60_000)

// 10:00 China time on 2025-10-01.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const REVIEWER = 'staff-token'
const staff = { authorization: `Bearer ${REVIEWER}` }
const sixMonthsEnd = endDateRule('OTHER_TEMPORARY', profileFor(VALID_PROFILE.insuredRegion)).minimumFor(TODAY) as string

let app: FastifyInstance
// A minute later for each request and filing, so each list's order (oldest first) is one order.
let now = NOW

beforeAll(async () => {
  app = await buildTestApp({ now: () => now, env: { REVIEWER_TOKEN: REVIEWER, SESSION_TTL_SECONDS: String(365 * 24 * 3600) } })
})

const counted = <T>(read: () => Promise<T>) => countedStatements(app, read)

const putProfile = (token: string, change: Record<string, unknown>) =>
  app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(token), payload: { ...VALID_PROFILE, ...PRIVACY_CONSENT, ...change } })

/** A logged-in account whose 实名信息 carries an ID number of its own (or `idNumber`). */
async function account(idNumber = distinctIdNumber(VALID_PROFILE.idNumber)) {
  const user = await login(app)
  expect((await putProfile(user.token, { idNumber })).statusCode).toBe(200)
  return { ...user, idNumber }
}

async function staffRequest(token: string): Promise<void> {
  now = new Date(now.getTime() + 60_000)
  const response = await requestStaffVerification(app, token)
  expect(response.statusCode).toBe(200)
}

/** An OTHER_TEMPORARY filing, for oneself unless `subject` says whom; it waits on the filer's 实人认证. */
async function fileWaiting(token: string, destination: object = DESTINATION, subject: object = { subject: { self: true } }): Promise<string> {
  const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
  now = new Date(now.getTime() + 60_000)
  const response = await app.inject(
    fileRequest(token, { type: 'OTHER_TEMPORARY', ...subject, destination, startDate: TODAY, endDate: sixMonthsEnd, contacts: contactsAt(destination as { province: string }), materials }),
  )
  expect(response.json().status).toBe('UNDER_REVIEW')
  return response.json().number
}

const decide = async (id: string, payload: Record<string, unknown>) =>
  expect((await app.inject({ method: 'POST', url: `/api/review/verifications/${id}/decision`, headers: staff, payload })).statusCode).toBe(200)

/** The list over HTTP, and each of its requests as GET /api/review/verifications/:id shows it. */
async function listAndItems(status: 'PENDING' | 'APPROVED' | 'REJECTED'): Promise<{ list: VerificationReviewView[]; items: VerificationReviewView[] }> {
  const response = await app.inject({ method: 'GET', url: `/api/review/verifications?status=${status}`, headers: staff })
  expect(response.statusCode).toBe(200)
  const list: VerificationReviewView[] = response.json().verifications
  const items = await Promise.all(
    list.map(async (v) => (await app.inject({ method: 'GET', url: `/api/review/verifications/${v.id}`, headers: staff })).json()),
  )
  return { list, items }
}

describe('GET /api/review/verifications', () => {
  it('an empty list is one statement (no `in ()`)', async () => {
    for (const status of ['PENDING', 'APPROVED', 'REJECTED'] as const) {
      expect(await counted(() => verificationQueue(app, status))).toEqual({ result: [], statements: 1 })
    }
  })

  it('1 and 5 pending requests: the same 5 statements; each view as the per-item path answers it', async () => {
    const plain = await account()
    await staffRequest(plain.token)
    const one = await counted(() => verificationQueue(app, 'PENDING'))
    expect(one.result.map((v) => v.userId)).toEqual([plain.userId])
    expect(one.statements).toBe(5)
    // The per-item path still reads the request, then its four facts.
    expect((await counted(() => showVerificationRequest(app, one.result[0].id))).statements).toBe(5)

    // Another account verified the same ID first: the conflict.
    const holder = await account()
    expect((await app.inject({ method: 'POST', url: '/api/me/verification', headers: bearer(holder.token), payload: { provider: 'DEV', verifyResult: 'dev:pass' } })).statusCode).toBe(200)
    const contested = await account(holder.idNumber)
    await staffRequest(contested.token)
    // Two filings wait on this one's 实人认证.
    const waiting = await account()
    const waitingNumbers = [await fileWaiting(waiting.token), await fileWaiting(waiting.token, OTHER_DESTINATION)]
    await staffRequest(waiting.token)
    // The 实名信息 changed after the photos were sent.
    const changed = await account()
    await staffRequest(changed.token)
    expect((await putProfile(changed.token, { idNumber: changed.idNumber, name: '李四' })).statusCode).toBe(200)
    // A proxy, unverified again (its name changed), files for a family member whose authorisation is ACTIVE.
    const { proxy, proxyIdNumber, member, principal, authorizationId } = await authorizedFamily(app)
    expect((await putProfile(proxy.token, { idNumber: proxyIdNumber, name: '张小三' })).statusCode).toBe(200)
    const forFather = await fileWaiting(proxy.token, DESTINATION, forMember(member.id))
    await staffRequest(proxy.token)

    const five = await counted(() => verificationQueue(app, 'PENDING'))
    expect(five.statements).toBe(one.statements)
    const byUser = new Map(five.result.map((v) => [v.userId, v]))
    expect(five.result.map((v) => v.userId)).toEqual([plain.userId, contested.userId, waiting.userId, changed.userId, proxy.userId])
    expect(byUser.get(plain.userId)).toMatchObject({ status: 'PENDING', name: VALID_PROFILE.name, idNumber: plain.idNumber, conflict: null, releases: [] })
    expect(byUser.get(contested.userId)?.conflict).toMatchObject({ userId: holder.userId, method: 'DEV' })
    expect(byUser.get(waiting.userId)?.releases).toEqual(waitingNumbers)
    expect(byUser.get(changed.userId)).toMatchObject({ name: '（申请后实名信息已修改）', idNumber: '' })
    expect(byUser.get(proxy.userId)?.releases).toEqual([forFather])
    expect(five.result.every((v) => v.deadline !== null)).toBe(true)

    const { list, items } = await listAndItems('PENDING')
    expect(list).toEqual(items)
    expect(list.map((v) => v.id)).toEqual(five.result.map((v) => v.id))

    // The member revokes: the proxy's filing for him no longer waits on the proxy alone, in the list as per item.
    expect((await app.inject({ method: 'DELETE', url: `/api/me/proxies/${authorizationId}`, headers: bearer(principal.token) })).statusCode).toBe(204)
    const revoked = await listAndItems('PENDING')
    expect(revoked.list.find((v) => v.userId === proxy.userId)?.releases).toEqual([])
    expect(revoked.list).toEqual(revoked.items)
  })

  it('decided requests: 3 statements (no waiting filings read), one account twice; each view as the per-item path answers it', async () => {
    const pending = await verificationQueue(app, 'PENDING')
    const [first, second, ...rest] = pending
    await decide(first.id, { decision: 'APPROVE' })
    await decide(second.id, { decision: 'APPROVE' })
    for (const v of rest) await decide(v.id, { decision: 'REJECT', reason: '手持照片看不清脸，请重新拍一张' })
    // One account rejected twice: two requests in the list, one profile and holder read for both.
    const again = await account()
    await staffRequest(again.token)
    const [request] = (await verificationQueue(app, 'PENDING')).filter((v) => v.userId === again.userId)
    await decide(request.id, { decision: 'REJECT', reason: '照片不清楚' })
    await staffRequest(again.token)
    const [secondRequest] = (await verificationQueue(app, 'PENDING')).filter((v) => v.userId === again.userId)
    await decide(secondRequest.id, { decision: 'REJECT', reason: '还是不清楚' })

    const approved = await counted(() => verificationQueue(app, 'APPROVED'))
    expect(approved.statements).toBe(3)
    expect(approved.result.map((v) => v.id)).toEqual([first.id, second.id])
    const rejected = await counted(() => verificationQueue(app, 'REJECTED'))
    expect(rejected.statements).toBe(3)
    expect(rejected.result).toHaveLength(rest.length + 2)
    expect(rejected.result.filter((v) => v.userId === again.userId).map((v) => v.reason)).toEqual(['照片不清楚', '还是不清楚'])
    expect(rejected.result.every((v) => v.deadline === null && v.releases.length === 0)).toBe(true)

    for (const status of ['APPROVED', 'REJECTED'] as const) {
      const { list, items } = await listAndItems(status)
      expect(list).toEqual(items)
    }
  })

  // A trial: a mother's photo check held up the 补办 of her stay, and the list said only 核对期限.
  it('a request whose person an invitation for an emergency stay waits on says the stay and its 补办 deadline', async () => {
    const father = aFather()
    const proxy = await personWithProfile(app, { name: VALID_PROFILE.name, idNumber: distinctIdNumber(VALID_PROFILE.idNumber), insuredRegion: VALID_PROFILE.insuredRegion })
    const member = await addMember(app, proxy.token, { ...father, insuredRegion: '450200' })
    const invited = await authorize(app, proxy.token, member.id, { method: 'INVITATION', emergencyAdmittedOn: '2025-09-29' })
    expect(invited.statusCode).toBe(201)
    const him = await personWithProfile(app, { name: father.name, idNumber: father.idNumber, insuredRegion: '450200' }, { verified: false })
    await staffRequest(him.token)
    const other = await account()
    await staffRequest(other.token)

    const list = await verificationQueue(app, 'PENDING')
    const byUser = new Map(list.map((v) => [v.userId, v]))
    // 柳州 (001: 5 working days from the admission, 国庆 counted out, the 10-11 make-up Saturday counted in): his 参保地's rule, not the proxy's.
    expect(byUser.get(him.userId)?.stay).toEqual({ admittedOn: '2025-09-29', deadline: '2025-10-13' })
    expect(byUser.get(other.userId)?.stay).toBeNull()
    const [item] = list.filter((v) => v.userId === him.userId)
    expect((await showVerificationRequest(app, item!.id)).stay).toEqual({ admittedOn: '2025-09-29', deadline: '2025-10-13' })

    // Decided: nothing to urge.
    await decide(item!.id, { decision: 'APPROVE' })
    expect((await verificationQueue(app, 'APPROVED')).find((v) => v.id === item!.id)?.stay).toBeNull()
  })
})
