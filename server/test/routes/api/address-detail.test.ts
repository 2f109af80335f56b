import type { FastifyInstance } from 'fastify'
import { ADDRESS_DETAIL_MESSAGE, VILLAGE_DETAIL_MESSAGE, checkAddressDetail } from '@/domain/validation/address-detail'
import { bearer, buildTestApp, closeTestApp, expectErrorBody } from '../../helpers/build'
import { emergencyBody, insuredIn } from '../../helpers/emergency'
import { CONTACTS, fileOk, fileRequest, filer, longTermBody } from '../../helpers/filings'

// A trial: an address of "深圳市福田区" was accepted and staff could not reach the person. The rule
// is the domain's checkAddressDetail, run once by the app and once by every route that takes the
// address; each row goes through the domain and the route and must get the same answer.
const NOW = new Date('2025-10-10T02:00:00Z')
const TODAY = '2025-10-10'

let app: FastifyInstance
beforeAll(async () => {
  app = await buildTestApp({ now: () => NOW })
})
afterAll(async () => closeTestApp(app))

const listOf = async (token: string) => (await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })).json().filings

// address | message (null: accepted)
const ROWS: [string, string | null][] = [
  ['阳江市江城区', ADDRESS_DETAIL_MESSAGE],
  ['阳江市江城区东风路', ADDRESS_DETAIL_MESSAGE],
  ['阳江市阳东区大八镇新屋村', VILLAGE_DETAIL_MESSAGE],
  ['阳江市阳东区大八镇新屋村 3 组', null],
  ['阳江市江城区东风路 8 号 3 栋 201', null],
  ['江城区碧桂园小区 5 栋 2 单元 1201 室', null],
]

describe('POST /api/filings: the address must name a road (or 小区, village) and a house number', () => {
  it.each(ROWS)('%s → %s', async (address, message) => {
    expect(checkAddressDetail(address) ?? null).toBe(message)
    const { token } = await filer(app)
    const body = await longTermBody(app, token, TODAY, { contacts: { ...CONTACTS, addressAtDestination: address } })
    const response = await app.inject(fileRequest(token, body))
    if (message === null) {
      expect(response.statusCode).toBe(201)
      expect(response.json().contacts.addressAtDestination).toBe(address)
    } else {
      expect(response.statusCode).toBe(422)
      expectErrorBody(response.json(), 'VALIDATION_FAILED')
      expect(response.json().fields).toEqual({ addressAtDestination: message })
      expect(await listOf(token)).toEqual([])
    }
  })
})

describe('the emergency filing checks an address it is given, and still takes none', () => {
  it.each<[string, number]>([
    ['', 201],
    ['阳江市江城区东风路 8 号', 201],
    ['阳江市江城区', 422],
  ])('%j → %s', async (address, status) => {
    const { token } = await insuredIn(app, '450200')
    const body = await emergencyBody(app, token, '2025-10-09', { contacts: { phone1: CONTACTS.phone1, addressAtDestination: address } })
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(status)
    if (status === 422) expect(response.json().fields).toEqual({ addressAtDestination: ADDRESS_DETAIL_MESSAGE })
  })
})

describe('POST /api/filings/:id/change checks the new address the same way', () => {
  it('refuses a 变更 to an address without a street, and takes one with it', async () => {
    const { token } = await filer(app)
    const filing = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const change = (addressAtDestination: string) =>
      app.inject({
        method: 'POST',
        url: `/api/filings/${filing.id}/change`,
        headers: bearer(token),
        payload: { reason: '搬家了', contacts: { phone1: CONTACTS.phone1, addressAtDestination } },
      })
    const vague = await change('阳江市江城区')
    expect(vague.statusCode).toBe(422)
    expect(vague.json().fields).toEqual({ addressAtDestination: ADDRESS_DETAIL_MESSAGE })
    const detailed = await change('阳江市江城区新江北路 2 号 1 栋 302')
    expect(detailed.statusCode).toBe(201)
    expect(detailed.json().contacts.addressAtDestination).toBe('阳江市江城区新江北路 2 号 1 栋 302')
  })
})
