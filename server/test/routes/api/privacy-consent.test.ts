import type { FastifyInstance } from 'fastify'
import { VALID_PROFILE, bearer, buildTestApp, expectErrorBody, login } from '../../helpers/build'
import { FATHER } from '../../helpers/family'
import { fileRequest, filer, longTermBody } from '../../helpers/filings'

// 隐私保护指引 and separate consent (个人信息保护法 第二十八条, 第二十九条; issue 9 Must have 4).
// Clock: 2025-10-01 10:00 China time, moved on where a test says so.
const NOW = new Date('2025-10-01T02:00:00Z')
const LATER = new Date('2025-10-02T03:30:00Z')

let app: FastifyInstance
let now = NOW

beforeAll(async () => {
  app = await buildTestApp({ now: () => now })
})

afterEach(() => {
  now = NOW
})

const putProfile = (token: string, payload: object) =>
  app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(token), payload })

const addMember = (token: string, payload: object) =>
  app.inject({ method: 'POST', url: '/api/family-members', headers: bearer(token), payload })

async function me(token: string) {
  const response = await app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })
  expect(response.statusCode).toBe(200)
  return response.json()
}

function expectConsentRequired(response: { statusCode: number; json: () => unknown }, message: RegExp) {
  expect(response.statusCode).toBe(422)
  const body = response.json() as Record<string, unknown>
  expectErrorBody(body, 'PRIVACY_CONSENT_REQUIRED')
  expect(body.message).toMatch(message)
  expect(body.privacyNoticeVersion).toBe('2026-12-01')
}

describe('GET /api/privacy-notice', () => {
  it('serves the notice in force and its version, without login', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/privacy-notice' })
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.version).toBe('2026-12-01')
    expect(body.text).toMatchObject({ title: '隐私保护指引', effectiveOn: '2026-12-01' })
    expect(body.text.sections.map((s: { id: string }) => s.id)).toEqual([
      'who', 'collected', 'purpose', 'storage', 'retention', 'who-sees', 'family', 'verification', 'wechat', 'rights', 'contact', 'changes',
    ])
    expect(body.text.sections[1].items[0]).toEqual({ term: '姓名、身份证号码', detail: '确认是您本人，备案要写明是谁' })
  })

  it('is documented in the OpenAPI schema, with privacyConsent on the writes that carry personal data', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json()
    expect(Object.keys(doc.paths['/api/privacy-notice'])).toEqual(['get'])
    expect(Object.keys(doc.paths['/api/me']).sort()).toEqual(['delete', 'get'])
    const profileBody = doc.paths['/api/me/profile'].put.requestBody.content['application/json'].schema
    expect(profileBody.properties.privacyConsent.required).toEqual(['version'])
    const memberBody = doc.paths['/api/family-members'].post.requestBody.content['application/json'].schema
    expect(memberBody.properties.privacyConsent.required).toEqual(['version'])
  })
})

describe('PUT /api/me/profile needs consent to the current notice', () => {
  it('without consent: 422 PRIVACY_CONSENT_REQUIRED, and nothing is stored', async () => {
    const { token } = await login(app)
    expectConsentRequired(await putProfile(token, VALID_PROFILE), /请在页面上勾选同意/)
    expect(await me(token)).toMatchObject({ profile: null, privacyConsent: null })
  })

  it('consent to another version: 422, nothing stored — even when the fields are wrong too', async () => {
    const { token } = await login(app)
    expectConsentRequired(await putProfile(token, { ...VALID_PROFILE, privacyConsent: { version: '2025-01-01' } }), /已经更新/)
    expectConsentRequired(await putProfile(token, { ...VALID_PROFILE, idNumber: '123', privacyConsent: { version: '' } }), /已经更新/)
    expect(await me(token)).toMatchObject({ profile: null, privacyConsent: null })
  })

  it('a consent of the wrong shape is a 400 naming the field', async () => {
    const { token } = await login(app)
    for (const privacyConsent of [{ version: 20261130 }, { version: '2026-12-01', agreed: true }, '2026-12-01', {}]) {
      const response = await putProfile(token, { ...VALID_PROFILE, privacyConsent })
      expect(response.statusCode).toBe(400)
      expectErrorBody(response.json(), 'VALIDATION_FAILED')
    }
  })

  it('with consent: stores the version and the time; GET /api/me shows them; later saves need not repeat it', async () => {
    const { token } = await login(app)
    const saved = await putProfile(token, { ...VALID_PROFILE, privacyConsent: { version: '2026-12-01' } })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().profile).not.toHaveProperty('privacyConsent')
    expect((await me(token)).privacyConsent).toEqual({ version: '2026-12-01', at: '2025-10-01T02:00:00.000Z' })

    now = LATER
    const again = await putProfile(token, { ...VALID_PROFILE, phone: '13900001111' })
    expect(again.statusCode).toBe(200)
    // The consent stays the one given, with its own time.
    expect((await me(token)).privacyConsent).toEqual({ version: '2026-12-01', at: '2025-10-01T02:00:00.000Z' })
  })

  it('a wrong field with consent is refused as before, and the consent is not recorded without the data', async () => {
    const { token } = await login(app)
    const response = await putProfile(token, { ...VALID_PROFILE, idNumber: '110101199003071234', privacyConsent: { version: '2026-12-01' } })
    expect(response.statusCode).toBe(422)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
    expect(await me(token)).toMatchObject({ profile: null, privacyConsent: null })
  })

  it('a profile saved under an older notice must consent again before the next write', async () => {
    const { token, userId } = await login(app)
    expect((await putProfile(token, { ...VALID_PROFILE, privacyConsent: { version: '2026-12-01' } })).statusCode).toBe(200)
    // As if the notice changed after this person agreed: their consent names the old version.
    await app.db.updateTable('privacy_consents').set({ notice_version: '2026-01-01' }).where('user_id', '=', userId).execute()
    expect((await me(token)).privacyConsent).toEqual({ version: '2026-01-01', at: '2025-10-01T02:00:00.000Z' })

    expectConsentRequired(await putProfile(token, { ...VALID_PROFILE, phone: '13900001111' }), /已经更新/)
    expect((await me(token)).profile.phone).toBe(VALID_PROFILE.phone)

    now = LATER
    const consented = await putProfile(token, { ...VALID_PROFILE, phone: '13900001111', privacyConsent: { version: '2026-12-01' } })
    expect(consented.statusCode).toBe(200)
    expect(await me(token)).toMatchObject({
      profile: { phone: '13900001111' },
      privacyConsent: { version: '2026-12-01', at: '2025-10-02T03:30:00.000Z' },
    })
  })
})

describe('POST /api/family-members needs its own consent for each member', () => {
  it('without consent, or to another version: 422 PRIVACY_CONSENT_REQUIRED, no member added', async () => {
    const { token } = await filer(app)
    expectConsentRequired(await addMember(token, FATHER), /请在页面上勾选同意/)
    expectConsentRequired(await addMember(token, { ...FATHER, privacyConsent: { version: '2025-01-01' } }), /已经更新/)
    const list = await app.inject({ method: 'GET', url: '/api/family-members', headers: bearer(token) })
    expect(list.json().members).toEqual([])
  })

  it('the profile’s consent does not cover a member: each add carries its own, recorded with the member', async () => {
    const { token, userId } = await filer(app)
    const added = await addMember(token, { ...FATHER, privacyConsent: { version: '2026-12-01' } })
    expect(added.statusCode).toBe(201)
    const rows = await app.db
      .selectFrom('privacy_consents')
      .select(['scope', 'family_member_id', 'notice_version', 'consented_at', 'withdrawn_at'])
      .where('user_id', '=', userId)
      .orderBy('scope')
      .execute()
    expect(rows).toEqual([
      { scope: 'FAMILY_MEMBER', family_member_id: added.json().id, notice_version: '2026-12-01', consented_at: '2025-10-01T02:00:00.000Z', withdrawn_at: null },
      { scope: 'PROFILE', family_member_id: null, notice_version: '2026-12-01', consented_at: '2025-10-01T02:00:00.000Z', withdrawn_at: null },
    ])
    // GET /api/me shows the consent for one's own 实名信息.
    expect((await me(token)).privacyConsent).toEqual({ version: '2026-12-01', at: '2025-10-01T02:00:00.000Z' })
  })
})

describe('POST /api/filings needs the filer’s consent to the current notice (issue 11)', () => {
  it('a filer whose consent names an older notice: 422 PRIVACY_CONSENT_REQUIRED, nothing filed; after agreeing again, filed', async () => {
    const { token, userId } = await filer(app)
    const body = await longTermBody(app, token, '2025-10-02')
    // As if the notice changed after this person agreed (e.g. the 实人认证 section was added).
    await app.db.updateTable('privacy_consents').set({ notice_version: '2026-11-30' }).where('user_id', '=', userId).execute()

    expectConsentRequired(await app.inject(fileRequest(token, body)), /请先到“实名信息”看一下新的指引/)
    const list = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })
    expect(list.json().filings).toEqual([])

    now = LATER
    expect((await putProfile(token, { ...VALID_PROFILE, idNumber: (await me(token)).profile.idNumber, privacyConsent: { version: '2026-12-01' } })).statusCode).toBe(200)
    const filed = await app.inject(fileRequest(token, body))
    expect(filed.statusCode).toBe(201)
    expect(filed.json().status).toBe('APPROVED')
  }, 30_000)

  it('a filer whose consent was withdrawn row by row (no current consent at all): 422', async () => {
    const { token, userId } = await filer(app)
    const body = await longTermBody(app, token, '2025-10-01')
    await app.db.updateTable('privacy_consents').set({ withdrawn_at: '2025-10-01T01:00:00.000Z' }).where('user_id', '=', userId).execute()
    expectConsentRequired(await app.inject(fileRequest(token, body)), /请先到“实名信息”看一下新的指引/)
  })

  it('a 变更 is refused the same way', async () => {
    const { token, userId } = await filer(app)
    const filed = await app.inject(fileRequest(token, await longTermBody(app, token, '2025-10-01')))
    expect(filed.statusCode).toBe(201)
    await app.db.updateTable('privacy_consents').set({ notice_version: '2026-11-30' }).where('user_id', '=', userId).execute()
    const change = await app.inject({
      method: 'POST',
      url: `/api/filings/${filed.json().id}/change`,
      headers: bearer(token),
      payload: { reason: '换了住处', contacts: { phone1: '13900001111', addressAtDestination: '阳江市江城区东风路 9 号' } },
    })
    expectConsentRequired(change, /请先到“实名信息”看一下新的指引/)
  })
})
