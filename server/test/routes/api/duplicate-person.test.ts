import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody } from '../../helpers/build'
import { aFather, addMember, authorize, forMember, personWithProfile } from '../../helpers/family'
import { COMMITMENT, contactsAt, fileRequest, filer, longTermBody, uploadAll } from '../../helpers/filings'
import { verifyDev } from '../../helpers/verification'

// One person, one standing filing of a kind and place (SPEC §7 重复备案), whoever files it: the
// person is known by their ID number, whether they filed from their own account or a family
// member filed for them under a 授权委托书 staff approved (no account linked). The 409 says who
// has what and what to do. A verified account sees the filings made under its ID number; an
// unverified one does not (anyone can type an ID number).
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const GUANGZHOU = { province: '440000', city: '440100' }
const ZHUHAI = { province: '440000', city: '440400' }
const env = { REVIEWER_TOKEN: 'staff-token-1234' }
const staff = { authorization: 'Bearer staff-token-1234' }

let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({ now: () => NOW, env })
})

/** The father in his own account (verified or not), and his daughter (verified) authorised for him by a letter staff approved. */
async function fatherAndDaughter(options: { fatherVerified: boolean }) {
  const person = aFather()
  const father = await personWithProfile(app, { name: person.name, idNumber: person.idNumber }, { verified: options.fatherVerified })
  const daughter = await filer(app)
  const member = await addMember(app, daughter.token, person)
  const [letter, photo] = await uploadAll(app, daughter.token, ['AUTHORIZATION_LETTER', 'ID_DOCUMENT'])
  const asked = await authorize(app, daughter.token, member.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: photo })
  expect(asked.statusCode).toBe(201)
  const decided = await app.inject({
    method: 'POST', url: `/api/review/authorizations/${asked.json().authorization.id}/decision`, headers: staff, payload: { decision: 'APPROVE' },
  })
  expect(decided.json().status).toBe('ACTIVE')
  return { person, father, daughter, member }
}

const toGuangzhou = async (token: string, change: Record<string, unknown> = {}) => longTermBody(app, token, TODAY, { destination: GUANGZHOU, contacts: contactsAt(GUANGZHOU), ...change })

const listIds = async (token: string): Promise<string[]> => {
  const response = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })
  expect(response.statusCode).toBe(200)
  return response.json().filings.map((f: { id: string }) => f.id)
}

const filingsOf = async (idNumber: string) =>
  app.db.selectFrom('filings').select(['id', 'status']).where('subject_id_number', '=', idNumber).execute()

describe('the same person filed twice, once by themselves and once by a proxy', () => {
  it('the trial: he filed (审核中, not yet verified); his daughter’s filing for him is 409, saying who has what and what to do', async () => {
    const { person, father, daughter, member } = await fatherAndDaughter({ fatherVerified: false })
    const own = await app.inject(fileRequest(father.token, await toGuangzhou(father.token)))
    expect(own.statusCode).toBe(201)
    expect(own.json().status).toBe('UNDER_REVIEW')

    const proxied = await app.inject(fileRequest(daughter.token, await toGuangzhou(daughter.token, forMember(member.id))))
    expect(proxied.statusCode).toBe(409)
    const body = proxied.json()
    expectErrorBody(body, 'DUPLICATE_FILING')
    expect(body.message).toBe(
      `${person.name}已经有一条去广东省广州市的备案（异地长期居住人员，审核中，2025 年 10 月 1 日本人办理），不用再办一次。请等审核结果。` +
        `要跟进办理进度，请${person.name}把备案号告诉您（在${person.name}自己的“我的备案”里，或者备案回执上），您在首页“进度查询”里输入备案号和${person.name}身份证号的后 6 位就能查到。` +
        `要改地方或日期，请${person.name}本人在自己的“我的备案”里变更或取消。如果不是${person.name}本人办的，请联系参保地医保经办机构。`,
    )
    // She cannot open his filing: neither its id nor its number is given.
    expect(body).not.toHaveProperty('existingFilingId')
    expect(body).not.toHaveProperty('existingNumber')
    expect(await filingsOf(person.idNumber)).toHaveLength(1)

    // The multi-place decision reads the same rows: on a commitment, another city is refused.
    const elsewhere = await app.inject(
      fileRequest(daughter.token, { ...(await longTermBody(app, daughter.token, TODAY, forMember(member.id))), destination: ZHUHAI, contacts: contactsAt(ZHUHAI), materials: await uploadAll(app, daughter.token, ['ID_DOCUMENT']), commitment: COMMITMENT }),
    )
    expect(elsewhere.statusCode).toBe(409)
    expect(elsewhere.json().code).toBe('MULTI_PLACE_ON_COMMITMENT')
    expect(elsewhere.json().message).toMatch(new RegExp(`^${person.name}在广东省广州市已有一个长期备案（异地长期居住人员）。`))
    expect(elsewhere.json()).not.toHaveProperty('existingFilingId')
  })

  it('the reverse: his daughter filed first; unverified, he gets 409 without her name and sees nothing; verified, he sees it and may cancel it', async () => {
    const { person, father, daughter, member } = await fatherAndDaughter({ fatherVerified: false })
    const proxied = await app.inject(fileRequest(daughter.token, await toGuangzhou(daughter.token, forMember(member.id))))
    expect(proxied.statusCode).toBe(201)
    const made = proxied.json()

    const own = await app.inject(fileRequest(father.token, await toGuangzhou(father.token)))
    expect(own.statusCode).toBe(409)
    expect(own.json()).toEqual({
      code: 'DUPLICATE_FILING',
      message:
        '已经有一条用您的身份证号办理的去广东省广州市的备案（备案成功，别人代办），不能再办一次。这条备案已经生效。' +
        '完成实人认证后，这条备案会显示在您的“我的备案”里，可以在那里查看、变更或取消。如果您没有请人代办，请联系参保地医保经办机构。',
    })
    // Unverified: a typed ID number shows nothing made by others.
    expect(await listIds(father.token)).toEqual([])
    expect((await app.inject({ method: 'GET', url: `/api/filings/${made.id}`, headers: bearer(father.token) })).statusCode).toBe(404)

    await verifyDev(app, father.token)
    expect(await listIds(father.token)).toEqual([made.id])
    const seen = await app.inject({ method: 'GET', url: `/api/filings/${made.id}`, headers: bearer(father.token) })
    expect(seen.statusCode).toBe(200)
    expect(seen.json()).toMatchObject({ filedBySelf: false, filedBy: { self: false, nameMasked: '张*' }, subject: { name: person.name } })
    const again = await app.inject(fileRequest(father.token, await toGuangzhou(father.token)))
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ existingFilingId: made.id, existingNumber: made.number })
    expect(again.json().message).toContain(`2025 年 10 月 1 日由 张* 代办，编号 ${made.number}`)
    expect(again.json().message).toContain('如果您没有请人代办，请联系参保地医保经办机构。')

    // As a member who accepted an invitation may: he cancels it, then files his own.
    const cancelled = await app.inject({ method: 'POST', url: `/api/filings/${made.id}/cancel`, headers: bearer(father.token), payload: { reason: '我自己办' } })
    expect(cancelled.statusCode).toBe(200)
    expect(cancelled.json().status).toBe('CANCELLED')
    expect((await app.inject(fileRequest(father.token, await toGuangzhou(father.token)))).statusCode).toBe(201)
    // The daughter still sees the one she made (her authorisation stands).
    expect(await listIds(daughter.token)).toContain(made.id)
  })

  it('filed at the same moment by him and by his daughter: one is made, the other is 409', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { person, father, daughter, member } = await fatherAndDaughter({ fatherVerified: round % 2 === 0 })
      const [ownBody, proxyBody] = [await toGuangzhou(father.token), await toGuangzhou(daughter.token, forMember(member.id))]
      const answers = await Promise.all([app.inject(fileRequest(father.token, ownBody)), app.inject(fileRequest(daughter.token, proxyBody))])
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409])
      expect(await filingsOf(person.idNumber)).toHaveLength(1)
    }
  })

  it('another account that only typed his ID number sees nothing of his filings', async () => {
    const { person, daughter, member } = await fatherAndDaughter({ fatherVerified: true })
    const made = (await app.inject(fileRequest(daughter.token, await toGuangzhou(daughter.token, forMember(member.id))))).json()
    const typist = await personWithProfile(app, { name: person.name, idNumber: person.idNumber }, { verified: false })
    expect(await listIds(typist.token)).toEqual([])
    expect((await app.inject({ method: 'GET', url: `/api/filings/${made.id}`, headers: bearer(typist.token) })).statusCode).toBe(404)
    const cancel = await app.inject({ method: 'POST', url: `/api/filings/${made.id}/cancel`, headers: bearer(typist.token), payload: { reason: '不去了' } })
    expect(cancel.statusCode).toBe(404)
  })
})

