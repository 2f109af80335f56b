import type { FastifyInstance } from 'fastify'
import { MAX_ATTEMPTS, RETRY_BACKOFF_MS, processDueNotifications } from '@server/notifications/sender'
import { bearer, buildTestApp } from '../helpers/build'
import { emergencyBody, insuredIn } from '../helpers/emergency'
import { fileOk } from '../helpers/filings'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat'

/** The outbox sender of one instance against the local fake of WeChat's API (helpers/fake-wechat). */

// Several apps on PostgreSQL on a shared, busy machine: more than jest's 5 s default.
jest.setTimeout(90_000)

let fake: FakeWechat
let baseUrl: string

beforeAll(async () => {
  fake = await startFakeWechat()
  baseUrl = fake.baseUrl
})

afterAll(async () => {
  await fake.close()
})

// 2025-09-29 10:00 China time; admitted 2025-09-26 in Guangxi → deadline 2025-10-10.
const START = new Date('2025-09-29T02:00:00Z')
const staff = { authorization: 'Bearer staff' }
let now = START
let app: FastifyInstance
let codes = 0

const wechatEnv = () => ({
  WECHAT_APPID: 'wxapp',
  WECHAT_SECRET: 'wxsecret',
  WECHAT_API_BASE_URL: baseUrl,
  // Generous: on a busy machine the local fake may answer slowly, and a timeout is a retry.
  WECHAT_TIMEOUT_MS: '30000',
  WECHAT_TEMPLATE_DECISION: 'tmpl-decision',
  WECHAT_TEMPLATE_DEADLINE: 'tmpl-deadline',
  REVIEWER_TOKEN: 'staff',
  SESSION_TTL_SECONDS: String(365 * 24 * 3600),
})

beforeAll(async () => {
  app = await buildTestApp({ now: () => now, env: wechatEnv(), sendNotifications: false })
})

beforeEach(() => {
  now = START
})

/** A user logged in through the fake WeChat (openid o_<code>) with an emergency filing under review. */
async function filingBy(choices: { deadline?: string; decision?: string } | null) {
  const code = `code-${process.pid}-${(codes += 1)}-${Math.random().toString(36).slice(2)}`
  const user = await insuredIn(app, '450200', code)
  if (choices) {
    const response = await app.inject({ method: 'PUT', url: '/api/me/subscriptions', headers: bearer(user.token), payload: choices })
    expect(response.statusCode).toBe(200)
  }
  const view = await fileOk(app, user.token, await emergencyBody(app, user.token, '2025-09-26'))
  return { ...user, openid: `o_${code}`, view }
}

async function decide(id: string, body: unknown) {
  const response = await app.inject({ method: 'POST', url: `/api/review/filings/${id}/decision`, headers: staff, payload: body as object })
  expect(response.statusCode).toBe(200)
}

async function rowsOf(filingId: string) {
  return app.repos.notifications.listForFiling(filingId)
}

describe('processDueNotifications against a fake WeChat', () => {
  it('sends a DECISION message (token fetched once, then cached) and marks it SENT', async () => {
    const { openid, view } = await filingBy({ decision: 'accept' })
    await decide(view.id, { decision: 'APPROVE' })
    const tokensBefore = fake.stableTokenRequests.length

    const report = await processDueNotifications(app, now)
    expect(report.sent).toBeGreaterThanOrEqual(1)
    const sent = fake.sendsTo(openid)
    expect(sent).toHaveLength(1)
    expect(sent[0].token).toMatch(/^stable-token-/)
    expect(sent[0].body).toMatchObject({
      template_id: 'tmpl-decision',
      page: `packages/mine/pages/detail/index?id=${view.id}`,
      data: {
        character_string1: { value: view.number },
        phrase2: { value: '备案成功' },
        time4: { value: '2025年9月29日 10:00' },
      },
    })
    const decision = (await rowsOf(view.id)).find((r) => r.kind === 'DECISION')
    expect(decision).toMatchObject({ status: 'SENT', sentAt: now.toISOString(), attempts: 1 })
    // The creation-time reminder is not due yet (09:00 on 10-09): still PENDING.
    expect((await rowsOf(view.id)).find((r) => r.kind === 'DEADLINE_REMINDER')?.status).toBe('PENDING')

    // Another message later uses the cached token.
    const second = await filingBy({ decision: 'accept' })
    await decide(second.view.id, { decision: 'REJECT', reasons: ['不符合急诊条件'] })
    await processDueNotifications(app, now)
    expect(fake.stableTokenRequests.length - tokensBefore).toBeLessThanOrEqual(1)
    expect(fake.stableTokenRequests.at(-1)).toEqual({ grant_type: 'client_credential', appid: 'wxapp', secret: 'wxsecret', force_refresh: false })
  })

  it('a failing send is tried again later, and is FAILED after 3 attempts', async () => {
    const { openid, view } = await filingBy({ decision: 'accept' })
    fake.failFor.add(openid)
    await decide(view.id, { decision: 'APPROVE' })
    const decision = async () => (await rowsOf(view.id)).find((r) => r.kind === 'DECISION')!

    await processDueNotifications(app, now)
    expect(await decision()).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'send: errcode 40003 invalid openid' })
    // Not due again until the back-off has passed.
    await processDueNotifications(app, now)
    expect((await decision()).attempts).toBe(1)

    now = new Date(START.getTime() + RETRY_BACKOFF_MS)
    await processDueNotifications(app, now)
    expect(await decision()).toMatchObject({ status: 'PENDING', attempts: 2 })
    now = new Date(now.getTime() + 2 * RETRY_BACKOFF_MS)
    await processDueNotifications(app, now)
    expect(await decision()).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS })
    expect(fake.sendsTo(openid)).toHaveLength(MAX_ATTEMPTS)
    fake.failFor.delete(openid)
  })

  it('a send-back that only asks a question says 待回答问题, not 待补充材料; materials keep their words', async () => {
    const questioned = await filingBy({ decision: 'accept' })
    await decide(questioned.view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['请说明这次是在哪里、怎么受的伤？'] })
    const materials = await filingBy({ decision: 'accept' })
    await decide(materials.view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'] })
    await processDueNotifications(app, now)
    expect(fake.sendsTo(questioned.openid)[0].body.data).toMatchObject({
      phrase2: { value: '待回答问题' },
      thing3: { value: '审核员有个问题，请在小程序里看并回答' },
    })
    expect(fake.sendsTo(materials.openid)[0].body.data).toMatchObject({ phrase2: { value: '待补充材料' } })
  })

  it('a send-back that only asks corrections says 待改正, with what to correct', async () => {
    const fix = await filingBy({ decision: 'accept' })
    await decide(fix.view.id, { decision: 'REQUEST_MATERIALS', corrections: ['phone1'] })
    await processDueNotifications(app, now)
    expect(fake.sendsTo(fix.openid)[0].body.data).toMatchObject({ phrase2: { value: '待改正' }, thing3: { value: '请改正 1 项：联系电话' } })
  })

  it('a person who did not accept that kind gets nothing: CANCELLED, "no subscription grant"', async () => {
    const rejected = await filingBy({ decision: 'reject' })
    const never = await filingBy(null)
    await decide(rejected.view.id, { decision: 'APPROVE' })
    await decide(never.view.id, { decision: 'APPROVE' })
    await processDueNotifications(app, now)
    for (const { view, openid } of [rejected, never]) {
      expect((await rowsOf(view.id)).find((r) => r.kind === 'DECISION')).toMatchObject({ status: 'CANCELLED', lastError: 'no subscription grant' })
      expect(fake.sends.some((s) => s.body.touser === openid)).toBe(false)
    }
  })

  it('deadline reminders: sent while they apply, CANCELLED once the filing moved on', async () => {
    const asked = await filingBy({ deadline: 'accept', decision: 'accept' })
    await decide(asked.view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'] })
    const answered = await filingBy({ deadline: 'accept', decision: 'accept' })
    await decide(answered.view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'] })
    await decide(answered.view.id, { decision: 'REJECT', reasons: ['逾期未补充'] })
    const untouched = await filingBy({ deadline: 'accept' })

    // 09:00 China time on 2025-10-09, the working day before the deadline.
    now = new Date('2025-10-09T09:00:00+08:00')
    await processDueNotifications(app, now)

    const reminder = async (id: string, trigger: string) =>
      (await rowsOf(id)).find((r) => r.payload.kind === 'DEADLINE_REMINDER' && r.payload.trigger === trigger)
    // Still waiting for materials: the request's reminder goes out; the creation one is moot (decided).
    expect(await reminder(asked.view.id, 'MATERIALS_REQUESTED')).toMatchObject({ status: 'SENT', dueAt: now.toISOString() })
    expect(await reminder(asked.view.id, 'CREATED')).toMatchObject({ status: 'CANCELLED', lastError: 'filing already decided' })
    expect(await reminder(answered.view.id, 'MATERIALS_REQUESTED')).toMatchObject({
      status: 'CANCELLED',
      lastError: 'filing no longer awaiting materials',
    })
    // Never decided: the creation reminder is sent.
    expect(await reminder(untouched.view.id, 'CREATED')).toMatchObject({ status: 'SENT' })
    const sent = fake.sends.find((s) => s.body.touser === asked.openid && s.body.template_id === 'tmpl-deadline')
    expect(sent?.body.data).toMatchObject({ character_string1: { value: asked.view.number }, date2: { value: '2025年10月10日' } })
  })

  it('does nothing without WeChat credentials, or for a kind without a template: rows stay PENDING', async () => {
    const bare = await buildTestApp({ now: () => START, env: { REVIEWER_TOKEN: 'staff' } })
    const user = await insuredIn(bare, '450200')
    const view = await fileOk(bare, user.token, await emergencyBody(bare, user.token, '2025-09-26'))
    await bare.inject({ method: 'POST', url: `/api/review/filings/${view.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })
    expect(await processDueNotifications(bare, START)).toEqual({ sent: 0, retrying: 0, failed: 0, cancelled: 0 })
    const pending = await bare.inject({ method: 'GET', url: '/api/review/notifications?status=PENDING', headers: staff })
    const mine = pending.json().notifications.filter((n: { filingId: string }) => n.filingId === view.id)
    expect(mine.map((n: { kind: string }) => n.kind).sort()).toEqual(['DEADLINE_REMINDER', 'DECISION'])

    const noTemplates = await buildTestApp({
      now: () => START,
      env: { ...wechatEnv(), WECHAT_TEMPLATE_DECISION: '', WECHAT_TEMPLATE_DEADLINE: '' },
      sendNotifications: false,
    })
    const other = await insuredIn(noTemplates, '450200', `code-none-${Math.random()}`)
    const filed = await fileOk(noTemplates, other.token, await emergencyBody(noTemplates, other.token, '2025-09-26'))
    await noTemplates.inject({ method: 'POST', url: `/api/review/filings/${filed.id}/decision`, headers: staff, payload: { decision: 'APPROVE' } })
    await processDueNotifications(noTemplates, START)
    expect((await noTemplates.repos.notifications.listForFiling(filed.id)).every((r) => r.status === 'PENDING')).toBe(true)
  })

  it('two senders racing claim each row once', async () => {
    const { openid, view } = await filingBy({ decision: 'accept' })
    await decide(view.id, { decision: 'APPROVE' })
    await Promise.all([processDueNotifications(app, now), processDueNotifications(app, now)])
    expect(fake.sendsTo(openid)).toHaveLength(1)
  })
})

describe('the case says whether the decision reached each person (GET /api/review/filings/:id/case notices)', () => {
  const noticesOf = async (filingId: string) => {
    const response = await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}/case`, headers: staff })
    expect(response.statusCode).toBe(200)
    return response.json().notices as Array<{ role: string; name: string; message: string; sentAt: string | null }>
  }

  it('before any decision: none', async () => {
    const { view } = await filingBy({ decision: 'accept' })
    expect(await noticesOf(view.id)).toEqual([])
  })

  it('one who allowed the result message: queued, then sent at the instant WeChat took it', async () => {
    const { openid, view } = await filingBy({ decision: 'accept' })
    await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['出院小结'] })
    expect(await noticesOf(view.id)).toEqual([{ role: 'APPLICANT', name: '张三', message: 'SENDING', sentAt: null }])
    now = new Date(START.getTime() + 60_000)
    await processDueNotifications(app, now)
    expect(fake.sendsTo(openid)).toHaveLength(1)
    expect(await noticesOf(view.id)).toEqual([{ role: 'APPLICANT', name: '张三', message: 'SENT', sentAt: now.toISOString() }])
  })

  it('one who never allowed it: only in the mini-program, before the sender runs and after it cancels the message', async () => {
    const { openid, view } = await filingBy(null)
    await decide(view.id, { decision: 'REQUEST_MATERIALS', missingItems: ['出院小结'] })
    expect(await noticesOf(view.id)).toEqual([{ role: 'APPLICANT', name: '张三', message: 'NOT_SUBSCRIBED', sentAt: null }])
    await processDueNotifications(app, now)
    expect(fake.sendsTo(openid)).toHaveLength(0)
    expect((await rowsOf(view.id)).find((r) => r.kind === 'DECISION')?.status).toBe('CANCELLED')
    expect(await noticesOf(view.id)).toEqual([{ role: 'APPLICANT', name: '张三', message: 'NOT_SUBSCRIBED', sentAt: null }])
  })
})
