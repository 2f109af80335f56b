import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody, movableClock } from '../../helpers/build'
import { emergencyBody, insuredIn } from '../../helpers/emergency'
import { fileOk, uploadAll } from '../../helpers/filings'
import { addStaff, auditRows, staffToken } from '../../helpers/staff'

/**
 * Corrections on a 补充材料 request (a trial: the 就医地 address named another city and staff could
 * only ask for photos): POST /api/review/filings/:id/decision `corrections`, FilingView.review and the
 * case show them; POST /api/filings/:id/materials `contacts` answers only what was asked, checked by
 * the domain's checkCorrections (checkContacts against the filing's 备案地), stored on the filing and
 * kept old → new for staff.
 */

jest.setTimeout(60_000)

const clock = movableClock(new Date('2025-09-29T02:00:00Z'))
const at = (hhmm: string) => new Date(`2025-09-29T${hhmm}:00+08:00`)
const WRONG_ADDRESS = '广州市天河区体育西路 8 号'
const RIGHT_ADDRESS = '阳江市江城区东风路 8 号'
let app: FastifyInstance
let reviewer: string

const decide = (filingId: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/review/filings/${filingId}/decision`, headers: bearer(reviewer), payload })
const answer = (token: string, filingId: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `/api/filings/${filingId}/materials`, headers: { ...bearer(token), ...headers }, payload })
const caseOf = async (filingId: string) => {
  const response = await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}/case`, headers: bearer(reviewer) })
  expect(response.statusCode).toBe(200)
  return response.json()
}

/** An emergency filing in review (阳江) whose address names 广州, made by a person insured in 柳州. */
async function filingInReview(change: Record<string, unknown> = {}) {
  const person = await insuredIn(app, '450200')
  clock.set(at('10:00'))
  const body = await emergencyBody(app, person.token, '2025-09-26', { contacts: { phone1: '13812345678', addressAtDestination: WRONG_ADDRESS }, ...change })
  const filing = await fileOk(app, person.token, body)
  expect(filing.status).toBe('UNDER_REVIEW')
  return { person, filing }
}

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  reviewer = await staffToken(app, 'wangfang')
})

describe('a request that asks for corrections', () => {
  it('is refused when it asks nothing, twice the same field or corrections on a refusal (checkDecisionContent)', async () => {
    const { filing } = await filingInReview()
    const nothing = await decide(filing.id, { decision: 'REQUEST_MATERIALS', missingItems: [], corrections: [] })
    expect(nothing.statusCode).toBe(422)
    expect(nothing.json().fields.missingItems).toContain('还缺的材料或要改正的内容')
    const twice = await decide(filing.id, { decision: 'REQUEST_MATERIALS', corrections: ['phone1', 'phone1'] })
    expect(twice.statusCode).toBe(422)
    expect(twice.json().fields.corrections).toContain('重复')
    const unknown = await decide(filing.id, { decision: 'REQUEST_MATERIALS', corrections: ['idNumber'] })
    expect(unknown.statusCode).toBe(400)
    expectErrorBody(unknown.json())
    const onReject = await decide(filing.id, { decision: 'REJECT', reasons: ['不是急诊'], corrections: ['phone1'] })
    expect(onReject.statusCode).toBe(422)
    expect(onReject.json().fields.corrections).toContain('只有要求补充材料时')
  })

  it('is stored and shown: the person reads what to correct, staff see it in the decision and the 进度', async () => {
    const { person, filing } = await filingInReview()
    clock.set(at('11:00'))
    const preview = await app.inject({ method: 'POST', url: `/api/review/filings/${filing.id}/preview`, headers: bearer(reviewer), payload: { decision: 'REQUEST_MATERIALS', corrections: ['addressAtDestination'] } })
    expect(preview.statusCode).toBe(200)
    expect(preview.json().app.note).toBe('请改正 1 项：外地住址')
    const decided = await decide(filing.id, { decision: 'REQUEST_MATERIALS', corrections: ['phone2', 'addressAtDestination'], reasons: ['住址写的是广州市'] })
    expect(decided.statusCode).toBe(200)

    const view = (await app.inject({ method: 'GET', url: `/api/filings/${filing.id}`, headers: bearer(person.token) })).json()
    expect(view.status).toBe('NEEDS_MATERIALS')
    expect(view.review).toMatchObject({ decision: 'REQUEST_MATERIALS', missingItems: [], corrections: ['addressAtDestination', 'phone2'] })
    expect(view.timeline.at(-1).note).toBe('请改正 1 项：外地住址；请填写 1 项：备用电话。审核意见：住址写的是广州市')
    // Named for what it asks, not 待补充材料 (a trial: the page said 不用拍照 under 待补充材料).
    expect(view.statusLabel).toBe('待改正填写的内容')
    expect(view.timeline.at(-1).label).toBe('待改正填写的内容')

    // The public lookup lists them with what is missing (a corrections-only request listed nothing).
    const me = (await app.inject({ method: 'GET', url: '/api/me', headers: bearer(person.token) })).json()
    const lookup = await app.inject({ method: 'GET', url: `/api/status?number=${filing.number}&idTail=${String(me.profile.idNumber).slice(-6)}` })
    // The 备用电话 the filing left empty is to 填写, as the request's note says (请填写 1 项：备用电话).
    expect(lookup.json()).toMatchObject({ status: 'NEEDS_MATERIALS', statusLabel: '待改正填写的内容', missingItems: ['改正外地住址', '填写备用电话'] })
    expect(lookup.json().timeline.at(-1).label).toBe('待改正填写的内容')

    const shown = await caseOf(filing.id)
    expect(shown.decisions.at(-1).corrections).toEqual(['addressAtDestination', 'phone2'])
    expect(shown.timeline.at(-1).detail).toBe('请申请人改正：外地住址、备用电话；说明：住址写的是广州市')
    // Named for what it asked, not 要求补材料 (a trial: the console's 进度 spoke of materials).
    expect(shown.timeline.at(-1)).toMatchObject({ action: '审核员 王芳 请申请人改正填写的内容', statusLabel: '待改正填写的内容' })
    const audit = (await auditRows(app)).filter((r) => r.action === 'DECIDE_FILING' && r.subject?.id === filing.id)
    expect(audit.at(-1)?.detail.corrections).toEqual(['addressAtDestination', 'phone2'])
  })
})

describe('the person answers with contacts', () => {
  it('fills in an address the emergency filing left empty: the 进度 shows （空） → the address, not “”', async () => {
    const { person, filing } = await filingInReview({ contacts: { phone1: '13812345678', addressAtDestination: '' } })
    clock.set(at('11:00'))
    // The WeChat message and the page, as the reviewer previews them: 待填写, not 待改正 (a trial).
    const preview = await app.inject({ method: 'POST', url: `/api/review/filings/${filing.id}/preview`, headers: bearer(reviewer), payload: { decision: 'REQUEST_MATERIALS', corrections: ['addressAtDestination'] } })
    expect(preview.json().app).toMatchObject({ statusLabel: '待填写缺少的内容', note: '请填写 1 项：外地住址' })
    expect(preview.json().wechat.fields).toContainEqual(expect.objectContaining({ value: '待填写' }))
    expect(JSON.stringify(preview.json().wechat)).not.toContain('改正')
    expect((await decide(filing.id, { decision: 'REQUEST_MATERIALS', corrections: ['addressAtDestination'] })).statusCode).toBe(200)
    // Asked to 填写 what was never filled, not to 改正 it (a trial), and still corrections only.
    const asked = (await app.inject({ method: 'GET', url: `/api/filings/${filing.id}`, headers: bearer(person.token) })).json()
    expect(asked.timeline.at(-1)).toMatchObject({ status: 'NEEDS_MATERIALS', note: '请填写 1 项：外地住址', label: '待填写缺少的内容' })
    expect(asked.statusLabel).toBe('待填写缺少的内容')
    const me = (await app.inject({ method: 'GET', url: '/api/me', headers: bearer(person.token) })).json()
    const lookup = (await app.inject({ method: 'GET', url: `/api/status?number=${filing.number}&idTail=${String(me.profile.idNumber).slice(-6)}` })).json()
    expect(lookup).toMatchObject({ statusLabel: '待填写缺少的内容', missingItems: ['填写外地住址'] })
    expect(lookup.timeline.at(-1).label).toBe('待填写缺少的内容')
    expect((await caseOf(filing.id)).timeline.at(-1)).toMatchObject({
      statusLabel: '待填写缺少的内容',
      action: '审核员 王芳 请申请人填写备案时没有填的内容',
      detail: '请申请人填写：外地住址',
    })
    clock.set(at('12:00'))
    expect((await answer(person.token, filing.id, { materials: [], contacts: { addressAtDestination: RIGHT_ADDRESS } })).statusCode).toBe(200)
    const shown = await caseOf(filing.id)
    // Answered: 填写, as asked, in the console's 进度, its queue, the person's 进度 and 进度查询.
    expect(shown.timeline.at(-1)).toMatchObject({ action: '申请人填写了备案时没有填的内容，回到审核中', detail: `填写外地住址：（空） → “${RIGHT_ADDRESS}”` })
    const queue = await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(reviewer) })
    expect(queue.json().items.find((i: { id: string }) => i.id === filing.id).cameBackWith).toBe('已填写')
    const answered = (await app.inject({ method: 'GET', url: `/api/filings/${filing.id}`, headers: bearer(person.token) })).json()
    expect(answered.timeline.at(-1)).toMatchObject({ status: 'UNDER_REVIEW', note: '已填写缺少的内容' })
    expect(answered.timeline.at(-2).label).toBe('待填写缺少的内容')
    const looked = (await app.inject({ method: 'GET', url: `/api/status?number=${filing.number}&idTail=${String(me.profile.idNumber).slice(-6)}` })).json()
    expect(looked.timeline.slice(-2).map((s: { label: string }) => s.label)).toEqual(['待填写缺少的内容', '已填写缺少的内容'])
  })

  it('corrects the address without photos: stored on the filing, back in review, staff see old → new', async () => {
    const { person, filing } = await filingInReview()
    clock.set(at('11:00'))
    expect((await decide(filing.id, { decision: 'REQUEST_MATERIALS', corrections: ['addressAtDestination'] })).statusCode).toBe(200)

    clock.set(at('12:00'))
    const response = await answer(person.token, filing.id, { materials: [], contacts: { addressAtDestination: ` ${RIGHT_ADDRESS} ` } })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ status: 'UNDER_REVIEW', contacts: { addressAtDestination: RIGHT_ADDRESS, phone1: '13812345678' } })
    // Her 办理进度 says what she did: corrected, not 已补充材料 (a trial); the step that asked keeps
    // its name once answered, in her timeline and in the public lookup.
    expect(response.json().timeline.at(-1)).toMatchObject({ status: 'UNDER_REVIEW', note: '已改正填写的内容' })
    expect(response.json().timeline.at(-2)).toMatchObject({ status: 'NEEDS_MATERIALS', label: '待改正填写的内容' })
    const me = (await app.inject({ method: 'GET', url: '/api/me', headers: bearer(person.token) })).json()
    const lookup = (await app.inject({ method: 'GET', url: `/api/status?number=${filing.number}&idTail=${String(me.profile.idNumber).slice(-6)}` })).json()
    expect(lookup.statusLabel).toBe('审核中')
    expect(lookup.timeline.map((s: { label: string }) => s.label).slice(-2)).toEqual(['待改正填写的内容', '已改正填写的内容'])
    // The staff queue tags it for what came back: 已改正, not 已补交材料.
    const queue = await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(reviewer) })
    expect(queue.json().items.find((i: { id: string }) => i.id === filing.id).cameBackWith).toBe('已改正')

    const shown = await caseOf(filing.id)
    expect(shown.filing.contacts.addressAtDestination).toBe(RIGHT_ADDRESS)
    expect(shown.corrections).toEqual([
      { field: 'addressAtDestination', label: '外地住址', from: WRONG_ADDRESS, to: RIGHT_ADDRESS, unchanged: false, at: at('12:00').toISOString() },
    ])
    expect(shown.timeline.at(-1)).toMatchObject({ action: '申请人改正了填写的内容，回到审核中', detail: `改正外地住址：“${WRONG_ADDRESS}” → “${RIGHT_ADDRESS}”` })

    clock.set(at('13:00'))
    expect((await decide(filing.id, { decision: 'APPROVE' })).statusCode).toBe(200)
    expect((await caseOf(filing.id)).filing.status).toBe('APPROVED')
  })

  it('with photos asked too, a photo is still needed; phones come masked to staff', async () => {
    const { person, filing } = await filingInReview()
    clock.set(at('11:00'))
    expect((await decide(filing.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'], corrections: ['phone1'] })).statusCode).toBe(200)
    clock.set(at('12:00'))
    const noPhoto = await answer(person.token, filing.id, { materials: [], contacts: { phone1: '13900001111' } })
    expect(noPhoto.statusCode).toBe(422)
    expect(noPhoto.json().fields.materials).toContain('入院记录')

    const materials = await uploadAll(app, person.token, ['ADMISSION_RECORD'])
    const noPhone = await answer(person.token, filing.id, { materials })
    expect(noPhone.statusCode).toBe(422)
    expect(noPhone.json().fields['contacts.phone1']).toBe('工作人员请您改正联系电话，请填好再提交')

    const wrongPhone = await answer(person.token, filing.id, { materials, contacts: { phone1: '1390000' } })
    expect(wrongPhone.statusCode).toBe(422)
    expect(wrongPhone.json().fields['contacts.phone1']).toContain('11 位')

    const ok = await answer(person.token, filing.id, { materials, contacts: { phone1: '139 0000 1111' } })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().contacts.phone1).toBe('13900001111')
    expect(ok.json().timeline.at(-1).note).toBe('已补充材料、改正填写的内容')
    const shown = await caseOf(filing.id)
    expect(shown.corrections).toEqual([expect.objectContaining({ field: 'phone1', from: '138****5678', to: '139****1111', unchanged: false })])
  })

  it('a phone sent back as filed: her 办理进度 says she checked it and kept it (已核对填写的内容，没有改动); with a word of hers, after a colon', async () => {
    const { person, filing } = await filingInReview()
    clock.set(at('11:00'))
    expect((await decide(filing.id, { decision: 'REQUEST_MATERIALS', corrections: ['phone1'], reasons: ['电话打不通'] })).statusCode).toBe(200)
    clock.set(at('12:00'))
    const kept = await answer(person.token, filing.id, { materials: [], contacts: { phone1: '13812345678' }, note: '号码没错，白天在医院陪护，晚上能接' })
    expect(kept.statusCode).toBe(200)
    expect(kept.json().timeline.at(-1).note).toBe('已核对填写的内容，没有改动：号码没错，白天在医院陪护，晚上能接')
    const shown = await caseOf(filing.id)
    expect(shown.corrections).toEqual([expect.objectContaining({ field: 'phone1', unchanged: true })])
    // Staff read her words as hers (saidInAnswer knows every heading), beside the field kept.
    expect(shown.timeline.at(-1).detail).toContain('说明：号码没错，白天在医院陪护，晚上能接')
    expect(shown.timeline.at(-1).detail).toContain('联系电话未改动')
    expect(shown.timeline.at(-1).action).toBe('申请人核对了填写的内容，没有改动，回到审核中')
    // 进度查询 names the step as her page does, never with what she wrote after the colon.
    const me = (await app.inject({ method: 'GET', url: '/api/me', headers: bearer(person.token) })).json()
    const lookup = (await app.inject({ method: 'GET', url: `/api/status?number=${filing.number}&idTail=${String(me.profile.idNumber).slice(-6)}` })).json()
    expect(lookup.timeline.at(-1).label).toBe('已核对填写的内容，没有改动')
    expect(JSON.stringify(lookup)).not.toContain('晚上能接')
  })

  it('refuses a field not asked for (400 CORRECTION_NOT_ASKED, saying what to do), and contacts when nothing was asked', async () => {
    const { person, filing } = await filingInReview()
    clock.set(at('11:00'))
    expect((await decide(filing.id, { decision: 'REQUEST_MATERIALS', corrections: ['addressAtDestination'] })).statusCode).toBe(200)
    clock.set(at('12:00'))
    const other = await answer(person.token, filing.id, { materials: [], contacts: { addressAtDestination: RIGHT_ADDRESS, phone1: '13900001111' } })
    expect(other.statusCode).toBe(400)
    expect(other.json()).toMatchObject({ code: 'CORRECTION_NOT_ASKED', fields: { 'contacts.phone1': expect.stringContaining('变更') } })
    expect(other.json().message).toContain('没有请您改联系电话')

    const stillWrong = await answer(person.token, filing.id, { materials: [], contacts: { addressAtDestination: '广州市天河区体育西路 9 号' } })
    expect(stillWrong.statusCode).toBe(422)
    expect(stillWrong.json().fields['contacts.addressAtDestination']).toContain('和备案地（广东省阳江市）不一致')
    expect((await caseOf(filing.id)).filing.contacts.addressAtDestination).toBe(WRONG_ADDRESS)

    const photosOnly = await filingInReview()
    clock.set(at('11:00'))
    expect((await decide(photosOnly.filing.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'] })).statusCode).toBe(200)
    const materials = await uploadAll(app, photosOnly.person.token, ['ADMISSION_RECORD'])
    const unasked = await answer(photosOnly.person.token, photosOnly.filing.id, { materials, contacts: { phone2: '0662-1234567' } })
    expect(unasked.statusCode).toBe(400)
    expect(unasked.json().code).toBe('CORRECTION_NOT_ASKED')
    expect((await answer(photosOnly.person.token, photosOnly.filing.id, { materials })).statusCode).toBe(200)
  })

  it('is idempotent: the same key and body answer the first result and keep one correction; without a key a second send is 409', async () => {
    const { person, filing } = await filingInReview()
    clock.set(at('11:00'))
    expect((await decide(filing.id, { decision: 'REQUEST_MATERIALS', corrections: ['addressAtDestination'] })).statusCode).toBe(200)
    clock.set(at('12:00'))
    const body = { materials: [], contacts: { addressAtDestination: RIGHT_ADDRESS } }
    const first = await answer(person.token, filing.id, body, { 'idempotency-key': 'fix-1' })
    const again = await answer(person.token, filing.id, body, { 'idempotency-key': 'fix-1' })
    expect(first.statusCode).toBe(200)
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual(first.json())
    const reused = await answer(person.token, filing.id, { materials: [], contacts: { addressAtDestination: '阳江市江城区东风路 9 号' } }, { 'idempotency-key': 'fix-1' })
    expect(reused.statusCode).toBe(409)
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED')
    const unkeyed = await answer(person.token, filing.id, body)
    expect(unkeyed.statusCode).toBe(409)
    expect(unkeyed.json().code).toBe('FILING_NOT_AWAITING_MATERIALS')
    expect((await caseOf(filing.id)).corrections).toHaveLength(1)
  })
})
