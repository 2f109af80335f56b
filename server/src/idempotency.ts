import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Repositories } from '@server/db/repositories'
import { isUniqueViolation } from '@server/db/unique-violation'
import { AppError } from '@server/errors'

/**
 * `Idempotency-Key` for writes that create something (API.md "Conventions"): the same key with
 * the same request from the same user answers the first response and creates nothing new; the
 * same key with another request is 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped per user.
 *
 * Exactly once, even across a crash (issue 10, fault 2): the key row, everything the write
 * writes and the stored answer commit in ONE transaction. After a crash at any moment there is
 * either all of it (a retry replays the answer) or none of it (a retry writes it, once). A key row
 * is never committed without its answer, so no retry waits on a request that died. Of two
 * requests with one key in flight at once, the second's insert of the key row waits for the
 * first transaction (PostgreSQL's unique index; SQLite runs one transaction at a time), then
 * finds the key taken (`ON CONFLICT DO NOTHING`: no lookup before the insert, no error after it)
 * and the second answers the first's committed answer. Only successful
 * answers are kept: a refused write rolls the key back with it, so the same key may be used
 * again, e.g. after correcting the form.
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

/** A unit of work: runs `work` in one transaction with repositories bound to it. */
export type Transact = <R>(work: (repos: Repositories) => Promise<R>) => Promise<R>

export interface IdempotencyOptions {
  /** Runs the write (and, with a key, the key's row and answer) in one transaction. */
  transact: Transact
  userId: string
  /** The header's value; without a key the write simply runs, in a transaction of its own. */
  key: string | undefined
  /** What makes two requests "the same": method, route, params and body. */
  request: unknown
  now: () => Date
  /** Called right after a keyed write committed, before it is answered (the crash test's hook). */
  afterCommit?: () => void
  /**
   * How a keyed write's answer is written into the key row: the route's own response serializer
   * (idempotencyFor with the reply), so that the text stored is the text sent and the answer is
   * serialised once (issue 15); JSON.stringify without one.
   */
  serialize?: (statusCode: number, body: unknown) => string
  /**
   * The write claims the key in its own first statement (PendingKey.toClaim: createFiling through
   * profiles.findFiler, one PostgreSQL round trip fewer, issue 15) instead of withIdempotency
   * claiming it before the write.
   */
  claimInWrite?: boolean
}

/**
 * The key of a keyed write, claimed in its transaction and not answered yet. A write may store its
 * answer in the key's row itself, with the statement that writes what it creates (the filing
 * insert: one PostgreSQL round trip fewer, issue 15): it stores `serialize(statusCode, body)` and
 * answers that text as `stored`; withIdempotency then does not complete the key again.
 */
export interface PendingKey {
  userId: string
  key: string
  /** The text to store and send for an answer (the route's serializer, else JSON.stringify). */
  serialize(statusCode: number, body: unknown): string
  /**
   * With `claimInWrite`, the key's row for the write's first statement to insert unless the key
   * is taken (`ON CONFLICT DO NOTHING`, as idempotencyKeys.claim): the write then calls claimed()
   * when the row was inserted, or throws keyTaken() when it was not, before writing anything else;
   * withIdempotency answers for a taken key. Null when the key is claimed already.
   */
  toClaim: { requestHash: string; at: string } | null
  claimed(): void
}

/** Thrown by a write that found its key taken when it claimed it (PendingKey.toClaim). */
class KeyTaken extends Error {
  constructor() {
    super('idempotency key taken')
  }
}

/** What a write throws when the key it claimed was taken (see PendingKey). */
export function keyTaken(): Error {
  return new KeyTaken()
}

/** What a write answers: its response and, when it stored the answer in its key's row itself (PendingKey), the text it stored. */
export type WrittenResponse<T> = StoredResponse<T> & { stored?: string }

/** What withIdempotency answers: the response, whether it is a replay, and the text of a keyed write's answer as stored. */
export type IdempotentResponse<T> = StoredResponse<T> & { replayed: boolean; serialized?: string }

/** A duplicate key row (another request committed it first), or a filing number drawn twice. */
const ATTEMPTS = 5

function keyReused(): AppError {
  return new AppError(
    409,
    'IDEMPOTENCY_KEY_REUSED',
    '这个提交编号已经用在另一份内容上了；如果是新的申请，请重新进入页面再提交',
  )
}

/**
 * JSON with object keys sorted at every depth (UTF-16 order, as `<`), so key order does not change
 * the hash; `undefined` members are left out, as JSON.stringify does. Plain loops (issue 15: the
 * entries/filter/sort/map version was ~1 % of a filing's CPU).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i += 1) out += (i === 0 ? '' : ',') + canonicalJson(value[i])
    return out + ']'
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>
    let out = '{'
    for (const key of Object.keys(object).sort()) {
      const member = object[key]
      if (member === undefined) continue
      out += (out.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(member)
    }
    return out + '}'
  }
  return JSON.stringify(value) ?? 'null'
}

export function requestHash(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex')
}

/** Leaves the transaction of a keyed write without writing: the key is held by a committed answer. */
class Replay<T> {
  constructor(readonly response: StoredResponse<T>) {}
}

/**
 * Runs `write` at most once per (user, key, request) and answers its response, or the stored
 * response of the first run (`replayed` true). `write` always runs inside one transaction and
 * must do all its reads and writes through the repositories it is given; with a key, that
 * transaction first takes the key (one insert: no lookup before it) and ends by storing the answer,
 * unless the write stored it (`pending`, the claimed key: see PendingKey; null without a key).
 */
export async function withIdempotency<T>(
  options: IdempotencyOptions,
  write: (repos: Repositories, pending: PendingKey | null) => Promise<WrittenResponse<T>>,
): Promise<IdempotentResponse<T>> {
  const { userId, key } = options
  const hash = key === undefined ? null : requestHash(options.request)
  const serialize = options.serialize ?? ((_statusCode: number, body: unknown) => JSON.stringify(body))

  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await options.transact(async (trx) => {
        if (key === undefined || hash === null) {
          const { stored: _none, ...written } = await write(trx, null)
          return written
        }
        // Takes the key with a statement of its own; a key held by a committed answer leaves the
        // transaction as a Replay (or 409 when the request differs).
        const takeKey = async () => {
          let holder = await trx.idempotencyKeys.claim(userId, key, hash, options.now())
          if (holder !== null && holder.response === null) {
            // A reservation without an answer, left by a version that reserved keys in a transaction
            // of their own: it answered nobody, so nothing waits on it any more.
            await trx.idempotencyKeys.release(userId, key)
            holder = await trx.idempotencyKeys.claim(userId, key, hash, options.now())
          }
          if (holder !== null) {
            if (holder.requestHash !== hash) throw keyReused()
            if (holder.response === null) throw new Error('idempotency key held without an answer')
            throw new Replay<T>({ statusCode: holder.response.statusCode, body: JSON.parse(holder.response.body) as T })
          }
        }
        let claimedByWrite = false
        const pending: PendingKey = {
          userId,
          key,
          serialize,
          toClaim: options.claimInWrite ? { requestHash: hash, at: options.now().toISOString() } : null,
          claimed: () => {
            claimedByWrite = true
          },
        }
        if (pending.toClaim === null) await takeKey()
        let result: WrittenResponse<T>
        try {
          result = await write(trx, pending)
        } catch (error) {
          if (!(error instanceof KeyTaken)) throw error
          // Taken (the write wrote nothing): answer as a claim of our own would, or, the row gone
          // meanwhile or left unanswered, hold the key now and write again in this transaction.
          await takeKey()
          pending.toClaim = null
          result = await write(trx, pending)
        }
        if (pending.toClaim !== null && !claimedByWrite) throw new Error('the write did not claim its idempotency key')
        const { stored, ...written } = result
        const serialized = stored ?? serialize(written.statusCode, written.body)
        if (stored === undefined) await trx.idempotencyKeys.complete(userId, key, written.statusCode, serialized)
        return { ...written, ...(options.serialize ? { serialized } : {}) }
      })
      if (key !== undefined) options.afterCommit?.()
      return { ...response, replayed: false }
    } catch (error) {
      if (error instanceof Replay) return { ...(error.response as StoredResponse<T>), replayed: true }
      const raced = isUniqueViolation(error, 'key') || isUniqueViolation(error, 'number')
      if (!raced || attempt >= ATTEMPTS) throw error
    }
  }
}

/** The key of a request, as validated by `idempotencyKeyHeaderSchema`. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers[IDEMPOTENCY_KEY_HEADER]
  return typeof value === 'string' ? value : undefined
}

/**
 * Sends a (possibly replayed) response; a replay is marked with `Idempotent-Replayed: true`. A
 * fresh answer serialised already (`serialized`: the text the key row holds) is sent as that
 * text, with the content type Fastify gives JSON; the others are serialised by the route.
 */
export function sendStored<T>(reply: FastifyReply, response: IdempotentResponse<T>): T | FastifyReply {
  reply.code(response.statusCode)
  if (response.replayed) reply.header('idempotent-replayed', 'true')
  if (response.serialized !== undefined) return reply.type('application/json; charset=utf-8').send(response.serialized)
  return response.body
}

/**
 * Idempotency for a route: the request's user, key, route and body; the app's repositories and
 * clock. With `reply`, a keyed write's answer is serialised once, by the route's response schema
 * (reply.serialize for its status code), for the key row and the reply (sendStored).
 */
export function idempotencyFor(
  request: FastifyRequest,
  context: Omit<IdempotencyOptions, 'key' | 'request'>,
  reply?: FastifyReply,
): IdempotencyOptions {
  return {
    ...context,
    ...(reply
      ? {
          serialize: (statusCode: number, body: unknown) => {
            reply.code(statusCode)
            const text = reply.serialize(body)
            // The route's JSON serializer answers text (fast-json-stringify).
            if (typeof text !== 'string') throw new Error('idempotencyFor: the route serialised its answer to bytes, not text')
            return text
          },
        }
      : {}),
    key: idempotencyKeyOf(request),
    request: {
      method: request.method,
      route: request.routeOptions.url,
      params: request.params ?? null,
      body: request.body ?? null,
    },
  }
}
