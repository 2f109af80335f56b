import type { FastifyBaseLogger } from 'fastify'
import Redis from 'ioredis'

/**
 * The Redis connection behind the shared rate-limit counters (REDIS_URL), tuned to fail fast:
 * a limit check must never wait on a Redis that is gone. Commands are not queued while the
 * connection is down (`enableOfflineQueue: false`), are not retried, and time out after
 * `commandTimeoutMs` (REDIS_COMMAND_TIMEOUT_MS, 100 by default); ioredis keeps reconnecting in the background (backing off to 2 s), and
 * `isUp()` says when it is usable again. Loss and return are logged once each, as JSON through
 * the app's logger; the `'error'` listener also keeps ioredis from printing its plain-text
 * "Unhandled error event" lines.
 */
export const DEFAULT_COMMAND_TIMEOUT_MS = 100
export const CONNECT_TIMEOUT_MS = 1000

export interface SharedRedis {
  client: Redis
  /** Connected and answering: counters go to Redis; otherwise each instance counts alone. */
  isUp(): boolean
  /**
   * A command failed although the connection looked up (e.g. timed out): count alone, and
   * reconnect, so the next `ready` (a Redis that answers again) brings the shared counters back.
   */
  markDown(error: unknown): void
  /** Resolves at the first `ready` or `error`, so start-up knows which way counters go. */
  settled: Promise<void>
  close(): Promise<void>
}

export function connectSharedRedis(url: string, log: FastifyBaseLogger, commandTimeoutMs = DEFAULT_COMMAND_TIMEOUT_MS): SharedRedis {
  const client = new Redis(url, {
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: commandTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (times) => Math.min(times * 100, 2000),
    // Fail fast at start too: a missing Redis must not hold up the first requests.
    lazyConnect: false,
  })
  let up = false
  let loggedDown = false
  let closing = false

  const down = (error: unknown) => {
    up = false
    if (loggedDown || closing) return
    loggedDown = true
    log.warn(
      { err: error instanceof Error ? { message: error.message, code: (error as { code?: unknown }).code } : String(error) },
      'redis unavailable: rate limits are counted by this instance alone until it is back',
    )
  }
  const settled = new Promise<void>((resolve) => {
    client.once('ready', () => resolve())
    client.once('error', () => resolve())
  })
  client.on('ready', () => {
    up = true
    if (loggedDown) log.info('redis is back: rate limits are shared again')
    loggedDown = false
  })
  client.on('error', down)
  client.on('close', () => {
    if (up) down(new Error('connection closed'))
  })

  return {
    client,
    isUp: () => up && client.status === 'ready',
    markDown(error) {
      const wasUp = up
      down(error)
      if (wasUp && !closing) client.disconnect(true)
    },
    settled,
    async close() {
      closing = true
      client.disconnect()
    },
  }
}
