import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { NewNotification } from '@server/db/repositories/notifications'
import { LEASE_MS, MAX_ATTEMPTS, RETRY_BACKOFF_MS, processDueNotifications } from '@server/notifications/sender'
import { bearer, buildTestApp, closeTestApp, login, testDatabase, usesPostgres } from '../helpers/build'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat'

/**
 * Two instances (two buildApp apps on one database: the same SQLite file, or the same
 * PostgreSQL schema) sending the outbox against the local fake of WeChat (helpers/fake-wechat).
 * "Dead" instances are apps that claim a row and are closed, or whose send the fake holds; time
 * moves by the injected clock, never by sleeping.
 */

jest.setTimeout(90_000)

const START = new Date('2025-09-29T02:00:00Z')
let now = START
let fake: FakeWechat
let a: FastifyInstance
let b: FastifyInstance
let codes = 0
const sqliteDir = mkdtempSync(join(tmpdir(), 'yidi-two-instances-'))
const database = testDatabase(join(sqliteDir, 'shared.db'))

const env = () => ({
  WECHAT_APPID: 'wxapp',
  WECHAT_SECRET: 'wxsecret',
  WECHAT_API_BASE_URL: fake.baseUrl,
  // Generous: on a busy machine the local fake may answer slowly, and a timeout is a retry.
  WECHAT_TIMEOUT_MS: '30000',
  WECHAT_TEMPLATE_DECISION: 'tmpl-decision',
  WECHAT_TEMPLATE_DEADLINE: 'tmpl-deadline',
  SESSION_TTL_SECONDS: String(365 * 24 * 3600),
})
const instance = () => buildTestApp({ now: () => now, env: env(), database, sendNotifications: false })

beforeAll(async () => {
  fake = await startFakeWechat()
  a = await instance()
  b = await instance()
})

afterAll(async () => {
  await fake.close()
  rmSync(sqliteDir, { recursive: true, force: true })
})

beforeEach(() => {
  now = START
})

/** A person logged in through the fake WeChat (openid o_<code>) who accepted `accepts` decision messages. */
async function person(accepts: number) {
  const code = `two-${process.pid}-${(codes += 1)}-${Math.random().toString(36).slice(2)}`
  const user = await login(a, code)
  for (let i = 0; i < accepts; i += 1) {
    const response = await b.inject({ method: 'PUT', url: '/api/me/subscriptions', headers: bearer(user.token), payload: { decision: 'accept' } })
    expect(response.statusCode).toBe(200)
  }
  return { ...user, openid: `o_${code}` }
}

/** `count` DECISION messages for a person, due at `now`, one millisecond apart. */
async function decisions(userId: string, count: number): Promise<string[]> {
  const rows: NewNotification[] = Array.from({ length: count }, (_, i) => ({
    userId,
    filingId: null,
    dueAt: new Date(now.getTime() - count + i),
    payload: {
      kind: 'DECISION',
      filingNumber: `YD2025092900000${i}`,
      decision: 'APPROVE',
      statusLabel: '备案成功',
      summary: '备案已通过',
      decidedAt: now.toISOString(),
    },
  }))
  await a.repos.notifications.enqueue(rows, now)
  const mine = (await a.repos.notifications.list(undefined)).filter((n) => n.userId === userId)
  return mine.map((n) => n.id)
}

async function rowsOf(userId: string) {
  return (await b.repos.notifications.list(undefined)).filter((n) => n.userId === userId)
}

async function grantsOf(token: string): Promise<number> {
  const response = await a.inject({ method: 'PUT', url: '/api/me/subscriptions', headers: bearer(token), payload: { deadline: 'reject' } })
  return response.json().grants.decision
}

const later = (ms: number) => new Date(now.getTime() + ms)

describe(`two instances on one ${usesPostgres ? 'PostgreSQL schema' : 'SQLite file'}`, () => {
  it('fetch the access token once (getStableAccessToken, normal mode) and share it', async () => {
    const first = await person(1)
    await decisions(first.userId, 1)
    expect(await processDueNotifications(a, now)).toMatchObject({ sent: 1 })
    const second = await person(1)
    await decisions(second.userId, 1)
    expect(await processDueNotifications(b, now)).toMatchObject({ sent: 1 })

    expect(fake.stableTokenRequests).toEqual([{ grant_type: 'client_credential', appid: 'wxapp', secret: 'wxsecret', force_refresh: false }])
    expect(fake.sendsTo(first.openid).map((s) => s.token)).toEqual(['stable-token-1'])
    expect(fake.sendsTo(second.openid).map((s) => s.token)).toEqual(['stable-token-1'])
  })

  it('a send refused with 40001 gets one new token (normal mode) and is sent again once', async () => {
    const { userId, openid } = await person(1)
    await decisions(userId, 1)
    const requestsBefore = fake.stableTokenRequests.length
    const old = fake.current()
    // Someone else voided the token (e.g. a forced refresh elsewhere).
    fake.rotate()
    expect(await processDueNotifications(b, now)).toEqual({ sent: 1, retrying: 0, failed: 0, cancelled: 0 })

    expect(fake.sendsTo(openid).map((s) => s.token)).toEqual([old, fake.current()])
    expect(fake.stableTokenRequests.slice(requestsBefore).map((r) => r.force_refresh)).toEqual([false])
    expect(await rowsOf(userId)).toMatchObject([{ status: 'SENT', attempts: 1, claimedBy: null, leaseUntil: null }])
    // The other instance uses the new token without asking WeChat.
    const other = await person(1)
    await decisions(other.userId, 1)
    await processDueNotifications(a, now)
    expect(fake.sendsTo(other.openid).map((s) => s.token)).toEqual([fake.current()])
    expect(fake.stableTokenRequests.length - requestsBefore).toBe(1)
  })

  it('a token WeChat refuses yet still hands out is force-refreshed, at most once in 30 s', async () => {
    const first = await person(1)
    await decisions(first.userId, 1)
    const requestsBefore = fake.stableTokenRequests.length
    const refused = fake.current()
    fake.refuseCurrent(42001)
    expect(await processDueNotifications(a, now)).toMatchObject({ sent: 1 })
    expect(fake.stableTokenRequests.slice(requestsBefore).map((r) => r.force_refresh)).toEqual([false, true])
    expect(fake.sendsTo(first.openid).map((s) => s.token)).toEqual([refused, fake.current()])

    // Refused again at once: no second forced refresh within 30 s; the row waits for its retry.
    const second = await person(1)
    await decisions(second.userId, 1)
    const again = fake.current()
    fake.refuseCurrent(40001)
    expect(await processDueNotifications(b, now)).toMatchObject({ sent: 0, retrying: 1 })
    expect(await rowsOf(second.userId)).toMatchObject([{ status: 'PENDING', attempts: 1, lastError: 'send: errcode 40001; no new token yet' }])
    expect(fake.sendsTo(second.openid).map((s) => s.token)).toEqual([again])
    now = later(RETRY_BACKOFF_MS)
    expect(await processDueNotifications(a, now)).toMatchObject({ sent: 1 })
    expect(fake.stableTokenRequests.slice(requestsBefore).map((r) => r.force_refresh)).toEqual([false, true, false, false, true])
    expect(await rowsOf(second.userId)).toMatchObject([{ status: 'SENT', attempts: 2 }])
  })

  it('only one instance may force a refresh for one rejected token', async () => {
    const token = fake.current() as string
    const rule = { rejected: token, now: later(10 * 60_000), day: '2025-09-29', minIntervalMs: 30_000, maxPerDay: 10 }
    const won = await Promise.all([a.repos.wechatTokens.reserveForceRefresh('wxapp', rule), b.repos.wechatTokens.reserveForceRefresh('wxapp', rule)])
    expect(won.filter(Boolean)).toHaveLength(1)
  })

  it('each grant is spent by one message: two accepts, three messages, two instances → two sent, the third CANCELLED', async () => {
    const { userId, openid, token } = await person(2)
    expect(await grantsOf(token)).toBe(2)
    await decisions(userId, 3)
    // On PostgreSQL the two run at once. Two SQLite connections in one process cannot wait for
    // each other (better-sqlite3 waits for a lock synchronously, on the thread both run on), so
    // there they take turns; in two processes they wait as usual (busy_timeout).
    const reports = usesPostgres
      ? await Promise.all([processDueNotifications(a, now), processDueNotifications(b, now)])
      : [await processDueNotifications(a, now), await processDueNotifications(b, now)]
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(2)
    expect(reports.reduce((sum, r) => sum + r.cancelled, 0)).toBe(1)
    expect(fake.sendsTo(openid)).toHaveLength(2)
    const rows = await rowsOf(userId)
    expect(rows.map((r) => r.status).sort()).toEqual(['CANCELLED', 'SENT', 'SENT'])
    expect(rows.find((r) => r.status === 'CANCELLED')?.lastError).toBe('no subscription grant')
    expect(await grantsOf(token)).toBe(0)
  })

  it('43101 from WeChat (no subscription there) cancels the message and drops the grants left', async () => {
    const { userId, openid, token } = await person(3)
    await decisions(userId, 1)
    fake.unsubscribed.add(openid)
    expect(await processDueNotifications(a, now)).toMatchObject({ cancelled: 1 })
    expect(await rowsOf(userId)).toMatchObject([{ status: 'CANCELLED', lastError: 'not subscribed (43101)' }])
    expect(await grantsOf(token)).toBe(0)
  })

  it('a failed send keeps its grant for the retry; FAILED hands it back', async () => {
    const { userId, openid, token } = await person(1)
    await decisions(userId, 1)
    fake.failFor.add(openid)
    await processDueNotifications(a, now)
    expect(await rowsOf(userId)).toMatchObject([{ status: 'PENDING', attempts: 1, grantHeld: true }])
    expect(await grantsOf(token)).toBe(0)
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) {
      now = later(RETRY_BACKOFF_MS * MAX_ATTEMPTS)
      await processDueNotifications(attempt % 2 === 0 ? b : a, now)
    }
    expect(await rowsOf(userId)).toMatchObject([{ status: 'FAILED', attempts: MAX_ATTEMPTS, grantHeld: false }])
    expect(await grantsOf(token)).toBe(1)
    fake.failFor.delete(openid)
  })
})

// The fault tests (instances dying at a chosen point). FAULT_REPEAT=20 runs them 20 times in a row
// in one process, on fresh rows each time.
const runs = Array.from({ length: Number(process.env.FAULT_REPEAT ?? 1) }, (_, i) => i + 1)
describe.each(runs)(`two instances on one ${usesPostgres ? 'PostgreSQL schema' : 'SQLite file'}: dead instances (run %i)`, () => {
  it('a row left SENDING by a dead instance is sent by the other once the lease has expired', async () => {
    const { userId, openid, token } = await person(1)
    const [id] = await decisions(userId, 1)
    const doomed = await instance()
    const claimed = await doomed.repos.outbox.claimNext({ kinds: ['DECISION'], now, owner: 'doomed', leaseMs: LEASE_MS, maxAttempts: MAX_ATTEMPTS })
    expect(claimed).toMatchObject({ id, status: 'SENDING', claimedBy: 'doomed', leaseUntil: later(LEASE_MS).toISOString(), attempts: 1 })
    await closeTestApp(doomed)

    // Within the lease nobody touches it.
    now = later(LEASE_MS - 1)
    expect(await processDueNotifications(b, now)).toEqual({ sent: 0, retrying: 0, failed: 0, cancelled: 0 })
    expect(await rowsOf(userId)).toMatchObject([{ status: 'SENDING', claimedBy: 'doomed' }])
    now = later(2)
    expect(await processDueNotifications(b, now)).toMatchObject({ sent: 1 })
    expect(await rowsOf(userId)).toMatchObject([{ status: 'SENT', attempts: 2, claimedBy: null }])
    expect(fake.sendsTo(openid)).toHaveLength(1)
    expect(await grantsOf(token)).toBe(0)
  })

  it('an instance that dies after WeChat took the message: the other sends it again (at least once)', async () => {
    const { userId, openid, token } = await person(1)
    await decisions(userId, 1)
    const doomed = await instance()
    const held = fake.hold(openid)
    const dying = processDueNotifications(doomed, now)
    await held.arrived
    // WeChat has the message; the instance "dies" before marking it SENT. The lease expires.
    now = later(LEASE_MS + 1)
    expect(await processDueNotifications(a, now)).toMatchObject({ sent: 1 })
    held.release()
    // The late answer changes nothing: the row is no longer the dead instance's.
    expect(await dying).toEqual({ sent: 0, retrying: 0, failed: 0, cancelled: 0 })
    await closeTestApp(doomed)
    expect(fake.sendsTo(openid)).toHaveLength(2)
    expect(await rowsOf(userId)).toMatchObject([{ status: 'SENT', attempts: 2 }])
    // Both sends rode on the one grant the row held.
    expect(await grantsOf(token)).toBe(0)
  })

  it('a row whose instances died on every attempt ends FAILED and hands its grant back', async () => {
    const { userId, openid, token } = await person(1)
    const [id] = await decisions(userId, 1)
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const claimed = await a.repos.outbox.claimNext({ kinds: ['DECISION'], now, owner: `doomed-${attempt}`, leaseMs: LEASE_MS, maxAttempts: MAX_ATTEMPTS })
      expect(claimed).toMatchObject({ id, attempts: attempt })
      if (attempt === 1) expect(await a.repos.outbox.takeGrant(claimed!, 'doomed-1', now)).toBe(true)
      now = later(LEASE_MS + 1)
    }
    expect(await grantsOf(token)).toBe(0)
    expect(await processDueNotifications(b, now)).toEqual({ sent: 0, retrying: 0, failed: 1, cancelled: 0 })
    expect(await rowsOf(userId)).toMatchObject([{ status: 'FAILED', attempts: MAX_ATTEMPTS, lastError: 'lease expired on the last attempt' }])
    expect(fake.sendsTo(openid)).toHaveLength(0)
    expect(await grantsOf(token)).toBe(1)
  })
})
