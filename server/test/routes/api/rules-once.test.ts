import type { FastifyInstance } from 'fastify'
import { changeBaseOfView, changeContextOfView, checkChange, findDuplicateFiling, type FilingView } from '@/domain/filings'
import { endDateRule } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { checkIdTail } from '@/domain/validation/id-number'
import { VALID_PROFILE, bearer, buildTestApp, closeTestApp } from '../../helpers/build'
import { CONTACTS, DESTINATION, fileOk, fileRequest, filer, uploadAll } from '../../helpers/filings'

// Issue 12, "every rule once": each rule that was written twice is run on the same input through
// the domain function (what the app calls) and through the server API, and must answer the same.
const NOW = new Date('2026-11-23T02:00:00Z')
const TODAY = '2026-11-23'
const SIX_MONTHS_END = '2027-05-22' // 2026-11-23 + 6 months - 1 day (002 第十条), independent of endDateRule

let app: FastifyInstance
beforeAll(async () => {
  app = await buildTestApp({ now: () => NOW })
})
afterAll(async () => closeTestApp(app))

async function temporaryFiling(token: string): Promise<FilingView> {
  const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
  return fileOk(app, token, {
    type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate: SIX_MONTHS_END,
    contacts: CONTACTS, materials,
  })
}

describe('the 6-month minimum of a temporary filing is one rule', () => {
  it('is 2027-05-22 for a start on 2026-11-23', () => {
    expect(endDateRule('OTHER_TEMPORARY', profileFor(VALID_PROFILE.insuredRegion)).minimumFor(TODAY)).toBe(SIX_MONTHS_END)
  })
})

describe('变更: the page (checkChange) and POST /api/filings/:id/change give the same answer', () => {
  const contacts = (phone2: string | null) => ({ phone1: '13812345678', phone2, addressAtDestination: CONTACTS.addressAtDestination })
  it.each([
    // [what, change body without reason, status expected, fields expected]
    ['a landline backup (accepted when filing)', { contacts: contacts('0662-1234567') }, 201, {}],
    ['a backup that is no phone', { contacts: contacts('12345') }, 422,
      { phone2: '备用电话请填 11 位手机号，或带区号的座机（如 0662-1234567）；没有可以不填' }],
    ['an end before the 6-month minimum', { endDate: '2027-03-01' }, 422,
      { endDate: '结束日期最早是 2027-05-22（临时外出就医备案至少有效 6 个月，结束日期最早是开始后满 6 个月的前一天，可以选更晚，最晚到开始后满 12 个月的前一天。一次临时备案最长办 12 个月（政策只规定不少于 6 个月）。到期还在外地，可以再办一次；长期在外地，请办长期备案。）' }],
    ['an end before the start', { endDate: '2026-11-01' }, 422,
      { endDate: '结束日期（2026 年 11 月 1 日）比开始日期（2026 年 11 月 23 日）还早，请把结束日期改到开始日期当天或以后' }],
  ])('%s', async (_what, body, status, fields) => {
    const { token } = await filer(app)
    const filing = await temporaryFiling(token)
    // What the 变更 page runs (src/packages/mine/pages/change).
    const domain = checkChange(changeBaseOfView(filing), body, changeContextOfView(filing, profileFor(filing.insuredRegion), TODAY))
    const response = await app.inject({
      method: 'POST', url: `/api/filings/${filing.id}/change`, headers: bearer(token), payload: { reason: '电话换了', ...body },
    })
    expect(response.statusCode).toBe(status)
    expect(domain.ok ? {} : domain.fields).toEqual(fields)
    expect(response.statusCode === 201 ? {} : response.json().fields).toEqual(fields)
  })
})

describe('duplicates: findDuplicateFiling and POST /api/filings agree', () => {
  it('the same filing again is the duplicate of the first, in the domain and as 409 DUPLICATE_FILING', async () => {
    const { token } = await filer(app)
    const first = await temporaryFiling(token)
    const facts = {
      type: first.type, status: first.status, basis: first.basis, destinationProvince: first.destination.province,
      destinationCity: first.destination.city, startDate: first.startDate, validFrom: first.validFrom, validTo: first.validTo,
    }
    const candidate = { type: 'OTHER_TEMPORARY' as const, destinationProvince: '440000', destinationCity: '441700', startDate: TODAY }
    expect(findDuplicateFiling(candidate, [facts], TODAY)).toBe(facts)
    const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
    const again = await app.inject(fileRequest(token, {
      type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate: SIX_MONTHS_END,
      contacts: CONTACTS, materials,
    }))
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'DUPLICATE_FILING', existingNumber: first.number })
  })
})

describe('the ID tail: the status page (checkIdTail) and GET /api/status agree', () => {
  it.each([
    // [tail typed, accepted]
    ['12345X', true],
    ['12345x', true],
    ['123456', true],
    ['1234X', false],
    ['X12345', false],
    ['1234567', false],
  ])('%s', async (tail, accepted) => {
    expect(checkIdTail(tail).ok).toBe(accepted)
    const response = await app.inject({ method: 'GET', url: `/api/status?number=YD20261123ABCDEF&idTail=${tail}` })
    // Accepted: the lookup runs (no such filing → 404); refused: the query is invalid (400).
    expect(response.statusCode).toBe(accepted ? 404 : 400)
  })
})
