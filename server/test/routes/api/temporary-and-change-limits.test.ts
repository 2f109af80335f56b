import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp } from '../../helpers/build'
import { CONTACTS, DESTINATION, OTHER_CONTACTS, OTHER_DESTINATION, fileOk, fileRequest, filer, longTermBody, uploadAll } from '../../helpers/filings'

// Issue 12 item 8: a 变更 to another place needs the address there; a temporary filing ends
// within the profile's limit (default 6 months at least, 12 at most: a product choice).
// 10:00 China time on 2025-10-01: 6 months end 2026-03-31, 12 months end 2026-09-30.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const env = { SESSION_TTL_SECONDS: String(365 * 24 * 3600) }

describe('temporary end dates and the address of a change, through the API', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW, env })
  })

  // type | end date | status | validTo or endDate message fragment
  it.each<[string, string, number, string]>([
    ['OTHER_TEMPORARY', '9999-12-31', 422, '结束日期最晚是 2026-09-30'],
    ['OTHER_TEMPORARY', '2026-10-01', 422, '结束日期最晚是 2026-09-30'],
    ['OTHER_TEMPORARY', '2026-09-30', 201, '2026-09-30'],
    ['OTHER_TEMPORARY', '2026-03-31', 201, '2026-03-31'],
    ['REFERRAL', '9999-12-31', 422, '结束日期最晚是 2026-09-30'],
  ])('%s ending %s → %i', async (type, endDate, status, expected) => {
    const { token } = await filer(app)
    const purposes = type === 'REFERRAL' ? ['ID_DOCUMENT', 'REFERRAL_CERTIFICATE'] : ['ID_DOCUMENT']
    const materials = await uploadAll(app, token, purposes)
    const response = await app.inject(
      fileRequest(token, { type, subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate, contacts: CONTACTS, materials }),
    )
    expect(response.statusCode).toBe(status)
    if (status === 201) expect(response.json().validTo).toBe(expected)
    else expect(response.json().fields.endDate).toContain(expected)
  })

  // change body (besides the reason) | status | destination city or the address message
  it.each<[Record<string, unknown>, number, string]>([
    [{ destination: OTHER_DESTINATION }, 422, '请填写在新备案地的住址'],
    [{ destination: OTHER_DESTINATION, contacts: CONTACTS }, 422, '请填写在新备案地的住址'],
    [{ destination: { province: '440000' } }, 422, '请填写在新备案地的住址'],
    [{ destination: OTHER_DESTINATION, contacts: OTHER_CONTACTS }, 201, '450200'],
    [{ contacts: { ...CONTACTS, phone1: '13900001111' } }, 201, '441700'],
  ])('POST /api/filings/:id/change with %j → %i', async (change, status, expected) => {
    const { token } = await filer(app)
    const old = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const response = await app.inject({ method: 'POST', url: `/api/filings/${old.id}/change`, headers: bearer(token), payload: { reason: '搬家', ...change } })
    expect(response.statusCode).toBe(status)
    if (status === 201) {
      expect(response.json().destination.city).toBe(expected)
    } else {
      expect(response.json().fields.addressAtDestination).toContain(expected)
      const kept = await app.inject({ method: 'GET', url: `/api/filings/${old.id}`, headers: bearer(token) })
      expect(kept.json()).toMatchObject({ status: 'APPROVED', supersededBy: null })
    }
  })
})
