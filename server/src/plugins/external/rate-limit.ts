import rateLimit from '@fastify/rate-limit'
import { AppError } from '@server/errors'
import { fallbackStoreClass } from '@server/limits/fallback-store'
import { connectSharedRedis, type SharedRedis } from '@server/limits/shared-redis'
import { unencapsulated } from '../unencapsulated'

declare module 'fastify' {
  interface FastifyInstance {
    /** The Redis behind shared limits (REDIS_URL), or null: each instance counts alone. */
    sharedRedis: SharedRedis | null
  }
}

/** What a limited request was doing, for the 429 message; by route URL. */
const ACTIONS: Record<string, string> = {
  '/api/sessions': '登录',
  '/api/status': '查询',
}

/** "请 40 秒后再试" / "请 3 分钟后再试": when to try again, in plain words. */
export function tryAgainIn(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds))
  if (s < 60) return `请 ${s} 秒后再试`
  if (s < 3600) return `请 ${Math.ceil(s / 60)} 分钟后再试`
  return `请 ${Math.ceil(s / 3600)} 小时后再试`
}

/**
 * Rate limits for the routes that ask for one (`config.rateLimit`), never globally. With
 * REDIS_URL the counters are shared by every instance; while Redis is unreachable each instance
 * counts alone (limits/fallback-store), never letting everything through. 429 RATE_LIMITED with
 * Retry-After and a message saying when to try again.
 */
export const rateLimitPlugin = unencapsulated<{ redisUrl: string | null; redisCommandTimeoutMs: number }>(
  'rate-limit',
  async (app, { redisUrl, redisCommandTimeoutMs }) => {
    const redis = redisUrl ? connectSharedRedis(redisUrl, app.log, redisCommandTimeoutMs) : null
    app.decorate('sharedRedis', redis)
    if (redis) {
      app.addHook('onClose', async () => redis.close())
      await redis.settled
    }
    await app.register(rateLimit, {
      global: false,
      store: fallbackStoreClass(redis, 'beian-rl:'),
      // The store never fails (it falls back to this process), so nothing is skipped.
      skipOnError: false,
      // Nothing reads the remaining count of an answer that was let through (the app only needs
      // Retry-After on a 429, which keeps every header): three headers less on every limited
      // route's answer (issue 15).
      addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
      errorResponseBuilder: (request, context) => {
        const action = ACTIONS[request.routeOptions.url ?? ''] ?? '操作'
        return new AppError(429, 'RATE_LIMITED', `${action}太频繁了，${tryAgainIn(context.ttl / 1000)}`)
      },
    })
  },
)
