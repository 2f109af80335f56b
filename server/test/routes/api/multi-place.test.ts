import type { FastifyInstance } from 'fastify'
import { buildTestApp } from '../../helpers/build'
import { COMMITMENT, CONTACTS, contactsAt, fileOk, fileRequest, filer, uploadAll } from '../../helpers/filings'

// Issue 12 item 2: a user with a standing 承诺制 LONG_TERM_RESIDENT filing for 广州 files another
// on a commitment for 深圳 without multiPlace. Multi-place filing may not rest on a commitment
// (002 第十一条); the server decides from the standing filings, not the client's flag.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const GUANGZHOU = { province: '440000', city: '440100' }
const SHENZHEN_ADDRESS = { ...CONTACTS, addressAtDestination: '深圳市福田区深南大道 1 号' }
const ZHUHAI = { province: '440000', city: '440400' }

describe('POST /api/filings: a second long-term filing in another place', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW })
  })

  async function longTerm(token: string, destination: object, proof: boolean, extra: Record<string, unknown> = {}) {
    const materials = await uploadAll(app, token, proof ? ['ID_DOCUMENT', 'RESIDENCE_PERMIT'] : ['ID_DOCUMENT'])
    return {
      type: 'LONG_TERM_RESIDENT', subject: { self: true }, destination, startDate: TODAY, contacts: contactsAt(destination as { province: string; city?: string }), materials,
      ...(proof ? {} : { commitment: COMMITMENT }), ...extra,
    }
  }

  // first (广州) on proof? | second (珠海) on proof? | second's status | code or multiPlace of the 201
  it.each<[boolean, boolean, number, string | boolean]>([
    [false, false, 409, 'MULTI_PLACE_ON_COMMITMENT'],
    [true, false, 409, 'MULTI_PLACE_ON_COMMITMENT'],
    [false, true, 201, true],
    [true, true, 201, true],
  ])('first on proof %p, second on proof %p → %i %p', async (firstProof, secondProof, status, expected) => {
    const { token } = await filer(app)
    const first = await fileOk(app, token, await longTerm(token, GUANGZHOU, firstProof))
    const response = await app.inject(fileRequest(token, await longTerm(token, ZHUHAI, secondProof, { contacts: SHENZHEN_ADDRESS })))
    expect(response.statusCode).toBe(status)
    const body = response.json()
    if (status === 409) {
      expect(body).toMatchObject({
        code: expected,
        existingFilingId: first.id,
        existingNumber: first.number,
        // A commitment filing of 2025-10-01 may be changed from 2026-04-01 (6 months); a proof one today.
        firstAllowedOn: firstProof ? TODAY : '2026-04-01',
      })
      expect(body.message).toContain('不能用个人承诺书办理')
      expect(body.message).toContain(firstProof ? '现在就可以办' : '2026 年 4 月 1 日起可以办')
      expect(body.message).toContain('证明材料')
    } else {
      expect(body.multiPlace === undefined ? 'no multiPlace in view' : body.multiPlace).toBe(expected)
    }
  }, 20000)
})
