import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody, login, movableClock } from '../../helpers/build'
import { emergencyBody, insuredIn } from '../../helpers/emergency'
import { fileOk, filer, longTermBody, uploadAll } from '../../helpers/filings'
import { authorizedFamily, forMember } from '../../helpers/family'

// Staff review (SPEC §7; API.md /api/review/*) and adding asked-for materials. Clock: 2025-09-29
// 10:00 China time, three days after a Guangxi emergency admission (deadline 2025-10-10).
const NOW = new Date('2025-09-29T02:00:00Z')
const ADMITTED = '2025-09-26'
const env = { REVIEWER_TOKEN: 'staff-token-1234' }
const staff = { authorization: 'Bearer staff-token-1234' }

let app: FastifyInstance
const clock = movableClock(NOW)

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now, env })
})

async function emergencyFiling() {
  const user = await insuredIn(app, '450200')
  const view = await fileOk(app, user.token, await emergencyBody(app, user.token, ADMITTED))
  return { ...user, view }
}

const decide = (id: string, body: unknown, headers: Record<string, string> = staff) =>
  app.inject({ method: 'POST', url: `/api/review/filings/${id}/decision`, headers, payload: body as object })

const addMaterials = (id: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `/api/filings/${id}/materials`, headers: { ...bearer(token), ...headers }, payload: body as object })

async function outbox(filingId: string) {
  const response = await app.inject({ method: 'GET', url: '/api/review/notifications?status=PENDING', headers: staff })
  expect(response.statusCode).toBe(200)
  return response.json().notifications.filter((n: { filingId: string }) => n.filingId === filingId)
}

describe('reviewer endpoints need the REVIEWER_TOKEN', () => {
  it.each<[string, Record<string, string>]>([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
  ])('%s → 401', async (_label, headers) => {
    const { view } = await emergencyFiling()
    for (const request of [
      { method: 'GET' as const, url: '/api/review/filings?status=UNDER_REVIEW' },
      { method: 'GET' as const, url: `/api/review/filings/${view.id}` },
      { method: 'GET' as const, url: '/api/review/notifications' },
    ]) {
      const response = await app.inject({ ...request, headers })
      expect(response.statusCode).toBe(401)
      expectErrorBody(response.json(), 'UNAUTHORIZED')
    }
    expect((await decide(view.id, { decision: 'APPROVE' }, headers)).statusCode).toBe(401)
  })

  it('a citizen’s session token is not a reviewer token', async () => {
    const { token, view } = await emergencyFiling()
    expect((await decide(view.id, { decision: 'APPROVE' }, bearer(token))).statusCode).toBe(401)
  })

  it('without REVIEWER_TOKEN configured every reviewer call is 401', async () => {
    const bare = await buildTestApp({ now: () => NOW })
    const response = await bare.inject({ method: 'GET', url: '/api/review/filings', headers: staff })
    expect(response.statusCode).toBe(401)
  })
})

describe('the queue and a decision', () => {
  it('lists UNDER_REVIEW filings oldest first (by default), finds one by number in any status, 404 for an unknown id', async () => {
    const a = await emergencyFiling()
    // Filed a minute later: the queue is by filing time.
    clock.set(new Date(NOW.getTime() + 60_000))
    const b = await emergencyFiling()
    const queue = await app.inject({ method: 'GET', url: '/api/review/filings', headers: staff })
    expect(queue.statusCode).toBe(200)
    const ids = queue.json().filings.map((f: { id: string }) => f.id)
    expect(ids.indexOf(a.view.id)).toBeGreaterThanOrEqual(0)
    expect(ids.indexOf(a.view.id)).toBeLessThan(ids.indexOf(b.view.id))
    expect(queue.json().filings.every((f: { status: string }) => f.status === 'UNDER_REVIEW')).toBe(true)

    // An instant filing is APPROVED at once and not in the queue.
    const other = await filer(app)
    const instant = await fileOk(app, other.token, await longTermBody(app, other.token, '2025-09-29'))
    expect(ids).not.toContain(instant.id)
    const approved = await app.inject({ method: 'GET', url: '/api/review/filings?status=APPROVED', headers: staff })
    expect(approved.json().filings.map((f: { id: string }) => f.id)).toContain(instant.id)

    const byNumber = await app.inject({ method: 'GET', url: `/api/review/filings?number=${instant.number.toLowerCase()}`, headers: staff })
    expect(byNumber.json().filings.map((f: { id: string }) => f.id)).toEqual([instant.id])

    const bad = await app.inject({ method: 'GET', url: '/api/review/filings?status=DRAFT', headers: staff })
    expect(bad.statusCode).toBe(400)
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await app.inject({ method: 'GET', url: `/api/review/filings/${unknown}`, headers: staff })).statusCode).toBe(404)
    expect((await decide(unknown, { decision: 'APPROVE' })).statusCode).toBe(404)
  })

  it('APPROVE → APPROVED, valid from the admission; the filer sees the decision; a DECISION message is queued for the filer', async () => {
    const { token, userId, view } = await emergencyFiling()
    const response = await decide(view.id, { decision: 'APPROVE' })
    expect(response.statusCode).toBe(200)
    const decided = response.json()
    expect(decided).toMatchObject({
      status: 'APPROVED',
      statusLabel: '备案成功',
      validFrom: ADMITTED,
      validTo: null,
      review: { decision: 'APPROVE', reasons: [], missingItems: [], decidedAt: NOW.toISOString() },
    })
    expect(decided.timeline.at(-1)).toEqual({ status: 'APPROVED', label: '备案成功', at: NOW.toISOString(), note: '审核通过，备案成功' })

    const mine = await app.inject({ method: 'GET', url: `/api/filings/${view.id}`, headers: bearer(token) })
    expect(mine.json()).toMatchObject({ status: 'APPROVED', review: { decision: 'APPROVE' } })

    // (The deadline reminder queued at filing stays PENDING: the sender cancels it when due, the filing being decided.)
    const rows = (await outbox(view.id)).filter((r: { kind: string }) => r.kind === 'DECISION')
    expect(rows).toEqual([
      expect.objectContaining({
        userId,
        kind: 'DECISION',
        status: 'PENDING',
        attempts: 0,
        dueAt: NOW.toISOString(),
        payload: expect.objectContaining({ kind: 'DECISION', decision: 'APPROVE', filingNumber: view.number, statusLabel: '备案成功' }),
      }),
    ])

    // Decided once: deciding again is refused, in plain words.
    const again = await decide(view.id, { decision: 'APPROVE' })
    expect(again.statusCode).toBe(409)
    expectErrorBody(again.json(), 'FILING_NOT_REVIEWABLE')
    expect(again.json().message).toContain('备案成功')
  })

  it('REQUEST_MATERIALS lists everything missing at once → NEEDS_MATERIALS → materials added → UNDER_REVIEW → APPROVE', async () => {
    const { token, userId, view } = await emergencyFiling()
    const missingItems = ['盖有医院公章的入院记录', '急诊诊断证明（要能看清诊断）', '身份证反面']
    const asked = await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems, reasons: ['诊断证明缺公章'] })
    expect(asked.statusCode).toBe(200)
    expect(asked.json()).toMatchObject({
      status: 'NEEDS_MATERIALS',
      statusLabel: '待补充材料',
      review: { decision: 'REQUEST_MATERIALS', missingItems, reasons: ['诊断证明缺公章'] },
    })
    const note = asked.json().timeline.at(-1).note as string
    for (const item of missingItems) expect(note).toContain(item)

    // A DECISION message now, and a deadline reminder for 09:00 on 2025-10-09 (the working day before 10-10).
    const rows = await outbox(view.id)
    expect(rows.map((r: { kind: string }) => r.kind).sort()).toEqual(['DEADLINE_REMINDER', 'DEADLINE_REMINDER', 'DECISION'])
    const requested = rows.find((r: { payload: { trigger?: string } }) => r.payload.trigger === 'MATERIALS_REQUESTED')
    expect(requested).toMatchObject({ userId, dueAt: new Date('2025-10-09T09:00:00+08:00').toISOString() })

    // Another user cannot add materials (404, as if it did not exist); nor use someone else's upload.
    const stranger = await login(app)
    const strangerUpload = await uploadAll(app, stranger.token, ['ADMISSION_RECORD'])
    const refused = await addMaterials(view.id, stranger.token, { materials: strangerUpload })
    expect(refused.statusCode).toBe(404)
    expectErrorBody(refused.json(), 'FILING_NOT_FOUND')
    const foreign = await addMaterials(view.id, token, { materials: strangerUpload })
    expect(foreign.statusCode).toBe(422)
    expect(foreign.json().fields.materials).toContain('找不到')

    // Not all that was asked for (the 身份证 is missing): refused, naming it, and nothing changes.
    const partial = await uploadAll(app, token, ['ADMISSION_RECORD', 'EMERGENCY_DIAGNOSIS'])
    const incomplete = await addMaterials(view.id, token, { materials: partial, note: '已补盖公章' })
    expect(incomplete.statusCode).toBe(422)
    expectErrorBody(incomplete.json(), 'VALIDATION_FAILED')
    expect(incomplete.json().fields.materials).toBe('还差：有效身份证件。请拍好再提交。') // his own filing: no 参保人的 to say
    expect((await app.inject({ method: 'GET', url: `/api/filings/${view.id}`, headers: bearer(token) })).json().status).toBe('NEEDS_MATERIALS')

    const uploads = [...partial, ...(await uploadAll(app, token, ['ID_DOCUMENT']))]
    const added = await addMaterials(view.id, token, { materials: uploads, note: '已补盖公章' }, { 'idempotency-key': 'more-1' })
    expect(added.statusCode).toBe(200)
    expect(added.json()).toMatchObject({ status: 'UNDER_REVIEW' })
    expect(added.json().materials.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(uploads))
    expect(added.json().materials).toHaveLength(5)
    expect(added.json().timeline.at(-1)).toMatchObject({ status: 'UNDER_REVIEW', note: '已补充材料：已补盖公章' })
    // A retry with the same key answers the first result and adds nothing.
    const replay = await addMaterials(view.id, token, { materials: uploads, note: '已补盖公章' }, { 'idempotency-key': 'more-1' })
    expect(replay.statusCode).toBe(200)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    // Without a key, a second add is refused: the filing no longer waits for materials.
    const late = await addMaterials(view.id, token, { materials: uploads })
    expect(late.statusCode).toBe(409)
    expectErrorBody(late.json(), 'FILING_NOT_AWAITING_MATERIALS')

    const approved = await decide(view.id, { decision: 'APPROVE' })
    expect(approved.json()).toMatchObject({ status: 'APPROVED', validFrom: ADMITTED, review: { decision: 'APPROVE' } })
    expect(approved.json().timeline.map((e: { status: string }) => e.status)).toEqual([
      'SUBMITTED', 'UNDER_REVIEW', 'NEEDS_MATERIALS', 'UNDER_REVIEW', 'APPROVED',
    ])
  })

  it('补充材料 for lines that name no document the app knows: any photo will do (the person cannot photograph what is not named)', async () => {
    const { token, view } = await emergencyFiling()
    await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['照片太暗，请在亮处重拍'] })
    const added = await addMaterials(view.id, token, { materials: await uploadAll(app, token, ['ADMISSION_RECORD']) })
    expect(added.statusCode).toBe(200)
    expect(added.json()).toMatchObject({ status: 'UNDER_REVIEW' })
  })

  // A trial: a line that asks for an explanation had no field to answer in, and a photo was demanded.
  it('补充材料 for a line that names nothing to photograph: the person’s 说明 answers it without a photo; with neither, 422 says what to do', async () => {
    const { token, view } = await emergencyFiling()
    await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['请说明这次是在哪里、怎么受的伤'] })
    const empty = await addMaterials(view.id, token, { materials: [] })
    expect(empty.statusCode).toBe(422)
    expect(empty.json().code).toBe('VALIDATION_FAILED')
    // Only a question was asked: the box the app shows for it is 您的回答, and the server says so too.
    expect(empty.json().fields.materials).toBe('请在“您的回答”里写好，再提交')
    const blank = await addMaterials(view.id, token, { materials: [], note: '   ' })
    expect(blank.statusCode).toBe(422)

    const said = await addMaterials(view.id, token, { materials: [], note: '在阳江海边摔倒，右腿骨折' })
    expect(said.statusCode).toBe(200)
    expect(said.json()).toMatchObject({ status: 'UNDER_REVIEW' })
    // Answered in words: 已回答审核员的问题 in 办理进度, not 已补充材料 (a trial); the step that asked
    // still reads 待回答审核员的问题 once answered, not 待补充材料 (a trial).
    expect(said.json().timeline.at(-1)).toMatchObject({ status: 'UNDER_REVIEW', note: '已回答审核员的问题：在阳江海边摔倒，右腿骨折' })
    expect(said.json().timeline.at(-2)).toMatchObject({ status: 'NEEDS_MATERIALS', label: '待回答审核员的问题', note: '请回答审核员的问题：请说明这次是在哪里、怎么受的伤' })
  })

  // A trial: asked a question and a document, a daughter sent the photo alone and the question
  // reached the reviewer unanswered.
  it('补充材料 for a question beside a document: the photo alone is refused (answer the question in words); with the 说明 it is taken', async () => {
    const { token, view } = await emergencyFiling()
    await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['请说明为什么去阳江？', '入院记录'] })
    const photo = await uploadAll(app, token, ['ADMISSION_RECORD'])
    const photoOnly = await addMaterials(view.id, token, { materials: photo })
    expect(photoOnly.statusCode).toBe(422)
    expect(photoOnly.json().fields.materials).toBe('请在“给工作人员的说明”里回答审核员的问题，再提交')
    const both = await addMaterials(view.id, token, { materials: photo, note: '在阳江带孙子，突然发病' })
    expect(both.statusCode).toBe(200)
    expect(both.json().timeline.at(-1)).toMatchObject({ status: 'UNDER_REVIEW', note: '已补充材料：在阳江带孙子，突然发病' })
  })

  it('补充材料 for a document named: a 说明 alone does not stand for its photo (422 names it)', async () => {
    const { token, view } = await emergencyFiling()
    await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'] })
    const said = await addMaterials(view.id, token, { materials: [], note: '明天去医院拿' })
    expect(said.statusCode).toBe(422)
    expect(said.json().fields.materials).toBe('还差：入院记录。请拍好再提交。')
  })

  it('REJECT needs reasons, REQUEST_MATERIALS needs missing items (422); a rejection may follow a request', async () => {
    const { view } = await emergencyFiling()
    const noReason = await decide(view.id, { decision: 'REJECT', reasons: ['  '] })
    expect(noReason.statusCode).toBe(422)
    expect(noReason.json().fields.reasons).toBe('不予通过时，请写明原因（至少一项）')
    const noItems = await decide(view.id, { decision: 'REQUEST_MATERIALS' })
    expect(noItems.statusCode).toBe(422)
    expect(noItems.json().fields.missingItems).toBe('要求补充材料时，请把还缺的材料或要改正的内容一次全部列出来（至少一项）')
    const tooLong = await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['x'.repeat(101)] })
    expect(tooLong.statusCode).toBe(400)

    expect((await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'] })).statusCode).toBe(200)
    // Asking again while it waits is the wrong state.
    const twice = await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'] })
    expect(twice.statusCode).toBe(409)
    expectErrorBody(twice.json(), 'FILING_NOT_REVIEWABLE')
    expect(twice.json().message).toContain('待补充材料')

    const reasons = ['入院记录不是急诊入院', '离开参保地超过 3 个月']
    const rejected = await decide(view.id, { decision: 'REJECT', reasons, missingItems: ['急诊诊断证明'] })
    expect(rejected.statusCode).toBe(200)
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', review: { decision: 'REJECT', reasons, missingItems: ['急诊诊断证明'] } })
    expect(rejected.json().timeline.at(-1).note).toBe('未通过：入院记录不是急诊入院；离开参保地超过 3 个月；还缺：急诊诊断证明')
    // Rejected: nothing further may be decided.
    expect((await decide(view.id, { decision: 'APPROVE' })).statusCode).toBe(409)
  })

  it('an instant (already APPROVED) filing cannot be reviewed, nor get materials', async () => {
    const { token } = await filer(app)
    const instant = await fileOk(app, token, await longTermBody(app, token, '2025-09-29'))
    expect((await decide(instant.id, { decision: 'REJECT', reasons: ['测试'] })).statusCode).toBe(409)
    const uploads = await uploadAll(app, token, ['ID_DOCUMENT'])
    expect((await addMaterials(instant.id, token, { materials: uploads })).statusCode).toBe(409)
  })
})

describe('subscriptions and templates', () => {
  it('GET /api/notifications/templates needs no login and answers null when not configured', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/notifications/templates' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ deadline: null, decision: null })
    const configured = await buildTestApp({ env: { WECHAT_TEMPLATE_DECISION: 'tmpl-decision' } })
    expect((await configured.inject({ method: 'GET', url: '/api/notifications/templates' })).json()).toEqual({
      deadline: null,
      decision: 'tmpl-decision',
    })
  })

  it('PUT /api/me/subscriptions records each choice and counts each accept as one grant; a kind left out keeps both', async () => {
    const { token } = await login(app)
    const put = (payload: unknown) =>
      app.inject({ method: 'PUT', url: '/api/me/subscriptions', headers: bearer(token), payload: payload as object })
    expect((await put({ deadline: 'accept', decision: 'reject' })).json()).toEqual({
      deadline: 'accept',
      decision: 'reject',
      grants: { deadline: 1, decision: 0 },
    })
    expect((await put({ decision: 'accept' })).json()).toEqual({ deadline: 'accept', decision: 'accept', grants: { deadline: 1, decision: 1 } })
    expect((await put({ deadline: 'accept', decision: 'accept' })).json()).toEqual({
      deadline: 'accept',
      decision: 'accept',
      grants: { deadline: 2, decision: 2 },
    })
    // A refusal adds nothing and takes nothing away (WeChat keeps earlier accepts).
    expect((await put({ deadline: 'reject' })).json()).toEqual({ deadline: 'reject', decision: 'accept', grants: { deadline: 2, decision: 2 } })
    expect((await put({})).statusCode).toBe(400)
    expect((await put({ decision: 'yes' })).statusCode).toBe(400)
    expect((await app.inject({ method: 'PUT', url: '/api/me/subscriptions', payload: { decision: 'accept' } })).statusCode).toBe(401)
  })
})

// A trial: on a daughter's emergency filing for her father, staff asked for the 授权委托书 and her
// own ID; the page offered only the filing type's documents and the ID went in as the father's.
describe('补充材料 on a filing made for a family member (代办)', () => {
  it('the proxy’s papers staff ask for are the ones needed: the 授权委托书 and 代办人的身份证件', async () => {
    const { proxy, member } = await authorizedFamily(app, '450200')
    const view = await fileOk(app, proxy.token, await emergencyBody(app, proxy.token, ADMITTED, forMember(member.id)))
    expect(view.status).toBe('UNDER_REVIEW')
    const missingItems = ['授权委托书', '代办人的有效身份证件']
    expect((await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems })).statusCode).toBe(200)

    const onlyId = await addMaterials(view.id, proxy.token, { materials: await uploadAll(app, proxy.token, ['ID_DOCUMENT']) })
    expect(onlyId.statusCode).toBe(422)
    expect(onlyId.json().fields.materials).toBe('还差：授权委托书。请拍好再提交。')

    const both = await uploadAll(app, proxy.token, ['ID_DOCUMENT', 'AUTHORIZATION_LETTER'])
    const added = await addMaterials(view.id, proxy.token, { materials: both })
    expect(added.statusCode).toBe(200)
    expect(added.json()).toMatchObject({ status: 'UNDER_REVIEW' })
  })

  // Staff asked for a document of the father's and his daughter's own ID: one answer holds both
  // (一次性告知), so his phone sends it all through her (subjectsPart: HAND_TO_PROXY); the server
  // holds the same rule whoever sends, and names whose ID is missing.
  it('his document and her ID asked together: his send alone is refused, naming 代办人的 ID; hers with both is taken', async () => {
    const { proxy, member, principal } = await authorizedFamily(app, '450200')
    const view = await fileOk(app, proxy.token, await emergencyBody(app, proxy.token, ADMITTED, forMember(member.id)))
    const missingItems = ['入院记录', '代办人的有效身份证件']
    expect((await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems })).statusCode).toBe(200)

    const his = await addMaterials(view.id, principal.token, { materials: await uploadAll(app, principal.token, ['ADMISSION_RECORD']) })
    expect(his.statusCode).toBe(422)
    expect(his.json().fields.materials).toBe('还差：代办人的有效身份证件。请拍好再提交。')
    expect((await app.inject({ method: 'GET', url: `/api/filings/${view.id}`, headers: bearer(proxy.token) })).json().status).toBe('NEEDS_MATERIALS')

    const hers = await addMaterials(view.id, proxy.token, { materials: await uploadAll(app, proxy.token, ['ADMISSION_RECORD', 'ID_DOCUMENT']) })
    expect(hers.statusCode).toBe(200)
    expect(hers.json()).toMatchObject({ status: 'UNDER_REVIEW' })
  })
})

