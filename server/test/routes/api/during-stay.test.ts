import type { FastifyInstance } from 'fastify'
import { endDateRule } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { VALID_PROFILE, bearer, buildTestApp } from '../../helpers/build'
import { CONTACTS, DESTINATION, fileRequest, filer, uploadAll } from '../../helpers/filings'

// Issue 12 item 1: already admitted in another city, no filing yet. A filing completed before
// discharge settlement gets direct settlement (002 通知 二; 002 第二十五条), its start on or before
// the admission (004 表8 温馨提示5). Today 2025-10-01; admitted 5 days ago, 2025-09-26.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const ADMITTED = '2025-09-26'
const env = { SESSION_TTL_SECONDS: String(365 * 24 * 3600) }

describe('POST /api/filings while already in hospital (补办)', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW, env })
  })

  async function body(type: 'OTHER_TEMPORARY' | 'REFERRAL', change: Record<string, unknown>) {
    const { token } = await filer(app)
    const materials = await uploadAll(app, token, type === 'REFERRAL' ? ['ID_DOCUMENT', 'REFERRAL_CERTIFICATE'] : ['ID_DOCUMENT'])
    const startDate = (change.startDate as string | undefined) ?? ADMITTED
    const endDate = endDateRule(type, profileFor(VALID_PROFILE.insuredRegion)).minimumFor(startDate)
    return { token, body: { type, subject: { self: true }, destination: DESTINATION, startDate, endDate, contacts: CONTACTS, materials, ...change } }
  }

  // type | change | status | validFrom or the field and a fragment of its message
  it.each<['OTHER_TEMPORARY' | 'REFERRAL', Record<string, unknown>, number, string]>([
    ['OTHER_TEMPORARY', { admittedOn: ADMITTED }, 201, ADMITTED],
    ['REFERRAL', { admittedOn: ADMITTED }, 201, ADMITTED],
    ['OTHER_TEMPORARY', {}, 422, 'startDate:已经在外地住院的'],
    ['REFERRAL', {}, 422, 'startDate:开始日期最早是今天'],
    ['OTHER_TEMPORARY', { admittedOn: ADMITTED, startDate: '2025-09-27' }, 422, 'startDate:不晚于入院日期'],
    ['OTHER_TEMPORARY', { admittedOn: ADMITTED, startDate: '2025-09-25' }, 422, 'startDate:最早是入院那天'],
    ['OTHER_TEMPORARY', { admittedOn: '2025-10-02', startDate: '2025-10-02' }, 422, 'admittedOn:不能晚于今天'],
    ['OTHER_TEMPORARY', { admittedOn: TODAY, startDate: TODAY }, 201, TODAY],
  ])('%s %j → %i', async (type, change, status, expected) => {
    const made = await body(type, change)
    const response = await app.inject(fileRequest(made.token, made.body))
    expect(response.statusCode).toBe(status)
    if (status === 201) {
      const view = response.json()
      expect(view).toMatchObject({ status: 'APPROVED', startDate: expected, validFrom: expected, admittedOn: change.admittedOn })
      const again = await app.inject({ method: 'GET', url: `/api/filings/${view.id}`, headers: bearer(made.token) })
      expect(again.json()).toMatchObject({ validFrom: expected, admittedOn: change.admittedOn })
      expect(view.citations).toEqual(expect.arrayContaining([expect.objectContaining({ article: '通知 二' })]))
    } else {
      const [field, fragment] = expected.split(':') as [string, string]
      expect(response.json().fields[field]).toContain(fragment)
    }
  }, 20000)

  it('a filing not made during a stay shows admittedOn null', async () => {
    const made = await body('OTHER_TEMPORARY', { startDate: TODAY })
    const response = await app.inject(fileRequest(made.token, made.body))
    expect(response.statusCode).toBe(201)
    expect(response.json().admittedOn).toBeNull()
  })
})
