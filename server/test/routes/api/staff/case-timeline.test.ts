import type { FastifyInstance } from 'fastify'
import { UNVERIFIED_REVIEW_NOTE } from '@/domain/verification'
import { bearer, buildTestApp, movableClock } from '../../../helpers/build'
import { emergencyBody, insuredIn } from '../../../helpers/emergency'
import { fileOk, filer, longTermBody, uploadAll } from '../../../helpers/filings'
import { addStaff, staffToken } from '../../../helpers/staff'
import { authorizedFamily, forMember } from '../../../helpers/family'

/**
 * The staff console's 进度 (GET /api/review/filings/:id/case `timeline`): who did what, in staff
 * terms, while the person's own timeline (GET /api/filings/:id) keeps the notes written for them.
 */

jest.setTimeout(60_000)

const NOW = new Date('2025-09-29T02:00:00Z')
const TODAY = '2025-09-29'
const clock = movableClock(NOW)
let app: FastifyInstance
let reviewer: string

interface Step { status: string; statusLabel: string; at: string; action: string; detail: string | null }

async function staffSteps(filingId: string): Promise<Step[]> {
  const response = await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}/case`, headers: bearer(reviewer) })
  expect(response.statusCode).toBe(200)
  return response.json().timeline
}

async function personNotes(token: string, filingId: string): Promise<Array<[string, string | null]>> {
  const response = await app.inject({ method: 'GET', url: `/api/filings/${filingId}`, headers: bearer(token) })
  return response.json().timeline.map((t: { status: string; note: string | null }) => [t.status, t.note])
}

const decide = (filingId: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/review/filings/${filingId}/decision`, headers: bearer(reviewer), payload })

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  reviewer = await staffToken(app, 'wangfang')
})

describe('the staff 进度 of a filing', () => {
  it('an emergency filing: submitted, to review, materials asked for, added, approved — named by who acted', async () => {
    const person = await insuredIn(app, '450200')
    const filing = await fileOk(app, person.token, await emergencyBody(app, person.token, '2025-09-26'))
    clock.set(new Date('2025-09-29T03:00:00Z'))
    expect((await decide(filing.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录', '门诊病历'], reasons: ['诊断证明要盖医院公章'] })).statusCode).toBe(200)
    clock.set(new Date('2025-09-29T05:00:00Z'))
    const materials = await uploadAll(app, person.token, ['ADMISSION_RECORD', 'OUTPATIENT_RECORD'])
    const added = await app.inject({ method: 'POST', url: `/api/filings/${filing.id}/materials`, headers: bearer(person.token), payload: { materials, note: '公章已补盖' } })
    expect(added.statusCode).toBe(200)
    clock.set(new Date('2025-09-29T06:00:00Z'))
    expect((await decide(filing.id, { decision: 'APPROVE' })).statusCode).toBe(200)

    const steps = await staffSteps(filing.id)
    expect(steps.map((s) => [s.status, s.action, s.detail])).toEqual([
      ['SUBMITTED', '申请人提交', null],
      ['UNDER_REVIEW', '系统转人工审核（急诊备案须人工审核）', null],
      ['NEEDS_MATERIALS', '审核员 王芳 要求补材料', '要补：入院记录；门诊病历；说明：诊断证明要盖医院公章'],
      ['UNDER_REVIEW', '申请人补交材料，回到审核中', '申请人说明：公章已补盖'],
      ['APPROVED', '审核员 王芳 审核通过', null],
    ])
    expect(steps.map((s) => s.at)).toEqual([NOW, NOW, '03:00', '05:00', '06:00'].map((t) => (typeof t === 'string' ? `2025-09-29T${t}:00.000Z` : t.toISOString())))
    expect(steps.map((s) => s.statusLabel)).toEqual(['已提交', '审核中', '待补充材料', '审核中', '备案成功'])
    // Nothing in it is addressed to the person.
    expect(JSON.stringify(steps)).not.toContain('您')

    // The person's timeline is as it was: the notes written for them.
    expect(await personNotes(person.token, filing.id)).toEqual([
      ['SUBMITTED', null],
      ['UNDER_REVIEW', '急诊备案已受理，等待医保经办机构审核（一般 1 个工作日）'],
      ['NEEDS_MATERIALS', '请补充 2 项：入院记录；门诊病历。审核意见：诊断证明要盖医院公章'],
      ['UNDER_REVIEW', '已补充材料：公章已补盖'],
      ['APPROVED', '审核通过，备案成功'],
    ])
  })

  it('a send-back that only asks a question: 提问 and 回答 in the 进度, the pair under questions, the queue says 已回答问题', async () => {
    const person = await insuredIn(app, '450200')
    const filing = await fileOk(app, person.token, await emergencyBody(app, person.token, '2025-09-26'))
    clock.set(new Date('2025-09-29T03:00:00Z'))
    const question = '请说明这次是在哪里、怎么受的伤？'
    expect((await decide(filing.id, { decision: 'REQUEST_MATERIALS', missingItems: [question] })).statusCode).toBe(200)
    const before = await app.inject({ method: 'GET', url: `/api/review/filings/${filing.id}/case`, headers: bearer(reviewer) })
    expect(before.json().questions).toEqual([{ question, askedAt: '2025-09-29T03:00:00.000Z', answer: null, answeredAt: null }])
    clock.set(new Date('2025-09-29T05:00:00Z'))
    const added = await app.inject({ method: 'POST', url: `/api/filings/${filing.id}/materials`, headers: bearer(person.token), payload: { materials: [], note: '在阳江海边摔倒' } })
    expect(added.statusCode).toBe(200)

    const steps = await staffSteps(filing.id)
    expect(steps.slice(2).map((s) => [s.statusLabel, s.action, s.detail])).toEqual([
      ['待回答审核员的问题', '审核员 王芳 提问，待申请人回答', `问题：${question}`],
      ['审核中', '申请人回答了审核员的问题，回到审核中', '申请人回答：在阳江海边摔倒'],
    ])
    const after = await app.inject({ method: 'GET', url: `/api/review/filings/${filing.id}/case`, headers: bearer(reviewer) })
    expect(after.json().questions).toEqual([{ question, askedAt: '2025-09-29T03:00:00.000Z', answer: '在阳江海边摔倒', answeredAt: '2025-09-29T05:00:00.000Z' }])
    const queue = await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(reviewer) })
    const row = queue.json().items.find((i: { id: string }) => i.id === filing.id)
    expect(row.cameBackWith).toBe('已回答问题')
  })

  // A trial: the father sent the 入院记录 on his own phone, and the 进度 said his daughter did.
  it('a filing a daughter made for her father: what he sends or cancels on his own phone is his in the 进度 (参保人 张*华)', async () => {
    const { proxy, member, principal } = await authorizedFamily(app, '450200')
    const view = await fileOk(app, proxy.token, await emergencyBody(app, proxy.token, TODAY, forMember(member.id)))
    expect((await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'] })).statusCode).toBe(200)
    const sent = await app.inject({ method: 'POST', url: `/api/filings/${view.id}/materials`, headers: bearer(principal.token), payload: { materials: await uploadAll(app, principal.token, ['ADMISSION_RECORD']) } })
    expect(sent.statusCode).toBe(200)
    expect((await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['门诊病历'] })).statusCode).toBe(200)
    const hers = await app.inject({ method: 'POST', url: `/api/filings/${view.id}/materials`, headers: bearer(proxy.token), payload: { materials: await uploadAll(app, proxy.token, ['OUTPATIENT_RECORD']) } })
    expect(hers.statusCode).toBe(200)
    const cancelled = await app.inject({ method: 'POST', url: `/api/filings/${view.id}/cancel`, headers: bearer(principal.token), payload: { reason: '已出院' } })
    expect(cancelled.statusCode).toBe(200)
    const actions = (await staffSteps(view.id)).map((s) => s.action)
    expect(actions.filter((a) => a.includes('补交材料') || a.includes('取消'))).toEqual([
      '参保人 张*华补交材料，回到审核中',
      '代办人 张*补交材料，回到审核中',
      '参保人 张*华取消备案',
    ])
    expect(actions[0]).toBe('代办人 张*提交')
  })

  it('a verified filer’s self-service filing: the system decides at once; cancelled later by the applicant', async () => {
    const { token } = await filer(app)
    const filing = await fileOk(app, token, await longTermBody(app, token, TODAY))
    expect(filing.status).toBe('APPROVED')
    expect((await app.inject({ method: 'POST', url: `/api/filings/${filing.id}/cancel`, headers: bearer(token), payload: { reason: '回参保地了' } })).statusCode).toBe(200)
    expect((await staffSteps(filing.id)).map((s) => [s.action, s.detail])).toEqual([
      ['申请人提交', null],
      ['系统即时办结（自助备案，办理人已实人认证）', null],
      ['申请人取消备案', '原因：回参保地了'],
    ])
  })

  it('an unverified filer’s filing goes to review (said why, for staff), then is refused by the reviewer', async () => {
    const { token } = await filer(app, { verified: false })
    const filing = await fileOk(app, token, await longTermBody(app, token, TODAY))
    expect(await personNotes(token, filing.id)).toEqual([['SUBMITTED', null], ['UNDER_REVIEW', UNVERIFIED_REVIEW_NOTE]])
    expect((await decide(filing.id, { decision: 'REJECT', reasons: ['居住证已过期'], missingItems: ['有效的居住证'] })).statusCode).toBe(200)
    expect((await staffSteps(filing.id)).map((s) => [s.action, s.detail])).toEqual([
      ['申请人提交', null],
      ['系统转人工审核（办理人未完成实人认证，不能即时办结）', null],
      ['审核员 王芳 不予通过', '原因：居住证已过期；还缺：有效的居住证'],
    ])
  })
})
