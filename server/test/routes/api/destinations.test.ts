import type { FastifyInstance } from 'fastify'
import { endDateRule } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { VALID_PROFILE, buildTestApp } from '../../helpers/build'
import { emergencyBody, insuredIn } from '../../helpers/emergency'
import { contactsAt, fileRequest, filer, uploadAll } from '../../helpers/filings'

// Issue 12 item 9: a filing goes to the destination city OR province (002 第十二条; 004 表8
// 温馨提示2): a person who will see doctors in several cities of one province.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const env = { SESSION_TTL_SECONDS: String(365 * 24 * 3600) }
const sixMonthsEnd = endDateRule('OTHER_TEMPORARY', profileFor(VALID_PROFILE.insuredRegion)).minimumFor(TODAY) as string

describe('POST /api/filings to a whole province', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW, env })
  })

  // destination | status | destination.name or field message fragment
  it.each<[Record<string, unknown>, number, string]>([
    [{ province: '440000' }, 201, '广东省（全省）'],
    [{ province: '450000', city: null }, 201, '广西壮族自治区（全省）'],
    [{ province: '650000' }, 201, '新疆维吾尔自治区（全省）'],
    [{ province: '440000', city: '441700' }, 201, '广东省阳江市'],
    [{ province: '440000', city: '450200' }, 422, '不属于广东省'],
    [{ province: '441700' }, 422, '请从列表中选择在哪个省看病（就医地）'],
  ])('OTHER_TEMPORARY to %j → %i %s', async (destination, status, expected) => {
    const { token } = await filer(app)
    const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
    const body = { type: 'OTHER_TEMPORARY', subject: { self: true }, destination, startDate: TODAY, endDate: sixMonthsEnd, contacts: contactsAt(destination as { province: string; city?: string | null }), materials }
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(status)
    if (status === 201) {
      expect(response.json().destination).toEqual({ province: destination.province, city: destination.city ?? null, name: expected })
      const listed = await app.inject({ method: 'GET', url: `/api/filings/${response.json().id}`, headers: { authorization: `Bearer ${token}` } })
      expect(listed.json().destination.name).toBe(expected)
    } else {
      expect(JSON.stringify(response.json().fields)).toContain(expected)
    }
  })

  it('an emergency admission is in one city: a province without a city is refused', async () => {
    const { token } = await insuredIn(app, '450200')
    const body = await emergencyBody(app, token, '2025-09-29', { destination: { province: '440000' } })
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(422)
    expect(JSON.stringify(response.json().fields)).toContain('请选择在广东省的哪个城市')
  })
})
