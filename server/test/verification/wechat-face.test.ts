import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, buildTestApp, expectErrorBody, login } from '../helpers/build'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat'
import { distinctIdNumber } from '../helpers/verification'

/**
 * The WeChat face provider (微信人脸核身) against the local fake WeChat: the server checks each
 * verify_result with getinfo and trusts nothing from the app (issue 11).
 */

// 10:00 China time on 2025-10-01.
const NOW = new Date('2025-10-01T02:00:00Z')
const NOW_SECONDS = NOW.getTime() / 1000
let now = NOW
let wechat: FakeWechat
let app: FastifyInstance
let codes = 0

beforeAll(async () => {
  wechat = await startFakeWechat()
  app = await buildTestApp({
    now: () => now,
    env: { WECHAT_APPID: 'wxapp', WECHAT_SECRET: 'wxsecret', WECHAT_API_BASE_URL: wechat.baseUrl },
    sendNotifications: false,
  })
})

afterAll(async () => {
  await wechat.close()
})

beforeEach(() => {
  now = NOW
  wechat.setDown(false)
})

/** A WeChat user (openid o_<code>) with 实名信息 of their own. */
async function person() {
  const code = `face-${process.pid}-${(codes += 1)}-${Math.random().toString(36).slice(2)}`
  const user = await login(app, code)
  const idNumber = distinctIdNumber(VALID_PROFILE.idNumber)
  const saved = await app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(user.token), payload: { ...VALID_PROFILE, ...PRIVACY_CONSENT, idNumber } })
  expect(saved.statusCode).toBe(200)
  return { ...user, openid: `o_${code}`, idNumber }
}

const submit = (token: string, verifyResult: string, provider = 'WECHAT_FACE') =>
  app.inject({ method: 'POST', url: '/api/me/verification', headers: bearer(token), payload: { provider, verifyResult } })

async function statusOf(token: string) {
  return (await app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).json().verification.status
}

describe('WECHAT_FACE: verify_result checked with getinfo', () => {
  it('passes a fresh result of this person (openid, name and ID hashes), asking WeChat with the access token', async () => {
    const p = await person()
    const result = wechat.issue({ openid: p.openid, name: VALID_PROFILE.name, idNumber: p.idNumber, finishTime: NOW_SECONDS - 30 })
    const response = await submit(p.token, result)
    expect(response.statusCode).toBe(200)
    expect(response.json().verification).toMatchObject({ status: 'VERIFIED', method: 'WECHAT_FACE' })
    expect(wechat.getinfoCalls.at(-1)).toEqual({ accessToken: 'stable-token-1', body: { verify_result: result } })
  })

  // columns: case | code | what WeChat answers
  it.each<[string, string, (p: { openid: string; idNumber: string }) => Parameters<FakeWechat['issue']>[0]]>([
    ['a failed face (identify_ret 10004)', 'VERIFICATION_FAILED', (p) => ({ openid: p.openid, name: VALID_PROFILE.name, idNumber: p.idNumber, finishTime: NOW_SECONDS, identify_ret: 10004 })],
    ['another WeChat user’s result', 'VERIFICATION_MISMATCH', (p) => ({ openid: 'o_someone-else', name: VALID_PROFILE.name, idNumber: p.idNumber, finishTime: NOW_SECONDS })],
    ['another ID number', 'VERIFICATION_MISMATCH', (p) => ({ openid: p.openid, name: VALID_PROFILE.name, idNumber: '11010519491231002X', finishTime: NOW_SECONDS })],
    ['another name', 'VERIFICATION_MISMATCH', (p) => ({ openid: p.openid, name: '李四', idNumber: p.idNumber, finishTime: NOW_SECONDS })],
    ['finished 11 minutes ago', 'VERIFICATION_RESULT_EXPIRED', (p) => ({ openid: p.openid, name: VALID_PROFILE.name, idNumber: p.idNumber, finishTime: NOW_SECONDS - 11 * 60 })],
    ['expired at WeChat (84002)', 'VERIFICATION_RESULT_EXPIRED', (p) => ({ openid: p.openid, name: VALID_PROFILE.name, idNumber: p.idNumber, finishTime: NOW_SECONDS, errcode: 84002 })],
  ])('%s → 422 %s, recorded, still UNVERIFIED', async (_label, code, answer) => {
    const p = await person()
    const response = await submit(p.token, wechat.issue(answer(p)))
    expect(response.statusCode).toBe(422)
    expectErrorBody(response.json(), code)
    expect(await statusOf(p.token)).toBe('UNVERIFIED')
    const attempts = await app.repos.verifications.listForUser(p.userId)
    expect(attempts.map((a) => [a.method, a.outcome, a.failureCode])).toEqual([['WECHAT_FACE', 'FAILED', code]])
  })

  it('a forged result (WeChat does not know it) → 422 VERIFICATION_RESULT_INVALID', async () => {
    const p = await person()
    const response = await submit(p.token, 'forged-by-the-app')
    expect(response.statusCode).toBe(422)
    expectErrorBody(response.json(), 'VERIFICATION_RESULT_INVALID')
    expect(await statusOf(p.token)).toBe('UNVERIFIED')
  })

  it('a replayed result → 422 VERIFICATION_RESULT_USED, for any other account, without asking WeChat again', async () => {
    const p = await person()
    const result = wechat.issue({ openid: p.openid, name: VALID_PROFILE.name, idNumber: p.idNumber, finishTime: NOW_SECONDS })
    expect((await submit(p.token, result)).statusCode).toBe(200)
    const calls = wechat.getinfoCalls.length
    const q = await person()
    const r = await person()
    for (const token of [q.token, r.token, q.token]) {
      const replay = await submit(token, result)
      expect(replay.statusCode).toBe(422)
      expectErrorBody(replay.json(), 'VERIFICATION_RESULT_USED')
      expect(replay.json().message).toBe('这次刷脸的结果已经用过了，请重新刷脸认证')
    }
    expect(wechat.getinfoCalls.length).toBe(calls)
    expect(await statusOf(q.token)).toBe('UNVERIFIED')
    expect((await app.repos.verifications.listForUser(q.userId)).map((a) => a.failureCode)).toEqual(['VERIFICATION_RESULT_USED', 'VERIFICATION_RESULT_USED'])
  })

  it('WeChat unreachable → 503 with a plain “try later”, never a verified status', async () => {
    const p = await person()
    wechat.setDown(true)
    const result = wechat.issue({ openid: p.openid, name: VALID_PROFILE.name, idNumber: p.idNumber, finishTime: NOW_SECONDS })
    const response = await submit(p.token, result)
    expect(response.statusCode).toBe(503)
    expectErrorBody(response.json(), 'VERIFICATION_UNAVAILABLE')
    expect(response.json().message).toBe('暂时连不上微信的人脸核身服务，请过几分钟再试；您的资料都还在')
    expect(await statusOf(p.token)).toBe('UNVERIFIED')
    // Not used up: once WeChat answers again, the same result passes.
    wechat.setDown(false)
    expect((await submit(p.token, result)).statusCode).toBe(200)
  })

  it('the dev provider is not available on a WeChat server', async () => {
    const p = await person()
    const response = await submit(p.token, 'dev:pass', 'DEV')
    expect(response.statusCode).toBe(422)
    expectErrorBody(response.json(), 'VERIFICATION_PROVIDER_UNAVAILABLE')
  })

  it('keeps no verify_result, name or ID number in the attempts table: hashes only', async () => {
    const p = await person()
    const result = wechat.issue({ openid: p.openid, name: VALID_PROFILE.name, idNumber: p.idNumber, finishTime: NOW_SECONDS })
    await submit(p.token, result)
    const rows = await sql`select * from identity_verifications`.execute(app.db)
    const dump = JSON.stringify(rows.rows)
    expect(rows.rows.length).toBeGreaterThan(0)
    for (const secret of [result, p.idNumber, VALID_PROFILE.name]) expect(dump).not.toContain(secret)
  })
})
