import type { FastifyInstance } from 'fastify'
import { COMMITMENT_VERSION } from '@/domain/materials'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, buildTestApp, login } from '../../helpers/build'
import { CONTACTS, DESTINATION, fileRequest, uploadAll } from '../../helpers/filings'
import { distinctIdNumber, verifyDev } from '../../helpers/verification'

// Issue 12 item 3: names with rare characters and minority names, one rule in
// src/domain/validation/name.ts, the 承诺书 signature compared the same way.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'

describe('names through the API: every CJK ideograph, middle dots read as ·', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW })
  })

  async function saveProfile(name: string) {
    const user = await login(app)
    const payload = { ...VALID_PROFILE, name, idNumber: distinctIdNumber(VALID_PROFILE.idNumber), ...PRIVACY_CONSENT }
    const response = await app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(user.token), payload })
    return { user, response }
  }

  // typed name | status | stored name, or a fragment of the field message
  it.each<[string, number, string]>([
    ['赵孟𫖯', 200, '赵孟𫖯'],
    ['买买提•艾力', 200, '买买提·艾力'],
    ['阿依古丽・买买提', 200, '阿依古丽·买买提'],
    ['Zhao Mengfu', 422, '不要用拼音、字母或数字'],
    ['赵 孟', 422, '不要有空格'],
  ])('PUT /api/me/profile with %s → %i', async (name, status, expected) => {
    const { response } = await saveProfile(name)
    expect(response.statusCode).toBe(status)
    if (status === 200) expect(response.json().profile.name).toBe(expected)
    else expect(response.json().fields.name).toContain(expected)
  })

  // stored (typed) name | signature typed | status
  it.each<[string, string, number]>([
    ['买买提·艾力', '买买提•艾力', 201],
    ['买买提·艾力', '买买提・艾力', 201],
    ['买买提•艾力', '买买提·艾力', 201],
    ['赵孟𫖯', '赵孟𫖯', 201],
    ['买买提·艾力', '买买提艾力', 422],
  ])('stored %s, 承诺书 signed %s → %i', async (name, signedName, status) => {
    const { user, response } = await saveProfile(name)
    expect(response.statusCode).toBe(200)
    await verifyDev(app, user.token)
    const materials = await uploadAll(app, user.token, ['ID_DOCUMENT'])
    const body = {
      type: 'LONG_TERM_RESIDENT', subject: { self: true }, destination: DESTINATION, startDate: TODAY, contacts: CONTACTS, materials,
      commitment: { signedName, textVersion: COMMITMENT_VERSION },
    }
    const filed = await app.inject(fileRequest(user.token, body))
    expect(filed.statusCode).toBe(status)
    if (status === 201) expect(filed.json().commitment.signedName).toBe(response.json().profile.name)
    else expect(filed.json().fields.commitment).toContain('买买提·艾力')
  })
})
