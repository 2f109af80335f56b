import type { FastifyInstance } from 'fastify'
import { authorizationQueue } from '@server/family/family'
import { bearer, buildTestApp, closeTestApp, movableClock } from '../../../helpers/build'
import { OTHER_IDS, FATHER, addMember, authorize } from '../../../helpers/family'
import { filer, uploadAll } from '../../../helpers/filings'
import { addStaff, staffToken } from '../../../helpers/staff'
import { countedStatements } from '../../../helpers/statements'

/**
 * GET /api/review/authorizations `earlierRefusals` (a trial: a resubmitted 授权委托书 showed nothing
 * of the refusal before it): each letter carries the letters refused before it for the same member
 * by the same proxy — when, by whom, why — and the decision's answer carries them too.
 */

jest.setTimeout(60_000)

const clock = movableClock(new Date('2025-09-29T02:00:00Z'))
let app: FastifyInstance
let wangfang: string
let lijun: string

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  await addStaff(app, 'lijun', 'REVIEWER', '李军')
  wangfang = await staffToken(app, 'wangfang')
  lijun = await staffToken(app, 'lijun')
})

afterAll(async () => {
  await closeTestApp(app)
})

const later = (minutes: number) => clock.set(new Date(clock.now().getTime() + minutes * 60_000))

async function sendLetter(token: string, memberId: string): Promise<{ id: string; letter: string }> {
  const [letter, photo] = await uploadAll(app, token, ['AUTHORIZATION_LETTER', 'ID_DOCUMENT'])
  const response = await authorize(app, token, memberId, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: photo })
  expect(response.statusCode).toBe(201)
  return { id: response.json().authorization.id, letter: letter as string }
}

const decide = (staff: string, id: string, body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/review/authorizations/${id}/decision`, headers: bearer(staff), payload: body })

async function listed(status: string, id: string) {
  const response = await app.inject({ method: 'GET', url: `/api/review/authorizations?status=${status}`, headers: bearer(wangfang) })
  expect(response.statusCode).toBe(200)
  return response.json<{ authorizations: Array<{ id: string; earlierRefusals: Array<Record<string, unknown>> }> }>().authorizations.find((a) => a.id === id)
}

it('a letter sent after two refusals shows both, oldest first, with when, by whom and why; the first letter shows none', async () => {
  const proxy = await filer(app)
  const member = await addMember(app, proxy.token, { ...FATHER, name: '王秀英', idNumber: OTHER_IDS[1], insuredRegion: '450200' })
  const first = await sendLetter(proxy.token, member.id)
  expect((await listed('PENDING_REVIEW', first.id))?.earlierRefusals).toEqual([])

  later(30)
  const firstRefusedAt = clock.now().toISOString()
  expect((await decide(wangfang, first.id, { decision: 'REJECT', reasons: ['委托书没有委托人签名'] })).statusCode).toBe(200)
  later(60)
  const second = await sendLetter(proxy.token, member.id)
  later(30)
  const secondRefusedAt = clock.now().toISOString()
  const refusedAgain = await decide(lijun, second.id, { decision: 'REJECT', reasons: ['身份证照片看不清', '没写日期'] })
  expect(refusedAgain.statusCode).toBe(200)
  // The decision's answer: the second letter, refused, beside the first.
  expect(refusedAgain.json().earlierRefusals).toEqual([
    { id: first.id, createdAt: expect.any(String), decidedAt: firstRefusedAt, decidedByName: '王芳', reasons: ['委托书没有委托人签名'], letterUploadId: first.letter },
  ])
  later(60)
  const third = await sendLetter(proxy.token, member.id)

  expect((await listed('PENDING_REVIEW', third.id))?.earlierRefusals).toEqual([
    { id: first.id, createdAt: expect.any(String), decidedAt: firstRefusedAt, decidedByName: '王芳', reasons: ['委托书没有委托人签名'], letterUploadId: first.letter },
    { id: second.id, createdAt: expect.any(String), decidedAt: secondRefusedAt, decidedByName: '李军', reasons: ['身份证照片看不清', '没写日期'], letterUploadId: second.letter },
  ])
  // The work queue marks it 重新提交, with how many were refused before it (a trial: it did not say).
  const queue = await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(wangfang) })
  expect(queue.statusCode).toBe(200)
  expect(queue.json().items.find((i: { id: string }) => i.id === third.id)).toMatchObject({ kind: 'AUTHORIZATION', earlierRefusals: 2 })
  // A refused letter lists only what was refused before it.
  expect((await listed('REJECTED', first.id))?.earlierRefusals).toEqual([])
  expect((await listed('REJECTED', second.id))?.earlierRefusals.map((r) => r.id)).toEqual([first.id])

  // Approved: the approved letter still shows what went before it.
  const approved = await decide(wangfang, third.id, { decision: 'APPROVE' })
  expect(approved.json().earlierRefusals.map((r: { id: string }) => r.id)).toEqual([first.id, second.id])
})

it('a member removed and added again keeps the refusals; another proxy’s refusals for the same person are not shown', async () => {
  const proxy = await filer(app)
  const member = await addMember(app, proxy.token, { ...FATHER, name: '王建国', idNumber: OTHER_IDS[2] })
  const refused = await sendLetter(proxy.token, member.id)
  expect((await decide(wangfang, refused.id, { decision: 'REJECT', reasons: ['不是本人签名'] })).statusCode).toBe(200)
  expect((await app.inject({ method: 'DELETE', url: `/api/family-members/${member.id}`, headers: bearer(proxy.token) })).statusCode).toBe(204)

  const sister = await filer(app)
  const sisters = await addMember(app, sister.token, { ...FATHER, name: '王建国', idNumber: OTHER_IDS[2] })
  const hers = await sendLetter(sister.token, sisters.id)
  expect((await decide(wangfang, hers.id, { decision: 'REJECT', reasons: ['委托书是复印件'] })).statusCode).toBe(200)

  later(10)
  const again = await addMember(app, proxy.token, { ...FATHER, name: '王建国', idNumber: OTHER_IDS[2] })
  const resent = await sendLetter(proxy.token, again.id)
  const item = await listed('PENDING_REVIEW', resent.id)
  expect(item?.earlierRefusals.map((r) => [r.id, r.reasons])).toEqual([[refused.id, ['不是本人签名']]])
})

it('the list reads the refusals for all its letters in one statement more, however many there are', async () => {
  const one = await countedStatements(app, () => authorizationQueue(app, 'REJECTED'))
  const proxy = await filer(app)
  const member = await addMember(app, proxy.token, { ...FATHER, name: '李桂芝', idNumber: OTHER_IDS[3] })
  for (let i = 0; i < 3; i += 1) {
    later(5)
    const letter = await sendLetter(proxy.token, member.id)
    expect((await decide(wangfang, letter.id, { decision: 'REJECT', reasons: [`第 ${i + 1} 次：签名不清`] })).statusCode).toBe(200)
  }
  const more = await countedStatements(app, () => authorizationQueue(app, 'REJECTED'))
  expect(more.result.length).toBe(one.result.length + 3)
  expect(more.statements).toBe(one.statements)
  expect(more.statements).toBe(4)
  const without = await countedStatements(app, () => authorizationQueue(app, 'REJECTED', { earlierRefusals: false }))
  expect(without.statements).toBe(3)
})
