import type { FastifyInstance } from 'fastify'
import type { WechatConfig } from '../config'
import { NOTIFICATION_KINDS, type NotificationRecord } from '../db/repositories/notifications'
import { detailPage, messageData, templateFor } from './templates'

/**
 * Sends the notification outbox through WeChat subscription messages (订阅消息).
 * Rows are claimed one by one (PENDING → SENDING by a conditional update), so several server
 * instances may run this at once without sending anything twice. Nothing runs without WeChat
 * credentials; a kind without a template id stays PENDING, for staff to inspect.
 */

export const MAX_ATTEMPTS = 3
/** How often buildApp's timer runs the sender. */
export const SEND_INTERVAL_MS = 30_000
/** A failed attempt is tried again this much later, times the attempts so far. */
export const RETRY_BACKOFF_MS = 60_000
const BATCH = 50
const WECHAT_TIMEOUT_MS = 5_000
/** Renew the access token this long before WeChat says it expires. */
const TOKEN_MARGIN_MS = 5 * 60_000

export interface SendReport {
  sent: number
  retrying: number
  failed: number
  cancelled: number
}

type Outcome =
  | { status: 'SENT' }
  | { status: 'CANCELLED'; reason: string }
  | { status: 'ERROR'; error: string; tokenRejected?: boolean }

interface CachedToken {
  token: string
  expiresAtMs: number
}

/** One cache per configuration object, i.e. per app. */
const tokens = new WeakMap<WechatConfig, CachedToken>()

interface WechatAnswer {
  errcode?: number
  errmsg?: string
  access_token?: string
  expires_in?: number
}

export async function callWechat(url: URL, init?: RequestInit): Promise<WechatAnswer> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(WECHAT_TIMEOUT_MS) })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  // WeChat labels its JSON text/plain at times: parse the text.
  return JSON.parse(await response.text()) as WechatAnswer
}

/** The access token (GET /cgi-bin/token), cached until shortly before it expires. */
export async function accessToken(wechat: WechatConfig, now: Date): Promise<string> {
  const cached = tokens.get(wechat)
  if (cached && cached.expiresAtMs > now.getTime()) return cached.token
  const url = new URL('/cgi-bin/token', wechat.apiBaseUrl)
  url.search = new URLSearchParams({ grant_type: 'client_credential', appid: wechat.appId, secret: wechat.secret }).toString()
  const answer = await callWechat(url)
  if (typeof answer.access_token !== 'string' || answer.access_token === '') {
    // The URL carries the secret: only WeChat's code and message go into the error.
    throw new Error(`token: errcode ${String(answer.errcode)} ${answer.errmsg ?? ''}`.trim())
  }
  const lifetimeMs = (typeof answer.expires_in === 'number' ? answer.expires_in : 7200) * 1000
  tokens.set(wechat, { token: answer.access_token, expiresAtMs: now.getTime() + Math.max(lifetimeMs - TOKEN_MARGIN_MS, 60_000) })
  return answer.access_token
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

async function deliver(app: FastifyInstance, wechat: WechatConfig, templateId: string, n: NotificationRecord, now: Date): Promise<Outcome> {
  const stale = await staleReminder(app, n)
  if (stale !== null) return { status: 'CANCELLED', reason: stale }
  const subscriptions = await app.repos.subscriptions.find(n.userId)
  if (subscriptions[n.kind] !== 'accept') return { status: 'CANCELLED', reason: 'not subscribed' }
  const openid = await app.repos.users.findOpenid(n.userId)
  if (openid === null) return { status: 'CANCELLED', reason: 'user gone' }

  let token: string
  try {
    token = await accessToken(wechat, now)
  } catch (error) {
    return { status: 'ERROR', error: error instanceof Error ? error.message : String(error) }
  }
  const url = new URL('/cgi-bin/message/subscribe/send', wechat.apiBaseUrl)
  url.search = new URLSearchParams({ access_token: token }).toString()
  let answer: WechatAnswer
  try {
    answer = await callWechat(url, {
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
  } catch (error) {
    return { status: 'ERROR', error: `send: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (answer.errcode === 0 || answer.errcode === undefined) return { status: 'SENT' }
  if (answer.errcode === NOT_SUBSCRIBED) return { status: 'CANCELLED', reason: 'not subscribed' }
  return {
    status: 'ERROR',
    error: `send: errcode ${answer.errcode} ${answer.errmsg ?? ''}`.trim(),
    tokenRejected: TOKEN_ERRORS.has(answer.errcode),
  }
}

/**
 * Sends every notification due at `now` (at most one batch): SENT on success; a failure is
 * tried again later, and FAILED after MAX_ATTEMPTS; a reminder whose filing moved on, or one the
 * person did not allow, is CANCELLED. Does nothing without WeChat credentials.
 */
export async function processDueNotifications(app: FastifyInstance, now: Date): Promise<SendReport> {
  const report: SendReport = { sent: 0, retrying: 0, failed: 0, cancelled: 0 }
  const wechat = app.config.wechat
  if (wechat === null) return report
  const templates = app.config.wechatTemplates
  const kinds = NOTIFICATION_KINDS.filter((kind) => templateFor(templates, kind) !== null)
  const repo = app.repos.notifications

  for (const id of await repo.dueIds(kinds, now, BATCH)) {
    const n = await repo.claim(id)
    // Another instance took it first.
    if (n === null) continue
    let outcome: Outcome
    try {
      outcome = await deliver(app, wechat, templateFor(templates, n.kind) as string, n, now)
    } catch (error) {
      outcome = { status: 'ERROR', error: error instanceof Error ? error.message : String(error) }
    }
    if (outcome.status === 'SENT') {
      await repo.markSent(n.id, now)
      report.sent += 1
    } else if (outcome.status === 'CANCELLED') {
      await repo.markCancelled(n.id, outcome.reason)
      report.cancelled += 1
    } else {
      if (outcome.tokenRejected) tokens.delete(wechat)
      const retryAt = new Date(now.getTime() + RETRY_BACKOFF_MS * (n.attempts + 1))
      const status = await repo.markFailed(n, outcome.error, MAX_ATTEMPTS, retryAt)
      if (status === 'FAILED') report.failed += 1
      else report.retrying += 1
      app.log.warn({ notificationId: n.id, kind: n.kind, attempts: n.attempts + 1, status, error: outcome.error }, 'notification not sent')
    }
  }
  if (report.sent + report.retrying + report.failed + report.cancelled > 0) app.log.info(report, 'notifications processed')
  return report
}
