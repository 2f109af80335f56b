import type { FastifyRateLimitStore } from '@fastify/rate-limit'
import type { SharedRedis } from './shared-redis'

/**
 * A @fastify/rate-limit store that counts in Redis while it is up and in this process while it
 * is not, instead of letting every request through (skipOnError) or failing them. The two
 * counts are separate: after Redis comes back a client starts from Redis's count again.
 *
 * HEAD shares GET's counter (Fastify adds the HEAD route itself, with its own store child):
 * otherwise `HEAD /api/status` would be a second lookup with its own allowance.
 */

/** What @fastify/rate-limit calls on a store (store/LocalStore.js and store/RedisStore.js). */
type RateLimitStore = FastifyRateLimitStore
type Callback = Parameters<RateLimitStore['incr']>[1]
type ChildOptions = Parameters<RateLimitStore['child']>[0]

type StoreConstructor = new (continueExceeding: boolean, exponentialBackoff: boolean, ...rest: unknown[]) => RateLimitStore

/* eslint-disable @typescript-eslint/no-require-imports -- the plugin does not export its stores */
const LocalStore = require('@fastify/rate-limit/store/LocalStore') as StoreConstructor
const RedisStore = require('@fastify/rate-limit/store/RedisStore') as StoreConstructor
/* eslint-enable @typescript-eslint/no-require-imports */

const LOCAL_CACHE_ENTRIES = 5000

class FallbackStore implements RateLimitStore {
  constructor(
    private readonly redis: SharedRedis | null,
    private readonly shared: RateLimitStore | null,
    private readonly local: RateLimitStore,
    private readonly locals: Map<string, RateLimitStore>,
  ) {}

  incr(key: string, callback: Callback, timeWindow: number, max: number): void {
    const { redis, shared, local } = this
    if (!redis || !shared || !redis.isUp()) return local.incr(key, callback, timeWindow, max)
    shared.incr(
      key,
      (error, result) => {
        if (!error) return callback(null, result)
        redis.markDown(error)
        local.incr(key, callback, timeWindow, max)
      },
      timeWindow,
      max,
    )
  }

  child(routeOptions: ChildOptions): RateLimitStore {
    // The types leave out `routeInfo`, which the stores key on (store/RedisStore.js `child`).
    const { routeInfo } = routeOptions as ChildOptions & { routeInfo: { method: string; url: string } }
    const method = routeInfo.method === 'HEAD' ? 'GET' : routeInfo.method
    const options = { ...routeOptions, routeInfo: { ...routeInfo, method } }
    const id = `${method} ${routeInfo.url}`
    let local = this.locals.get(id)
    if (!local) {
      local = new LocalStore(false, false, LOCAL_CACHE_ENTRIES)
      this.locals.set(id, local)
    }
    return new FallbackStore(this.redis, this.shared?.child(options) ?? null, local, this.locals)
  }
}

/** The store class to give @fastify/rate-limit as `store` (it calls `new Store(options)` once). */
export function fallbackStoreClass(redis: SharedRedis | null, nameSpace: string): new () => RateLimitStore {
  return class extends FallbackStore {
    constructor() {
      const shared = redis ? new RedisStore(false, false, redis.client, nameSpace) : null
      super(redis, shared, new LocalStore(false, false, LOCAL_CACHE_ENTRIES), new Map())
    }
  }
}
