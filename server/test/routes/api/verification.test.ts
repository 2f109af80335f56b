import { createHash, createHmac } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { endDateRule } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { ID_TAKEN_MESSAGE, UNVERIFIED_REVIEW_NOTE, VERIFIED_RELEASE_NOTE } from '@/domain/verification'
import { buildApp } from '@server/app'
import { loadConfig } from '@server/config'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, buildTestApp, expectErrorBody, login, testDatabase } from '../../helpers/build'
import { CONTACTS, DESTINATION, OTHER_DESTINATION, contactsAt, fileRequest, uploadAll } from '../../helpers/filings'
import { authorizedFamily, forMember } from '../../helpers/family'
import { distinctIdNumber, requestStaffVerification } from '../../helpers/verification'

// 10:00 China time on 2025-10-01.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const REVIEWER = 'staff-token'
const staff = { authorization: `Bearer ${REVIEWER}` }
const sixMonthsEnd = endDateRule('OTHER_TEMPORARY', profileFor(VALID_PROFILE.insuredRegion)).minimumFor(TODAY) as string

let now = NOW
let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({ now: () => now, env: { REVIEWER_TOKEN: REVIEWER, SESSION_TTL_SECONDS: String(365 * 24 * 3600) } })
})

beforeEach(() => {
  now = NOW
})

const putProfile = (token: string, change: Record<string, unknown>) =>
  app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(token), payload: { ...VALID_PROFILE, ...PRIVACY_CONSENT, ...change } })

const postVerification = (token: string, body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/me/verification', headers: bearer(token), payload: body })

const dev = (token: string, verifyResult: 'dev:pass' | 'dev:fail' | string) => postVerification(token, { provider: 'DEV', verifyResult })

async function me(token: string) {
  const response = await app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })
  expect(response.statusCode).toBe(200)
  return response.json()
}

/** A logged-in account whose 实名信息 carries `idNumber`. */
async function accountWith(idNumber: string, change: Record<string, unknown> = {}) {
  const user = await login(app)
  const saved = await putProfile(user.token, { idNumber, ...change })
  expect(saved.statusCode).toBe(200)
  return { ...user, saved: saved.json() }
}

/** An OTHER_TEMPORARY filing "for oneself", the example. */
async function fileTemporary(token: string, destination: object = DESTINATION) {
  const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
  return app.inject(
    fileRequest(token, { type: 'OTHER_TEMPORARY', subject: { self: true }, destination, startDate: TODAY, endDate: sixMonthsEnd, contacts: contactsAt(destination as { province: string }), materials }),
  )
}

const staffRequest = (token: string) => requestStaffVerification(app, token)

describe('the issue’s scenario: a stranger types a verified ID number (issue 11)', () => {
  it('A verifies and files (APPROVED); B is told the ID is verified elsewhere, cannot file for it, and cannot take it over', async () => {
    const idNumber = distinctIdNumber(VALID_PROFILE.idNumber)
    const a = await accountWith(idNumber)
    const verified = await dev(a.token, 'dev:pass')
    expect(verified.statusCode).toBe(200)
    expect(verified.json().verification).toEqual({
      status: 'VERIFIED', statusLabel: '已认证', method: 'DEV', at: NOW.toISOString(), reason: null, conflict: null,
    })
    const aFiling = await fileTemporary(a.token)
    expect(aFiling.statusCode).toBe(201)
    expect(aFiling.json().status).toBe('APPROVED')

    // B types A's ID number: saved (what they typed is not lost), and told plainly.
    const b = await accountWith(idNumber)
    expect(b.saved.verification).toMatchObject({ status: 'UNVERIFIED', conflict: ID_TAKEN_MESSAGE })
    expect(ID_TAKEN_MESSAGE).toContain('已经由另一个微信账号完成了实人认证')
    expect(ID_TAKEN_MESSAGE).toContain('上传身份证正反面和手持身份证的照片')

    // B's filing is not approved: B has no filing rights for that ID.
    const bFiling = await fileTemporary(b.token)
    expect(bFiling.statusCode).toBe(409)
    expectErrorBody(bFiling.json(), 'ID_VERIFIED_BY_ANOTHER_ACCOUNT')
    expect(bFiling.json().message).toBe(ID_TAKEN_MESSAGE)
    const bList = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(b.token) })
    expect(bList.json().filings).toEqual([])

    // B cannot take the ID over by verifying: refused, recorded, and A keeps it.
    const takeover = await dev(b.token, 'dev:pass')
    expect(takeover.statusCode).toBe(409)
    expectErrorBody(takeover.json(), 'ID_VERIFIED_BY_ANOTHER_ACCOUNT')
    expect((await me(b.token)).verification.status).toBe('UNVERIFIED')
    expect((await me(a.token)).verification.status).toBe('VERIFIED')
    const attempts = await app.repos.verifications.listForUser(b.userId)
    expect(attempts.map((x) => [x.method, x.outcome, x.failureCode])).toEqual([['DEV', 'FAILED', 'ID_TAKEN']])
  })

  it('two unverified accounts may type the same number, and neither files instantly: review, with the reason shown', async () => {
    const idNumber = distinctIdNumber(VALID_PROFILE.idNumber)
    const [first, second] = [await accountWith(idNumber), await accountWith(idNumber)]
    const reviewed = (response: Awaited<ReturnType<typeof fileTemporary>>) => {
      expect(response.statusCode).toBe(201)
      const view = response.json()
      expect(view.status).toBe('UNDER_REVIEW')
      expect(view.timeline.map((t: { status: string; note: string | null }) => [t.status, t.note])).toEqual([
        ['SUBMITTED', null],
        ['UNDER_REVIEW', UNVERIFIED_REVIEW_NOTE],
      ])
    }
    for (const account of [first, second]) expect(account.saved.verification.conflict).toBeNull()
    reviewed(await fileTemporary(first.token))
    // One person (by ID number) has one standing filing of a kind and place, whichever account
    // made it; the other account is not told its number, day or filer.
    const again = await fileTemporary(second.token)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toEqual({ code: 'DUPLICATE_FILING', message: expect.stringMatching(/^已经有一条用您的身份证号办理的.*（审核中，用另一个微信账号办理）/) })
    reviewed(await fileTemporary(second.token, OTHER_DESTINATION))
  })

  it('a proxy whose own verification ended files for a family member: review, with the reason', async () => {
    const { proxy, member } = await authorizedFamily(app)
    // Changing the name ends the verification (it was of the old name).
    const renamed = await putProfile(proxy.token, { name: '张小三', idNumber: (await me(proxy.token)).profile.idNumber })
    expect(renamed.json().verification.status).toBe('UNVERIFIED')
    const materials = await uploadAll(app, proxy.token, ['ID_DOCUMENT'])
    const response = await app.inject(
      fileRequest(proxy.token, { type: 'OTHER_TEMPORARY', ...forMember(member.id), destination: DESTINATION, startDate: TODAY, endDate: sixMonthsEnd, contacts: CONTACTS, materials }),
    )
    expect(response.statusCode).toBe(201)
    expect(response.json().status).toBe('UNDER_REVIEW')
    expect(response.json().timeline[1].note).toBe(UNVERIFIED_REVIEW_NOTE)
  })
})

describe('POST /api/me/verification with the dev provider', () => {
  it('changing the phone keeps the verification; changing the name or ID number ends it, even when changed back', async () => {
    const idNumber = distinctIdNumber(VALID_PROFILE.idNumber)
    const a = await accountWith(idNumber)
    expect((await dev(a.token, 'dev:pass')).statusCode).toBe(200)
    expect((await putProfile(a.token, { idNumber, phone: '13900001111' })).json().verification.status).toBe('VERIFIED')
    expect((await putProfile(a.token, { idNumber, name: '张叁' })).json().verification.status).toBe('UNVERIFIED')
    expect((await putProfile(a.token, { idNumber })).json().verification.status).toBe('UNVERIFIED')
    // Released: another account may now verify this ID number.
    const b = await accountWith(idNumber)
    expect(b.saved.verification.conflict).toBeNull()
    expect((await dev(b.token, 'dev:pass')).json().verification.status).toBe('VERIFIED')
  })

  it('dev:fail → 422 VERIFICATION_FAILED, recorded; the 6th failure in a China day → 429; the next day it may try again', async () => {
    const a = await accountWith(distinctIdNumber(VALID_PROFILE.idNumber))
    for (let i = 0; i < 5; i++) {
      const failed = await dev(a.token, 'dev:fail')
      expect(failed.statusCode).toBe(422)
      expectErrorBody(failed.json(), 'VERIFICATION_FAILED')
    }
    const limited = await dev(a.token, 'dev:pass')
    expect(limited.statusCode).toBe(429)
    expectErrorBody(limited.json(), 'VERIFICATION_RATE_LIMITED')
    expect(limited.json().message).toBe('今天认证没通过的次数已经有 5 次了，请明天再试；也可以改为上传身份证照片，由工作人员核对')
    const attempts = await app.repos.verifications.listForUser(a.userId)
    expect(attempts).toHaveLength(5)
    expect(attempts.every((x) => x.outcome === 'FAILED' && x.failureCode === 'VERIFICATION_FAILED')).toBe(true)
    // 00:00 China time the next day.
    now = new Date('2025-10-01T16:00:00Z')
    expect((await dev(a.token, 'dev:pass')).json().verification.status).toBe('VERIFIED')
  })

  it('refuses a result that is not a dev one, a face result on a dev server, no 实名信息, and an unknown provider', async () => {
    const a = await accountWith(distinctIdNumber(VALID_PROFILE.idNumber))
    const forged = await dev(a.token, 'something')
    expect(forged.statusCode).toBe(422)
    expectErrorBody(forged.json(), 'VERIFICATION_RESULT_INVALID')
    const wechat = await postVerification(a.token, { provider: 'WECHAT_FACE', verifyResult: 'x' })
    expect(wechat.statusCode).toBe(422)
    expectErrorBody(wechat.json(), 'VERIFICATION_PROVIDER_UNAVAILABLE')
    const bare = await login(app)
    const noProfile = await dev(bare.token, 'dev:pass')
    expect(noProfile.statusCode).toBe(422)
    expectErrorBody(noProfile.json(), 'PROFILE_REQUIRED')
    expect((await postVerification(a.token, { provider: 'FACE', verifyResult: 'x' })).statusCode).toBe(400)
    expect((await app.inject({ method: 'POST', url: '/api/me/verification', payload: { provider: 'DEV', verifyResult: 'dev:pass' } })).statusCode).toBe(401)
  })

  it('production refuses the dev provider, as it refuses the dev login', async () => {
    const config = {
      ...loadConfig({ NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', VERIFICATION_PROVIDER: 'dev' }),
      database: testDatabase(),
    }
    await expect(buildApp({ config, logger: false })).rejects.toThrow('NODE_ENV=production 时不能用开发环境的实人认证')
  })

  it('production refuses to start without ID_HASH_KEY (the development key would make the stored hashes guessable)', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' }), database: testDatabase() }
    await expect(buildApp({ config, logger: false })).rejects.toThrow('NODE_ENV=production 时必须设置 ID_HASH_KEY')
  })

  it('keeps the ID number and name as HMAC-SHA256 under ID_HASH_KEY, not as a plain SHA-256', async () => {
    const keyed = await buildTestApp({ now: () => now, env: { ID_HASH_KEY: 'test-key-1' } })
    try {
      const idNumber = distinctIdNumber(VALID_PROFILE.idNumber)
      const user = await login(keyed)
      expect((await keyed.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(user.token), payload: { ...VALID_PROFILE, idNumber, ...PRIVACY_CONSENT } })).statusCode).toBe(200)
      expect((await keyed.inject({ method: 'POST', url: '/api/me/verification', headers: bearer(user.token), payload: { provider: 'DEV', verifyResult: 'dev:pass' } })).statusCode).toBe(200)
      const held = await keyed.db.selectFrom('verified_identities').select(['id_hash', 'name_hash']).where('user_id', '=', user.userId).executeTakeFirstOrThrow()
      expect(held).toEqual({
        id_hash: createHmac('sha256', 'test-key-1').update(`id:${idNumber}`).digest('hex'),
        name_hash: createHmac('sha256', 'test-key-1').update(`name:${VALID_PROFILE.name}`).digest('hex'),
      })
      expect(held.id_hash).not.toBe(createHash('sha256').update(`id:${idNumber}`).digest('hex'))
    } finally {
      await keyed.close()
    }
  })
})

describe('the staff-checked path', () => {
  it('three photos → PENDING; staff see the conflict and approve; the requester becomes the holder', async () => {
    const idNumber = distinctIdNumber(VALID_PROFILE.idNumber)
    const a = await accountWith(idNumber)
    await dev(a.token, 'dev:pass')
    const b = await accountWith(idNumber)
    const requested = await staffRequest(b.token)
    expect(requested.statusCode).toBe(200)
    expect(requested.json().verification).toMatchObject({ status: 'PENDING', statusLabel: '等待人工核对', method: 'STAFF' })
    const again = await staffRequest(b.token)
    expect(again.statusCode).toBe(409)
    expectErrorBody(again.json(), 'VERIFICATION_PENDING')

    const queue = await app.inject({ method: 'GET', url: '/api/review/verifications', headers: staff })
    expect(queue.statusCode).toBe(200)
    const entry = queue.json().verifications.find((v: { userId: string }) => v.userId === b.userId)
    expect(entry).toMatchObject({ status: 'PENDING', name: VALID_PROFILE.name, idNumber, conflict: { userId: a.userId, method: 'DEV' } })
    // Sent on 2025-10-01, in the 国庆 break (10-01…10-08): to be checked by the next working day, 10-09 24:00 China time.
    expect(entry.deadline).toEqual({ deadline: '2025-10-09', endsAt: '2025-10-09T16:00:00.000Z', provisional: false })
    const photo = await app.inject({ method: 'GET', url: `/api/uploads/${entry.photos.holdingUploadId}`, headers: staff })
    expect(photo.statusCode).toBe(200)

    const approved = await app.inject({ method: 'POST', url: `/api/review/verifications/${entry.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })
    expect(approved.statusCode).toBe(200)
    expect(approved.json()).toMatchObject({ status: 'APPROVED', conflict: null, deadline: null })
    expect((await me(b.token)).verification).toMatchObject({ status: 'VERIFIED', method: 'STAFF' })
    expect((await me(a.token)).verification).toMatchObject({ status: 'UNVERIFIED', conflict: ID_TAKEN_MESSAGE })
    expect((await fileTemporary(b.token)).json().status).toBe('APPROVED')
    // The audit log names who decided, and the person only masked.
    const [audited] = await app.repos.audit.list({ action: 'DECIDE_VERIFICATION', subjectId: entry.id, limit: 10 })
    expect(audited).toMatchObject({
      actionLabel: '核对实人认证',
      actor: { type: 'SERVICE', name: 'service:reviewer-token' },
      subject: { type: 'VERIFICATION', id: entry.id, label: `张* ${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}` },
      detail: { decision: 'APPROVE' },
    })
    const twice = await app.inject({ method: 'POST', url: `/api/review/verifications/${entry.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })
    expect(twice.statusCode).toBe(409)
    expectErrorBody(twice.json(), 'VERIFICATION_ALREADY_DECIDED')
  })

  it('a rejection needs a reason, which the person sees; they may send new photos', async () => {
    const b = await accountWith(distinctIdNumber(VALID_PROFILE.idNumber))
    await staffRequest(b.token)
    const [entry] = (await app.inject({ method: 'GET', url: '/api/review/verifications', headers: staff })).json().verifications.filter(
      (v: { userId: string }) => v.userId === b.userId,
    )
    const noReason = await app.inject({ method: 'POST', url: `/api/review/verifications/${entry.id}/decision`, headers: staff, payload: { decision: 'REJECT' } })
    expect(noReason.statusCode).toBe(422)
    const rejected = await app.inject({
      method: 'POST', url: `/api/review/verifications/${entry.id}/decision`, headers: staff, payload: { decision: 'REJECT', reason: '手持照片看不清脸，请重新拍一张' },
    })
    expect(rejected.statusCode).toBe(200)
    expect((await me(b.token)).verification).toMatchObject({ status: 'REJECTED', statusLabel: '人工核对没通过', reason: '手持照片看不清脸，请重新拍一张' })
    const audited = await app.repos.audit.list({ action: 'DECIDE_VERIFICATION', subjectId: entry.id, limit: 10 })
    expect(audited.map((r) => r.detail)).toEqual([{ decision: 'REJECT', reason: '手持照片看不清脸，请重新拍一张' }])
    expect((await staffRequest(b.token)).json().verification.status).toBe('PENDING')
  })

  it('refuses photos that are not the caller’s or of the wrong kind, naming each slot', async () => {
    const b = await accountWith(distinctIdNumber(VALID_PROFILE.idNumber))
    const other = await login(app)
    const [front] = await uploadAll(app, other.token, ['ID_CARD_FRONT'])
    const [back, holding] = await uploadAll(app, b.token, ['ID_CARD_BACK', 'ID_DOCUMENT'])
    const response = await postVerification(b.token, { provider: 'STAFF', idFrontUploadId: front, idBackUploadId: back, holdingUploadId: holding })
    expect(response.statusCode).toBe(422)
    expect(response.json().fields).toEqual({ idFrontUploadId: '请重新上传身份证人像面', holdingUploadId: '请重新上传手持身份证的照片' })
    expect((await me(b.token)).verification.status).toBe('UNVERIFIED')
  })

  it('review endpoints are for staff only', async () => {
    const user = await login(app)
    expect((await app.inject({ method: 'GET', url: '/api/review/verifications', headers: bearer(user.token) })).statusCode).toBe(401)
  })
})

describe('a filing that waited only on its filer’s 实人认证 is approved when it passes', () => {
  const timeline = async (token: string, id: string) =>
    (await app.inject({ method: 'GET', url: `/api/filings/${id}`, headers: bearer(token) })).json() as {
      status: string
      review: { decision: string } | null
      timeline: Array<{ status: string; note: string | null }>
    }
  const decisionsFor = async (filingId: string) =>
    (await app.repos.notifications.listForFiling(filingId)).filter((n) => n.kind === 'DECISION').map((n) => n.payload)

  it('刷脸 passes: the waiting filing becomes 备案成功 at once, told as the system’s, notified, audited; the dashboard counts no review', async () => {
    const person = await accountWith(distinctIdNumber(VALID_PROFILE.idNumber))
    const filed = await fileTemporary(person.token)
    expect(filed.json().status).toBe('UNDER_REVIEW')
    now = new Date(NOW.getTime() + 3_600_000)
    expect((await dev(person.token, 'dev:pass')).statusCode).toBe(200)

    const view = await timeline(person.token, filed.json().id)
    expect(view.status).toBe('APPROVED')
    expect(view.review).toMatchObject({ decision: 'APPROVE', decidedAt: now.toISOString() })
    expect(view.timeline.map((t) => [t.status, t.note])).toEqual([
      ['SUBMITTED', null],
      ['UNDER_REVIEW', UNVERIFIED_REVIEW_NOTE],
      ['APPROVED', VERIFIED_RELEASE_NOTE],
    ])
    expect(await decisionsFor(filed.json().id)).toEqual([expect.objectContaining({ decision: 'APPROVE', statusLabel: '备案成功', summary: VERIFIED_RELEASE_NOTE })])
    // Staff see who did it: the system, on the filer's 实人认证, not a reviewer.
    const kase = await app.inject({ method: 'GET', url: `/api/review/filings/${filed.json().id}/case`, headers: staff })
    expect(kase.json().timeline.map((t: { action: string }) => t.action).at(-1)).toBe('系统办结（办理人的实人认证已通过）')
    const audit = await app.repos.audit.list({ subjectId: filed.json().id, limit: 10 })
    expect(audit.map((a) => [a.action, a.actor.type, a.actor.name])).toEqual([['DECIDE_FILING', 'SERVICE', 'service:verification-release']])
    const dashboard = await app.inject({ method: 'GET', url: '/api/review/dashboard?days=1', headers: staff })
    const released = await app.repos.reviewDecisions.decidedBetween(NOW.toISOString(), new Date(now.getTime() + 1).toISOString())
    expect(released.filter((d) => d.filingId === filed.json().id)).toHaveLength(1)
    expect(dashboard.json().reviews.count).toBe(released.filter((d) => d.reviewerId !== 'system:verification').length)
  })

  it('staff approve the ID photos: the filings waiting on them are approved with it; a rejection releases nothing', async () => {
    const person = await accountWith(distinctIdNumber(VALID_PROFILE.idNumber))
    const filed = await fileTemporary(person.token)
    expect((await staffRequest(person.token)).statusCode).toBe(200)
    const entry = async () =>
      (await app.inject({ method: 'GET', url: '/api/review/verifications', headers: staff })).json().verifications.find(
        (v: { userId: string; status: string }) => v.userId === person.userId && v.status === 'PENDING',
      )
    const first = await entry()
    const rejected = await app.inject({ method: 'POST', url: `/api/review/verifications/${first.id}/decision`, headers: staff, payload: { decision: 'REJECT', reason: '手持照片看不清脸，请重新拍一张' } })
    expect(rejected.statusCode).toBe(200)
    expect((await timeline(person.token, filed.json().id)).status).toBe('UNDER_REVIEW')

    expect((await staffRequest(person.token)).statusCode).toBe(200)
    const second = await entry()
    // The reviewer is told which filings approving it approves too.
    expect(second.releases).toEqual([filed.json().number])
    const approved = await app.inject({ method: 'POST', url: `/api/review/verifications/${second.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })
    expect(approved.statusCode).toBe(200)
    const view = await timeline(person.token, filed.json().id)
    expect(view.status).toBe('APPROVED')
    expect(view.timeline.at(-1)?.note).toBe(VERIFIED_RELEASE_NOTE)
    expect(approved.json().releases).toEqual([])
  })

  it('stays with staff: a filing a reviewer has asked material for, and an emergency filing (reviewed by its type)', async () => {
    const person = await accountWith(distinctIdNumber(VALID_PROFILE.idNumber))
    const asked = await fileTemporary(person.token)
    const request = await app.inject({
      method: 'POST', url: `/api/review/filings/${asked.json().id}/decision`, headers: staff,
      payload: { decision: 'REQUEST_MATERIALS', reasons: [], missingItems: ['居住证明'] },
    })
    expect(request.statusCode).toBe(200)
    const more = await uploadAll(app, person.token, ['ID_DOCUMENT'])
    expect((await app.inject({ method: 'POST', url: `/api/filings/${asked.json().id}/materials`, headers: bearer(person.token), payload: { materials: more } })).statusCode).toBe(200)
    expect((await timeline(person.token, asked.json().id)).status).toBe('UNDER_REVIEW')

    expect((await dev(person.token, 'dev:pass')).statusCode).toBe(200)
    // In a reviewer's hands now: the reviewer decides.
    expect((await timeline(person.token, asked.json().id)).status).toBe('UNDER_REVIEW')
  })

  it('a proxy verifies again: the filing for the family member (authorisation ACTIVE) is approved; after the member revokes, one is not', async () => {
    const { proxy, member, principal, authorizationId } = await authorizedFamily(app)
    const profile = (await me(proxy.token)).profile
    const fileForMember = async (destination: object) => {
      const materials = await uploadAll(app, proxy.token, ['ID_DOCUMENT'])
      const response = await app.inject(
        fileRequest(proxy.token, { type: 'OTHER_TEMPORARY', ...forMember(member.id), destination, startDate: TODAY, endDate: sixMonthsEnd, contacts: contactsAt(destination as { province: string }), materials }),
      )
      expect(response.json().status).toBe('UNDER_REVIEW')
      return response.json().id as string
    }
    // Changing the name ends the verification; the filing waits for it.
    await putProfile(proxy.token, { name: '张小三', idNumber: profile.idNumber })
    const waiting = await fileForMember(DESTINATION)
    expect((await dev(proxy.token, 'dev:pass')).statusCode).toBe(200)
    expect((await timeline(proxy.token, waiting)).status).toBe('APPROVED')
    expect((await timeline(proxy.token, waiting)).timeline.at(-1)?.note).toBe(VERIFIED_RELEASE_NOTE)

    // Unverified again, a second filing waits; the father revokes before the proxy verifies.
    await putProfile(proxy.token, { name: VALID_PROFILE.name, idNumber: profile.idNumber })
    const orphaned = await fileForMember(OTHER_DESTINATION)
    expect((await app.inject({ method: 'DELETE', url: `/api/me/proxies/${authorizationId}`, headers: bearer(principal.token) })).statusCode).toBe(204)
    expect((await dev(proxy.token, 'dev:pass')).statusCode).toBe(200)
    const seen = await app.inject({ method: 'GET', url: `/api/filings/${orphaned}`, headers: bearer(principal.token) })
    expect(seen.json().status).toBe('UNDER_REVIEW')
  })
})
