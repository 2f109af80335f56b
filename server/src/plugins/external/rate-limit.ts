import rateLimit from '@fastify/rate-limit'
import Redis from 'ioredis'
import { AppError } from '../../errors'
import { unencapsulated } from '../unencapsulated'

/**
 * Rate limits for the routes that ask for one (`config.rateLimit`), never globally. With
 * REDIS_URL the counters are shared by every instance; without it each process counts alone.
 */
export const rateLimitPlugin = unencapsulated<{ redisUrl: string | null }>('rate-limit', async (app, { redisUrl }) => {
  const redis = redisUrl ? new Redis(redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1 }) : null
  if (redis) app.addHook('onClose', async () => void (await redis.quit().catch(() => undefined)))
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'beian-rl:' } : {}),
    // When Redis is down, answer rather than fail every lookup.
    skipOnError: true,
    errorResponseBuilder: (_request, context) =>
      new AppError(429, 'RATE_LIMITED', `查询太频繁了，请 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后再试`),
  })
})
