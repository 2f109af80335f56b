import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, movableClock } from '../../helpers/build'
import { emergencyBody } from '../../helpers/emergency'
import { FATHER, accept, addMember, aFather, forMember, invite, personWithProfile } from '../../helpers/family'
import { contactsAt, fileOk, fileRequest, longTermBody } from '../../helpers/filings'
import { VALID_PROFILE } from '../../helpers/build'
import { distinctIdNumber } from '../../helpers/verification'

/**
 * An emergency admission beside a filing the person already holds (a user's trial: a father with
 * an approved long-term filing to 深圳 from 12-03, admitted there as an emergency on 12-01). POST
 * /api/filings for EMERGENCY runs the domain's standingCover: a filing whose validity holds the
 * admission day covers the whole stay (003 第九条; 002 第十三条) → 409 EMERGENCY_ALREADY_COVERED,
 * saying so and what to do; one that takes effect after the admission does not → 201, and the
 * staff console's case lists it beside the emergency filing (`otherFilings`).
 * The father is insured in 南昌 (360100, the default profile: 5 working days).
 */

jest.setTimeout(60_000)

const SHENZHEN = { province: '440000', city: '440300' } as const
const GUANGDONG = { province: '440000', city: null }
const GUANGZHOU = { province: '440000', city: '440100' } as const
const INSURED = '360100'
const ADMITTED = '2026-12-01'
const clock = movableClock(new Date('2026-12-04T10:00:00+08:00'))
const staff = { authorization: 'Bearer staff-token' }
let app: FastifyInstance

/**
 * A daughter (the proxy) and her father (insured in 南昌), who accepted her invitation in his own
 * account; both verified. As the family helper's authorizedFamily, keeping his ID number (a son
 * adds him too in one test).
 */
async function family() {
  const father = { ...aFather(), insuredRegion: INSURED }
  const proxy = await personWithProfile(app, { name: VALID_PROFILE.name, idNumber: distinctIdNumber(VALID_PROFILE.idNumber), insuredRegion: INSURED })
  const member = await addMember(app, proxy.token, father)
  const invitation = await invite(app, proxy.token, member.id)
  const principal = await personWithProfile(app, { name: father.name, idNumber: father.idNumber, insuredRegion: INSURED })
  expect((await accept(app, principal.token, invitation.token)).statusCode).toBe(200)
  return { father, proxy, principal, member: member as { id: string } }
}

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now, env: { SESSION_TTL_SECONDS: String(365 * 24 * 3600), REVIEWER_TOKEN: 'staff-token' } })
})

/** The daughter's long-term filing for her father to `destination` from `startDate`, made on `filedAt` (approved at once). */
async function longTermFor(token: string, memberId: string, startDate: string, filedAt: string, destination: { province: string; city: string | null } = SHENZHEN) {
  clock.set(new Date(`${filedAt}T09:00:00+08:00`))
  const body = await longTermBody(app, token, startDate, { ...forMember(memberId), destination, contacts: contactsAt(destination) })
  const view = await fileOk(app, token, body)
  expect(view.status).toBe('APPROVED')
  clock.set(new Date('2026-12-04T10:00:00+08:00'))
  return view
}

async function emergencyFor(token: string, memberId: string, destination: { province: string; city: string } = SHENZHEN) {
  const body = await emergencyBody(app, token, ADMITTED, { ...forMember(memberId), destination, emergency: { hospitalName: '深圳市人民医院' } })
  return app.inject(fileRequest(token, body))
}

describe('POST /api/filings (EMERGENCY) beside a filing the person holds', () => {
  it('the trial: the long-term filing starts 12-03, after the 12-01 admission → the emergency filing is made (201), and staff see the long-term filing beside it', async () => {
    const { proxy, member } = await family()
    const longTerm = await longTermFor(proxy.token, member.id, '2026-12-03', '2026-12-02')
    expect(longTerm.validFrom).toBe('2026-12-03')

    const response = await emergencyFor(proxy.token, member.id)
    expect(response.statusCode).toBe(201)
    const emergency = response.json()
    expect(emergency).toMatchObject({ type: 'EMERGENCY', status: 'UNDER_REVIEW', validFrom: ADMITTED })

    const kase = await app.inject({ method: 'GET', url: `/api/review/filings/${emergency.id}/case`, headers: staff })
    expect(kase.statusCode).toBe(200)
    expect(kase.json().otherFilings).toEqual([
      {
        id: longTerm.id,
        number: longTerm.number,
        typeName: '异地长期居住人员',
        statusLabel: '备案成功',
        place: '广东省深圳市',
        validity: '2026 年 12 月 3 日起长期有效',
        relation: 'STARTS_LATER',
        note: '2026 年 12 月 3 日起才生效，入院（2026 年 12 月 1 日）时还没生效，管不到这次住院',
      },
    ])
    // Any other filing's case lists nothing: only an emergency filing has an admission to weigh.
    const longTermCase = await app.inject({ method: 'GET', url: `/api/review/filings/${longTerm.id}/case`, headers: staff })
    expect(longTermCase.json().otherFilings).toEqual([])
  })

  it('the long-term filing was in force on the admission day → 409 EMERGENCY_ALREADY_COVERED, with the filing to open and what to do; nothing is written', async () => {
    const { proxy, member } = await family()
    const longTerm = await longTermFor(proxy.token, member.id, '2026-11-20', '2026-11-20')

    const response = await emergencyFor(proxy.token, member.id)
    expect(response.statusCode).toBe(409)
    const body = response.json()
    expect(body).toMatchObject({ code: 'EMERGENCY_ALREADY_COVERED', existingFilingId: longTerm.id, existingNumber: longTerm.number })
    expect(body.message).toBe(
      '不用办急诊备案：这次住院已经有备案了。' +
        `张建华去广东省深圳市的备案（异地长期居住人员，备案号 ${longTerm.number}）2026 年 11 月 20 日起生效，2026 年 12 月 1 日住院时已经在有效期内。` +
        '有效期内住的院，整次住院都算备案了，出院晚于有效期也不影响，不用再办急诊备案。' +
        '出院结算时出示医保电子凭证或社保卡，直接用医保结算；医院说不能直接结算的，先付钱，留好发票和费用清单，回参保地报销。',
    )
    const list = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(proxy.token) })
    expect(list.json().filings.map((f: { type: string }) => f.type)).toEqual(['LONG_TERM_RESIDENT'])
  })

  it('a filing to the whole province (广东省) covers an admission in 深圳; one to 广州 does not', async () => {
    const province = await family()
    await longTermFor(province.proxy.token, province.member.id, '2026-11-20', '2026-11-20', GUANGDONG)
    expect((await emergencyFor(province.proxy.token, province.member.id)).json().code).toBe('EMERGENCY_ALREADY_COVERED')

    const city = await family()
    const guangzhou = await longTermFor(city.proxy.token, city.member.id, '2026-11-20', '2026-11-20', GUANGZHOU)
    const response = await emergencyFor(city.proxy.token, city.member.id)
    expect(response.statusCode).toBe(201)
    const kase = await app.inject({ method: 'GET', url: `/api/review/filings/${response.json().id}/case`, headers: staff })
    expect(kase.json().otherFilings).toMatchObject([{ id: guangzhou.id, relation: 'OTHER_PLACE', place: '广东省广州市' }])
  })

  it('the father files for himself: the same refusal, his own filing named', async () => {
    const { principal, proxy, member } = await family()
    const longTerm = await longTermFor(proxy.token, member.id, '2026-11-20', '2026-11-20')
    const body = await emergencyBody(app, principal.token, ADMITTED, { destination: SHENZHEN })
    const response = await app.inject(fileRequest(principal.token, body))
    expect(response.statusCode).toBe(409)
    // Verified, filing for himself: he may open it (it is under his verified ID number).
    expect(response.json()).toMatchObject({ code: 'EMERGENCY_ALREADY_COVERED', existingFilingId: longTerm.id })
    expect(response.json().message).toContain('您去广东省深圳市的备案')
  })

  it('a second proxy (his son), who cannot open the daughter’s filing: refused all the same, without its number', async () => {
    const { father, principal, proxy, member } = await family()
    const longTerm = await longTermFor(proxy.token, member.id, '2026-11-20', '2026-11-20')
    const son = await personWithProfile(app, { name: '张伟', idNumber: distinctIdNumber('110105198001010011'), insuredRegion: INSURED })
    const sonsMember = await addMember(app, son.token, { ...FATHER, idNumber: father.idNumber, insuredRegion: INSURED })
    const invitation = await invite(app, son.token, sonsMember.id)
    expect((await accept(app, principal.token, invitation.token)).statusCode).toBe(200)

    const response = await emergencyFor(son.token, sonsMember.id)
    expect(response.statusCode).toBe(409)
    const body = response.json()
    expect(body.code).toBe('EMERGENCY_ALREADY_COVERED')
    expect(body.existingFilingId).toBeUndefined()
    expect(body.message).not.toContain(longTerm.number)
    expect(body.message).toContain('这条备案不是您办的，您的“我的备案”里没有它，请张建华本人或办理的人查看。')
  })

  it('a 补办 in review that counts from before the admission → 409, wait for the review', async () => {
    // Unverified, filing for herself: her long-term filing waits for review. Filed the day before,
    // during a stay begun on 11-30: once approved it counts from 11-30 (003 第九条).
    const own = await personWithProfile(app, { name: '周玉兰', idNumber: distinctIdNumber('110105195002020026'), insuredRegion: INSURED }, { verified: false })
    clock.set(new Date('2026-12-03T09:00:00+08:00'))
    const body = await longTermBody(app, own.token, '2026-11-30', { destination: SHENZHEN, contacts: contactsAt(SHENZHEN), admittedOn: '2026-11-30' })
    const filed = await fileOk(app, own.token, body)
    expect(filed.status).toBe('UNDER_REVIEW')
    clock.set(new Date('2026-12-04T10:00:00+08:00'))
    const emergency = await emergencyBody(app, own.token, ADMITTED, { destination: SHENZHEN })
    const response = await app.inject(fileRequest(own.token, emergency))
    expect(response.statusCode).toBe(409)
    expect(response.json()).toMatchObject({ code: 'EMERGENCY_ALREADY_COVERED', existingFilingId: filed.id })
    expect(response.json().message).toContain('不用办急诊备案：已经办的备案会管这次住院。')
    expect(response.json().message).toContain('请等审核结果')
  })

  it('the same admission filed as an emergency twice is still the duplicate rule’s (409 DUPLICATE_FILING)', async () => {
    const { proxy, member } = await family()
    expect((await emergencyFor(proxy.token, member.id)).statusCode).toBe(201)
    expect((await emergencyFor(proxy.token, member.id)).json().code).toBe('DUPLICATE_FILING')
  })
})
