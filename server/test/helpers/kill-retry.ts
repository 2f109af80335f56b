import { randomBytes } from 'node:crypto'
import { call, httpFiler, httpFilingBody, startServer, type HttpAnswer } from './spawned-server'

/**
 * The kill-and-retry run (issue 10, fault 2), shared by the crash test and `npm run bench`:
 * `users` people each submit a filing with their own Idempotency-Key at once, against a real
 * server started with FAULT_KILL_AFTER_COMMITS=`killAfter`, which SIGKILLs itself right after
 * that many keyed writes committed, before answering the last. The server is started again on
 * the same database and every request is retried with the same key and body.
 */

export interface KillRetryOptions {
  /** The database environment: SQLITE_PATH, or DATABASE_URL (+ DATABASE_SCHEMA). */
  env: Record<string, string>
  /** Counts the rows of `filings` (straight from the database) and of unanswered key rows. */
  count: () => Promise<{ filings: number; unansweredKeys: number }>
  users?: number
  killAfter?: number
}

export interface KillRetryResult {
  keys: number
  killAfter: number
  /** How the first server ended (SIGKILL expected). */
  exit: { code: number | null; signal: string | null }
  /** First answers that arrived before the kill (201s), and those cut off. */
  answeredBeforeKill: number
  cutOff: number
  filingsAfterKill: number
  /** After the restart: the retries answered 201, and those that were replays. */
  retriesAnswered201: number
  replayed: number
  /** Replays whose id and number equal the first answer's, out of the first answers received. */
  sameAsFirstAnswer: number
  filings: number
  distinctFilingIds: number
  unansweredKeys: number
  doubled: number
  retryStatuses: number[]
}

interface Attempt {
  token: string
  key: string
  body: Record<string, unknown>
  first: HttpAnswer | null
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run))
}

export async function killAndRetry(options: KillRetryOptions): Promise<KillRetryResult> {
  const users = options.users ?? 40
  const killAfter = options.killAfter ?? 15
  const first = await startServer({ ...options.env, FAULT_KILL_AFTER_COMMITS: String(killAfter) })
  let exit: { code: number | null; signal: string | null }
  const attempts: Attempt[] = []
  try {
    // Users, profiles and materials first: none of these is a keyed write, so none counts.
    const slots = Array.from({ length: users }, (_, i) => i)
    await inBatches(slots, 10, async () => {
      const token = await httpFiler(first.url)
      attempts.push({ token, key: `kill-${randomBytes(6).toString('hex')}`, body: await httpFilingBody(first.url, token), first: null })
    })
    // The burst: every submission at once; the server dies in the middle of it.
    await Promise.all(
      attempts.map(async (attempt) => {
        try {
          attempt.first = await call(first.url, 'POST', '/api/filings', {
            token: attempt.token,
            body: attempt.body,
            headers: { 'idempotency-key': attempt.key },
          })
        } catch {
          attempt.first = null // the connection died with the server
        }
      }),
    )
    exit = await first.exited
  } finally {
    await first.stop()
  }
  const filingsAfterKill = (await options.count()).filings

  const second = await startServer(options.env)
  const retries: HttpAnswer[] = []
  try {
    await Promise.all(
      attempts.map(async (attempt, i) => {
        retries[i] = await call(second.url, 'POST', '/api/filings', {
          token: attempt.token,
          body: attempt.body,
          headers: { 'idempotency-key': attempt.key },
        })
      }),
    )
  } finally {
    await second.stop()
  }
  const { filings, unansweredKeys } = await options.count()
  const answered = attempts.filter((a) => a.first?.status === 201)
  const ids = retries.filter((r) => r.status === 201).map((r) => r.body.id as string)
  return {
    keys: users,
    killAfter,
    exit,
    answeredBeforeKill: answered.length,
    cutOff: attempts.filter((a) => a.first === null).length,
    filingsAfterKill,
    retriesAnswered201: retries.filter((r) => r.status === 201).length,
    replayed: retries.filter((r) => r.headers.get('idempotent-replayed') === 'true').length,
    sameAsFirstAnswer: attempts.filter((a, i) => {
      const retry = retries[i]
      return a.first?.status === 201 && retry?.body?.id === a.first.body.id && retry?.body?.number === a.first.body.number
    }).length,
    filings,
    distinctFilingIds: new Set(ids).size,
    unansweredKeys,
    doubled: filings - new Set(ids).size,
    retryStatuses: [...new Set(retries.map((r) => r.status))].sort(),
  }
}
