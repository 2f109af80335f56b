import type { FastifyInstance } from 'fastify'
import type { WechatConfig } from '@server/config'

/**
 * WeChat's access token for server APIs, shared by every instance through the database.
 *
 * It comes from getStableAccessToken (POST /cgi-bin/stable_token, developers.weixin.qq.com
 * "获取稳定版接口调用凭据") in normal mode: while a token is valid, asking again answers the same
 * token, and in its last 5 minutes a new one (old and new both work for those 5 minutes). So
 * instances never invalidate each other's token, unlike /cgi-bin/token where each fetch voids the
 * previous one. The token and its expiry live in the `wechat_tokens` table, so one fetch serves all.
 *
 * When WeChat rejects a token (40001 invalid, 42001 expired, 40014 malformed), replaceRejected
 * asks again in normal mode; only when that answers the very token just rejected does it force a
 * refresh (force_refresh: true voids the token for every instance, and WeChat allows 20 a day,
 * 30 s apart): at most FORCE_REFRESH_PER_DAY a China day, FORCE_REFRESH_MIN_INTERVAL_MS apart,
 * reserved in the database so only one instance forces per rejected token.
 */

/** Fetch again this long before WeChat says the token expires (normal mode then hands out the next one). */
const TOKEN_MARGIN_MS = 5 * 60_000
const MIN_CACHE_MS = 60_000
/** Half of WeChat's 20 a day: the rest stays for a person who must void a leaked token by hand. */
export const FORCE_REFRESH_PER_DAY = 10
export const FORCE_REFRESH_MIN_INTERVAL_MS = 30_000

export interface WechatAnswer {
  errcode?: number
  errmsg?: string
  access_token?: string
  expires_in?: number
}

/** One call to WeChat's API; throws on a timeout (wechat.timeoutMs) or a non-2xx answer. */
export async function callWechat(wechat: WechatConfig, url: URL, init?: RequestInit): Promise<WechatAnswer> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(wechat.timeoutMs) })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  // WeChat labels its JSON text/plain at times: parse the text.
  return JSON.parse(await response.text()) as WechatAnswer
}

/** getStableAccessToken; throws with WeChat's code and message (never the secret) when it fails. */
async function fetchStableToken(wechat: WechatConfig, forceRefresh: boolean, now: Date): Promise<{ token: string; expiresAt: string }> {
  const answer = await callWechat(wechat, new URL('/cgi-bin/stable_token', wechat.apiBaseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credential', appid: wechat.appId, secret: wechat.secret, force_refresh: forceRefresh }),
  })
  if (typeof answer.access_token !== 'string' || answer.access_token === '') {
    throw new Error(`stable_token: errcode ${String(answer.errcode)} ${answer.errmsg ?? ''}`.trim())
  }
  const lifetimeMs = (typeof answer.expires_in === 'number' ? answer.expires_in : 7200) * 1000
  const cacheMs = Math.max(lifetimeMs - TOKEN_MARGIN_MS, MIN_CACHE_MS)
  return { token: answer.access_token, expiresAt: new Date(now.getTime() + cacheMs).toISOString() }
}

/** The shared token, fetched (normal mode) and stored when there is none or it is due for renewal. */
export async function accessToken(app: FastifyInstance, wechat: WechatConfig, now: Date): Promise<string> {
  const stored = await app.repos.wechatTokens.find(wechat.appId)
  if (stored && stored.expiresAt > now.toISOString()) return stored.token
  const fetched = await fetchStableToken(wechat, false, now)
  await app.repos.wechatTokens.store(wechat.appId, fetched, now)
  return fetched.token
}

/** 'YYYY-MM-DD' of `now` in China time. */
const chinaDay = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

/**
 * A token to use instead of `rejected`, which WeChat just refused; null when none can be had now
 * (the forced refresh is not allowed yet, or WeChat answers the same token again).
 */
export async function replaceRejected(app: FastifyInstance, wechat: WechatConfig, rejected: string, now: Date): Promise<string | null> {
  const repo = app.repos.wechatTokens
  // Another instance may have replaced it already.
  const stored = await repo.find(wechat.appId)
  if (stored && stored.token !== rejected && stored.expiresAt > now.toISOString()) return stored.token
  const normal = await fetchStableToken(wechat, false, now)
  await repo.store(wechat.appId, normal, now)
  if (normal.token !== rejected) return normal.token
  const reserved = await repo.reserveForceRefresh(wechat.appId, {
    rejected,
    now,
    day: chinaDay(now),
    minIntervalMs: FORCE_REFRESH_MIN_INTERVAL_MS,
    maxPerDay: FORCE_REFRESH_PER_DAY,
  })
  if (!reserved) {
    app.log.warn({ appId: wechat.appId }, 'wechat token rejected; forced refresh not allowed now')
    return null
  }
  const forced = await fetchStableToken(wechat, true, now)
  await repo.store(wechat.appId, forced, now)
  app.log.warn({ appId: wechat.appId }, 'wechat token force-refreshed')
  return forced.token === rejected ? null : forced.token
}
