import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { setTimeout as sleep } from 'node:timers/promises'
import type { IdempotencyKeysRepository } from './db/repositories/idempotency-keys'
import { AppError } from './errors'

/**
 * `Idempotency-Key` for writes that create something (API.md "Conventions"): the same key with
 * the same request from the same user answers the first response and creates nothing new; the
 * same key with another request is 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped per user.
 *
 * The key row is reserved before the write runs (a unique (user, key) insert), so of two requests
 * racing only one runs; the other waits for the stored answer (or, after `waitMs`, answers 409
 * IDEMPOTENCY_IN_PROGRESS). Only successful answers are kept: when the write fails, the
 * reservation is released and the same key may be used again, e.g. after correcting the form.
 */

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key'

/** A header schema fragment for routes that accept the key (1-100 characters). */
export const idempotencyKeyHeaderSchema = {
  type: 'object',
  properties: {
    [IDEMPOTENCY_KEY_HEADER]: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description: '幂等键：同一个键、同样的内容重复提交时，返回第一次的结果，不会重复创建',
    },
  },
} as const

export interface StoredResponse<T> {
  statusCode: number
  body: T
}

export interface IdempotencyOptions {
  store: IdempotencyKeysRepository
  userId: string
  /** The header's value; without a key the write simply runs. */
  key: string | undefined
  /** What makes two requests "the same": method, route, params and body. */
  request: unknown
  now: () => Date
  /** How long a retry waits for the first request to finish before answering 409 (default 5 s). */
  waitMs?: number
  /** A reservation older than this was abandoned (its server stopped mid-request) and may be taken over. */
  abandonedAfterMs?: number
}

const POLL_MS = 25
const DEFAULT_WAIT_MS = 5_000
const DEFAULT_ABANDONED_AFTER_MS = 2 * 60_000

/** JSON with object keys sorted at every depth, so key order does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export function requestHash(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex')
}

function keyReused(): AppError {
  return new AppError(
    409,
    'IDEMPOTENCY_KEY_REUSED',
    '这个提交编号已经用在另一份内容上了；如果是新的申请，请重新进入页面再提交',
  )
}

function inProgress(): AppError {
  return new AppError(409, 'IDEMPOTENCY_IN_PROGRESS', '上一次提交还在处理中，请稍等几秒再看“我的备案”')
}

/**
 * Runs `write` at most once per (user, key, request) and answers its response, or the stored
 * response of the first run. `replayed` is true when the answer is the stored one.
 */
export async function withIdempotency<T>(
  options: IdempotencyOptions,
  write: () => Promise<StoredResponse<T>>,
): Promise<StoredResponse<T> & { replayed: boolean }> {
  const { store, userId, key } = options
  if (key === undefined) return { ...(await write()), replayed: false }

  const hash = requestHash(options.request)
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS)
  const abandonedAfter = options.abandonedAfterMs ?? DEFAULT_ABANDONED_AFTER_MS

  for (;;) {
    if (await store.reserve(userId, key, hash, options.now())) {
      let response: StoredResponse<T>
      try {
        response = await write()
      } catch (error) {
        await store.release(userId, key)
        throw error
      }
      await store.complete(userId, key, response.statusCode, JSON.stringify(response.body))
      return { ...response, replayed: false }
    }

    const existing = await store.find(userId, key)
    // Released between our insert and this read: try to reserve it again.
    if (existing === null) continue
    if (existing.requestHash !== hash) throw keyReused()
    if (existing.response !== null) {
      return { statusCode: existing.response.statusCode, body: JSON.parse(existing.response.body) as T, replayed: true }
    }
    if (options.now().getTime() - Date.parse(existing.createdAt) > abandonedAfter) {
      await store.release(userId, key, existing.createdAt)
      continue
    }
    if (Date.now() >= deadline) throw inProgress()
    await sleep(POLL_MS)
  }
}

/** The key of a request, as validated by `idempotencyKeyHeaderSchema`. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers[IDEMPOTENCY_KEY_HEADER]
  return typeof value === 'string' ? value : undefined
}

/** Sends a (possibly replayed) response; a replay is marked with `Idempotent-Replayed: true`. */
export function sendStored<T>(reply: FastifyReply, response: StoredResponse<T> & { replayed: boolean }): T {
  reply.code(response.statusCode)
  if (response.replayed) reply.header('idempotent-replayed', 'true')
  return response.body
}

/** Idempotency for a route: the request's user, key, route and body, the app's store and clock. */
export function idempotencyFor(
  request: FastifyRequest,
  context: { store: IdempotencyKeysRepository; userId: string; now: () => Date },
): IdempotencyOptions {
  return {
    ...context,
    key: idempotencyKeyOf(request),
    request: {
      method: request.method,
      route: request.routeOptions.url,
      params: request.params ?? null,
      body: request.body ?? null,
    },
  }
}
