import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, movableClock } from '../../../helpers/build'
import { emergencyBody } from '../../../helpers/emergency'
import { FATHER, addMember, authorize, authorizedFamily, forMember, personWithProfile } from '../../../helpers/family'
import { fileOk, filer, uploadAll } from '../../../helpers/filings'
import { addStaff, staffToken } from '../../../helpers/staff'

/**
 * POST /api/review/filings/:id/preview `recipientList`: who the decision notifies, by case — the
 * applicant alone (本人办理); the proxy and the member filed for (代办); the proxy alone when the
 * member has no account of their own (a 授权委托书 checked by staff); and for each, whether a WeChat
 * message can go to them (`wechatMessage`: a DECISION grant held, PUT /api/me/subscriptions).
 */

jest.setTimeout(60_000)

const clock = movableClock(new Date('2025-09-29T02:00:00Z'))
let app: FastifyInstance
let reviewer: string

const previewOf = async (filingId: string) => {
  const response = await app.inject({ method: 'POST', url: `/api/review/filings/${filingId}/preview`, headers: bearer(reviewer), payload: { decision: 'APPROVE' } })
  expect(response.statusCode).toBe(200)
  const { recipients, recipientList, insuredWithoutAccount } = response.json()
  return { recipients, recipientList, insuredWithoutAccount }
}

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  reviewer = await staffToken(app, 'wangfang')
})

it('本人办理: the applicant alone', async () => {
  const person = await filer(app)
  const filing = await fileOk(app, person.token, await emergencyBody(app, person.token, '2025-09-26'))
  expect(await previewOf(filing.id)).toEqual({ recipients: 1, recipientList: [{ role: 'APPLICANT', name: '张三', wechatMessage: false }], insuredWithoutAccount: false })
  // Once they allow the result message (订阅消息), it can go to them; the preview takes nothing.
  const allowed = await app.inject({ method: 'PUT', url: '/api/me/subscriptions', headers: bearer(person.token), payload: { decision: 'accept' } })
  expect(allowed.statusCode).toBe(200)
  expect(await previewOf(filing.id)).toEqual({ recipients: 1, recipientList: [{ role: 'APPLICANT', name: '张三', wechatMessage: true }], insuredWithoutAccount: false })
  expect(await previewOf(filing.id)).toEqual({ recipients: 1, recipientList: [{ role: 'APPLICANT', name: '张三', wechatMessage: true }], insuredWithoutAccount: false })
})

it('代办 for a member with an account: the proxy (masked) and the member', async () => {
  const family = await authorizedFamily(app)
  const filing = await fileOk(app, family.proxy.token, await emergencyBody(app, family.proxy.token, '2025-09-26', forMember(family.member.id)))
  expect(await previewOf(filing.id)).toEqual({
    recipients: 2,
    recipientList: [
      { role: 'PROXY', name: '张*', wechatMessage: false },
      { role: 'INSURED', name: '张建华', wechatMessage: false },
    ],
    insuredWithoutAccount: false,
  })
})

it('代办 on a 授权委托书, the member without an account: the proxy alone', async () => {
  const proxy = await personWithProfile(app, { name: '李梅', idNumber: '440300195501011236', insuredRegion: '440300' })
  const member = await addMember(app, proxy.token, FATHER)
  const [letter, photo] = await uploadAll(app, proxy.token, ['AUTHORIZATION_LETTER', 'ID_DOCUMENT'])
  const asked = await authorize(app, proxy.token, member.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: photo })
  expect(asked.statusCode).toBe(201)
  const decided = await app.inject({
    method: 'POST',
    url: `/api/review/authorizations/${asked.json().authorization.id}/decision`,
    headers: bearer(reviewer),
    payload: { decision: 'APPROVE' },
  })
  expect(decided.statusCode).toBe(200)
  const filing = await fileOk(app, proxy.token, await emergencyBody(app, proxy.token, '2025-09-26', forMember(member.id)))
  expect(await previewOf(filing.id)).toEqual({ recipients: 1, recipientList: [{ role: 'PROXY', name: '李*', wechatMessage: false }], insuredWithoutAccount: true })
})
