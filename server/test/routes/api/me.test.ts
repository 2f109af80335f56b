import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions } from 'fastify'
import {
  PRIVACY_CONSENT,
  VALID_PROFILE,
  bearer,
  buildTestApp,
  closeTestApp,
  expectErrorBody,
  login,
  testDatabase,
} from '../../helpers/build'
import { issueToken } from '@server/auth/token'

// 10:00 China time on 2025-10-01, so "today" is fixed whatever the machine's clock says.
const NOW = new Date('2025-10-01T02:00:00Z')

/** A profile save with consent to the current 隐私保护指引 (privacy-consent.test.ts tests without). */
const putProfile = (token: string, payload: object): InjectOptions => ({
  method: 'PUT',
  url: '/api/me/profile',
  headers: bearer(token),
  payload: { ...PRIVACY_CONSENT, ...payload },
})

async function getMe(app: FastifyInstance, token: string) {
  const response = await app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })
  expect(response.statusCode).toBe(200)
  return response.json()
}

describe('GET /api/me and PUT /api/me/profile', () => {
  it('starts with no profile, saves one, and shows it back in full to its owner', async () => {
    const app = await buildTestApp({ now: () => NOW })
    const { token, userId } = await login(app)
    const unverified = { status: 'UNVERIFIED', statusLabel: '未认证', method: null, at: null, reason: null, conflict: null }
    expect(await getMe(app, token)).toEqual({ user: { id: userId }, profile: null, privacyConsent: null, verification: unverified })

    const saved = await app.inject(putProfile(token, VALID_PROFILE))
    expect(saved.statusCode).toBe(200)
    const expected = {
      ...VALID_PROFILE,
      insuredArea: { code: '440300', name: '广东省深圳市', fromDistrict: false, label: '广东省深圳市' },
      birthDate: '1990-03-07',
      sex: 'M',
      updatedAt: NOW.toISOString(),
    }
    expect(saved.json()).toEqual({ profile: expected, verification: unverified })
    expect(await getMe(app, token)).toEqual({
      user: { id: userId },
      profile: expected,
      privacyConsent: { version: '2026-12-01', at: '2025-10-01T02:00:00.000Z' },
      verification: unverified,
    })
  }, 20000) // builds its own app: migrations take seconds on a busy machine

  it('replaces the profile on a second save', async () => {
    const app = await buildTestApp({ now: () => NOW })
    const { token } = await login(app)
    await app.inject(putProfile(token, VALID_PROFILE))
    const second = await app.inject(putProfile(token, { ...VALID_PROFILE, phone: '13900001111', insuranceType: 'RESIDENT' }))
    expect(second.statusCode).toBe(200)
    const { profile } = await getMe(app, token)
    expect(profile).toMatchObject({ phone: '13900001111', insuranceType: 'RESIDENT' })
  })

  it('keeps users apart', async () => {
    const app = await buildTestApp({ now: () => NOW })
    const alice = await login(app)
    const bob = await login(app)
    await app.inject(putProfile(alice.token, VALID_PROFILE))
    expect((await getMe(app, bob.token)).profile).toBeNull()
  })

  it('answers 422 with a field message for a wrong ID check digit, and writes nothing', async () => {
    const app = await buildTestApp({ now: () => NOW })
    const { token } = await login(app)
    const response = await app.inject(putProfile(token, { ...VALID_PROFILE, idNumber: '110101199003071234' }))
    expect(response.statusCode).toBe(422)
    const body = response.json()
    expectErrorBody(body, 'VALIDATION_FAILED')
    expect(Object.keys(body.fields)).toEqual(['idNumber'])
    expect(body.fields.idNumber).toMatch(/校验/)
    expect((await getMe(app, token)).profile).toBeNull()
  })

  it('reports every wrong field at once', async () => {
    const app = await buildTestApp({ now: () => NOW })
    const { token } = await login(app)
    const response = await app.inject(
      putProfile(token, { ...VALID_PROFILE, name: '', phone: '12345', insuredRegion: '999999' }),
    )
    expect(response.statusCode).toBe(422)
    expect(Object.keys(response.json().fields).sort()).toEqual(['insuredRegion', 'name', 'phone'])
  })
})

describe('PUT /api/me/profile refuses bad input with 4xx { code, message } and leaves the profile unchanged', () => {
  let app: FastifyInstance
  let token: string
  let userId: string
  let before: unknown
  let clock = NOW

  beforeAll(async () => {
    app = await buildTestApp({ now: () => clock })
    ;({ token, userId } = await login(app))
    expect((await app.inject(putProfile(token, VALID_PROFILE))).statusCode).toBe(200)
    before = (await getMe(app, token)).profile
  })

  afterEach(async () => {
    clock = NOW
    expect((await getMe(app, token)).profile).toEqual(before)
  })

  const json = { 'content-type': 'application/json' }
  const withToken = (options: Omit<InjectOptions, 'method' | 'url'>): InjectOptions => ({
    method: 'PUT',
    url: '/api/me/profile',
    ...options,
    headers: { ...bearer(token), ...options.headers },
  })
  const changed = { ...VALID_PROFILE, name: '李四' }

  // case | request | status | code | field that must be named (null: none). Every row has all
  // five columns: jest treats a missing trailing argument as the `done` callback.
  const cases: Array<[string, () => InjectOptions, number, string, string | null]> = [
    ['malformed JSON', () => withToken({ headers: json, payload: '{"name": "李四",' }), 400, 'INVALID_JSON', null],
    ['an empty JSON body', () => withToken({ headers: json, payload: '' }), 400, 'INVALID_JSON', null],
    ['an unknown field', () => withToken({ payload: { ...changed, isAdmin: true } }), 400, 'VALIDATION_FAILED', 'isAdmin'],
    ['a number for a text field', () => withToken({ payload: { ...changed, phone: 13812345678 } }), 400, 'VALIDATION_FAILED', 'phone'],
    ['an unknown insurance type', () => withToken({ payload: { ...changed, insuranceType: 'GOLD' } }), 400, 'VALIDATION_FAILED', 'insuranceType'],
    ['a missing field', () => withToken({ payload: { name: '李四' } }), 400, 'VALIDATION_FAILED', 'idNumber'],
    ['an array instead of an object', () => withToken({ payload: [changed] as unknown as object }), 400, 'VALIDATION_FAILED', 'body'],
    ['a body over 1 MB', () => withToken({ payload: { ...changed, name: 'x'.repeat(1024 * 1024) } }), 413, 'BODY_TOO_LARGE', null],
    ['plain text', () => withToken({ headers: { 'content-type': 'text/plain' }, payload: 'hello' }), 415, 'UNSUPPORTED_MEDIA_TYPE', null],
    ['a prototype-poisoning body', () => withToken({ headers: json, payload: `{"__proto__": {"x": 1}, "name": "李四"}` }), 400, 'INVALID_JSON', null],
  ]

  it.each(cases)('%s', async (_label, request, status, code, field) => {
    const response = await app.inject(request())
    expect(response.statusCode).toBe(status)
    const body = response.json()
    expectErrorBody(body, code)
    if (field) expect(body.fields).toHaveProperty([field], expect.stringMatching(/[\u4e00-\u9fff]/))
  })

  it('checks the token before reading the body: anonymous garbage gets 401, not parsing feedback', async () => {
    const response = await app.inject({ method: 'PUT', url: '/api/me/profile', headers: json, payload: '{oops' })
    expect(response.statusCode).toBe(401)
    expectErrorBody(response.json(), 'UNAUTHORIZED')
  })

  it('refuses a missing token with 401', async () => {
    const response = await app.inject({ method: 'PUT', url: '/api/me/profile', payload: changed })
    expect(response.statusCode).toBe(401)
    expectErrorBody(response.json(), 'UNAUTHORIZED')
  })

  it.each([
    ['garbage', () => 'not-a-token'],
    ['a bad signature', () => `${token.split('.')[0]}.${'A'.repeat(43)}`],
    [
      'a payload rewritten for another user',
      () => {
        const payload = Buffer.from(JSON.stringify({ sub: 'someone-else', exp: 9999999999 })).toString('base64url')
        return `${payload}.${token.split('.')[1]}`
      },
    ],
    ['a token signed with another secret', () => issueToken(userId, 'another-secret', NOW, 3600)],
    ['a re-spelled signature', () => token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))],
  ])('refuses a forged token (%s) with 401', async (_label, forge) => {
    const response = await app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: bearer(forge()),
      payload: changed,
    })
    expect(response.statusCode).toBe(401)
    expectErrorBody(response.json(), 'UNAUTHORIZED')
    expect(response.json().message).toMatch(/重新打开小程序登录/)
  })

  it('refuses an expired token with 401', async () => {
    clock = new Date(NOW.getTime() + 8 * 24 * 60 * 60 * 1000)
    const response = await app.inject(putProfile(token, changed))
    expect(response.statusCode).toBe(401)
    expectErrorBody(response.json(), 'UNAUTHORIZED')
  })
})

describe('persistence', () => {
  it('keeps the profile and the session across a restart on the same database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yidi-server-'))
    try {
      const database = testDatabase(join(dir, 'nested', 'app.db'))
      const first = await buildTestApp({ database, now: () => NOW })
      const { token } = await login(first)
      await first.inject(putProfile(token, VALID_PROFILE))
      const saved = (await getMe(first, token)).profile
      await closeTestApp(first)

      // Same token: the generated session secret was stored, so it survives the restart.
      const second = await buildTestApp({ database, now: () => NOW })
      expect((await getMe(second, token)).profile).toEqual(saved)
      await closeTestApp(second)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

// Issue 12 item 4: a district or county code is a 参保地 everywhere, read as its pooling area
// (the same reading as GET /api/emergency-window and GET /api/policy-profiles/:regionCode).
describe('PUT /api/me/profile: a district or county code as 参保地 (SPEC §3)', () => {
  // given code | status | insuredArea expected (null: refused with the field message)
  it.each<[string, number, { code: string; name: string; fromDistrict: boolean; label: string } | null]>([
    ['450206', 200, { code: '450200', name: '广西壮族自治区柳州市', fromDistrict: true, label: '广西壮族自治区柳州市（区县代码 450206，按柳州市参保）' }],
    ['441702', 200, { code: '441700', name: '广东省阳江市', fromDistrict: true, label: '广东省阳江市（区县代码 441702，按阳江市参保）' }],
    ['110105', 200, { code: '110000', name: '北京市', fromDistrict: true, label: '北京市（区县代码 110105，按北京市参保）' }],
    ['450200', 200, { code: '450200', name: '广西壮族自治区柳州市', fromDistrict: false, label: '广西壮族自治区柳州市' }],
    ['440000', 422, null],
    ['999999', 422, null],
  ])('%s → %i', async (insuredRegion, status, insuredArea) => {
    const app = await buildTestApp({ now: () => NOW })
    const { token } = await login(app)
    const saved = await app.inject(putProfile(token, { ...VALID_PROFILE, insuredRegion }))
    expect(saved.statusCode).toBe(status)
    if (insuredArea) {
      expect(saved.json().profile).toMatchObject({ insuredRegion, insuredArea })
      expect((await getMe(app, token)).profile).toMatchObject({ insuredRegion, insuredArea })
      // The same reading as the emergency window and the policy profile.
      const profile = await app.inject({ method: 'GET', url: `/api/policy-profiles/${insuredRegion}` })
      expect(profile.json().region.code).toBe(insuredArea.code)
    } else {
      expect(saved.json().fields.insuredRegion).toContain('参保地不在名单里')
    }
  }, 20000)
})
