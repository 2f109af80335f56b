import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { WechatConfig } from '@server/config'
import { NOTIFICATION_KINDS, type NotificationRecord } from '@server/db/repositories/notifications'
import type { ClaimEnd } from '@server/db/repositories/outbox'
import { detailPage, messageData, templateFor } from './templates'
import { accessToken, callWechat, replaceRejected, type WechatAnswer } from './wechat-token'

/**
 * Sends the notification outbox through WeChat subscription messages (订阅消息), with several
 * server instances on one database (db/repositories/outbox.ts):
 * - each row is claimed with a lease (LEASE_MS): a row whose instance died while SENDING is taken
 *   again by another once the lease has expired;
 * - a row is sent only while it holds one of its recipient's subscription grants (one per accept);
 *   with none left it ends CANCELLED ("no subscription grant"), not kept waiting;
 * - the access token is shared (wechat-token.ts); a send refused for the token (40001, 42001,
 *   40014) gets one new token and is tried once more.
 * The promise is at-least-once per grant, not exactly-once: an instance that dies after WeChat
 * accepted a message and before marking it SENT leaves it SENDING, and the instance that takes it
 * over sends it again (WeChat spends a second grant, or answers 43101 when none is left).
 * Nothing runs without WeChat credentials; a kind without a template id stays PENDING.
 */

export const MAX_ATTEMPTS = 3
/** How often buildApp's timer runs the sender. */
export const SEND_INTERVAL_MS = 30_000
/** A failed attempt is tried again this much later, times the attempts so far. */
export const RETRY_BACKOFF_MS = 60_000
/**
 * How long a claim holds a row. One delivery takes at most two token fetches and two sends of
 * WECHAT_TIMEOUT_MS (default 5 s) each, plus a few queries: two minutes is ample, and short enough that
 * a dead instance's row goes out again within the next few runs.
 */
export const LEASE_MS = 2 * 60_000
const BATCH = 50

export interface SendReport {
  sent: number
  retrying: number
  failed: number
  cancelled: number
}

type Outcome =
  | { status: 'SENT' }
  | { status: 'CANCELLED'; reason: string; grant: 'return' | 'void' }
  | { status: 'ERROR'; error: string }

/** Each app (instance) claims rows under its own id: host, process and a random part. */
const owners = new WeakMap<FastifyInstance, string>()
export function instanceId(app: FastifyInstance): string {
  let id = owners.get(app)
  if (id === undefined) {
    id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`.slice(0, 64)
    owners.set(app, id)
  }
  return id
}

/**
 * Why a message no longer applies, or null when it still does: its recipient may no longer see
 * the filing (a family member revoked the filer's authorisation), or a deadline reminder's
 * filing moved on.
 */
async function staleReminder(app: FastifyInstance, n: NotificationRecord): Promise<string | null> {
  if (n.filingId === null) return null
  if ((await app.repos.filings.findVisible(n.filingId, n.userId)) === null) return 'filing not visible to the recipient'
  if (n.payload.kind !== 'DEADLINE_REMINDER') return null
  const filing = await app.repos.filings.findById(n.filingId)
  if (!filing) return 'filing gone'
  if (n.payload.trigger === 'MATERIALS_REQUESTED') {
    return filing.status === 'NEEDS_MATERIALS' ? null : 'filing no longer awaiting materials'
  }
  const [details] = await app.repos.filings.details([filing])
  const decided = filing.status !== 'UNDER_REVIEW' || (details?.review ?? null) !== null
  return decided ? 'filing already decided' : null
}

// 43101: the person did not allow (or used up) this template. 40001/42001/40014: bad token.
const NOT_SUBSCRIBED = 43101
const TOKEN_ERRORS = new Set([40001, 40014, 42001])

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

function sendMessage(wechat: WechatConfig, token: string, templateId: string, openid: string, n: NotificationRecord): Promise<WechatAnswer> {
  const url = new URL('/cgi-bin/message/subscribe/send', wechat.apiBaseUrl)
  url.search = new URLSearchParams({ access_token: token }).toString()
  return callWechat(wechat, url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      touser: openid,
      template_id: templateId,
      page: detailPage(n.filingId),
      data: messageData(n.payload),
      lang: 'zh_CN',
    }),
  })
}

async function deliver(app: FastifyInstance, wechat: WechatConfig, templateId: string, n: NotificationRecord, owner: string, now: Date): Promise<Outcome> {
  const stale = await staleReminder(app, n)
  if (stale !== null) return { status: 'CANCELLED', reason: stale, grant: 'return' }
  const openid = await app.repos.users.findOpenid(n.userId)
  if (openid === null) return { status: 'CANCELLED', reason: 'user gone', grant: 'return' }
  if (!(await app.repos.outbox.takeGrant(n, owner, now))) return { status: 'CANCELLED', reason: 'no subscription grant', grant: 'return' }

  let token: string
  let answer: WechatAnswer
  try {
    token = await accessToken(app, wechat, now)
  } catch (error) {
    return { status: 'ERROR', error: message(error) }
  }
  try {
    answer = await sendMessage(wechat, token, templateId, openid, n)
    if (answer.errcode !== undefined && TOKEN_ERRORS.has(answer.errcode)) {
      // The token was refused: one new token, one more try.
      const fresh = await replaceRejected(app, wechat, token, now)
      if (fresh === null) return { status: 'ERROR', error: `send: errcode ${answer.errcode}; no new token yet` }
      answer = await sendMessage(wechat, fresh, templateId, openid, n)
    }
  } catch (error) {
    return { status: 'ERROR', error: `send: ${message(error)}` }
  }
  if (answer.errcode === 0 || answer.errcode === undefined) return { status: 'SENT' }
  // WeChat holds no grant for this person and template: ours were wrong; drop them.
  if (answer.errcode === NOT_SUBSCRIBED) return { status: 'CANCELLED', reason: 'not subscribed (43101)', grant: 'void' }
  return { status: 'ERROR', error: `send: errcode ${answer.errcode} ${answer.errmsg ?? ''}`.trim() }
}

function claimEnd(outcome: Outcome, n: NotificationRecord, now: Date): ClaimEnd {
  if (outcome.status === 'SENT') return { status: 'SENT', now }
  if (outcome.status === 'CANCELLED') return outcome
  const retryAt = new Date(now.getTime() + RETRY_BACKOFF_MS * n.attempts)
  return { status: 'RETRY', error: outcome.error, retryAt, maxAttempts: MAX_ATTEMPTS }
}

/**
 * Sends every notification due at `now` (at most one batch of BATCH): SENT on success; a failure
 * is tried again later, and FAILED after MAX_ATTEMPTS; a reminder whose filing moved on, or one
 * with no grant left, is CANCELLED. Does nothing without WeChat credentials.
 */
export async function processDueNotifications(app: FastifyInstance, now: Date): Promise<SendReport> {
  const report: SendReport = { sent: 0, retrying: 0, failed: 0, cancelled: 0 }
  const wechat = app.config.wechat
  if (wechat === null) return report
  const templates = app.config.wechatTemplates
  const kinds = NOTIFICATION_KINDS.filter((kind) => templateFor(templates, kind) !== null)
  if (kinds.length === 0) return report
  const outbox = app.repos.outbox
  const owner = instanceId(app)

  report.failed += await outbox.failAbandoned(now, MAX_ATTEMPTS)
  for (let i = 0; i < BATCH; i += 1) {
    const n = await outbox.claimNext({ kinds, now, owner, leaseMs: LEASE_MS, maxAttempts: MAX_ATTEMPTS })
    if (n === null) break
    let outcome: Outcome
    try {
      outcome = await deliver(app, wechat, templateFor(templates, n.kind) as string, n, owner, now)
    } catch (error) {
      outcome = { status: 'ERROR', error: message(error) }
    }
    const status = await outbox.finish(n, owner, claimEnd(outcome, n, now), now)
    if (status === null) {
      // Our lease ran out and another instance took the row: it may send it again.
      app.log.warn({ notificationId: n.id, kind: n.kind, outcome: outcome.status }, 'notification lease lost')
    } else if (status === 'SENT') report.sent += 1
    else if (status === 'CANCELLED') report.cancelled += 1
    else if (status === 'FAILED') report.failed += 1
    else report.retrying += 1
    if (outcome.status === 'ERROR') {
      app.log.warn({ notificationId: n.id, kind: n.kind, attempts: n.attempts, status, error: outcome.error }, 'notification not sent')
    }
  }
  if (report.sent + report.retrying + report.failed + report.cancelled > 0) app.log.info(report, 'notifications processed')
  return report
}
