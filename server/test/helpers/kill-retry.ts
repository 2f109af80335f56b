import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Client } from 'pg'
import { call, httpFiler, httpFilingBody, startServer, uniqueName, type HttpAnswer } from './spawned-server'

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

/** A temp SQLite file, counted straight from the file. */
export function sqliteTarget(): { options: KillRetryOptions; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'yidi-kill-'))
  const path = join(dir, 'app.db')
  return {
    options: {
      env: { SQLITE_PATH: path },
      count: async () => {
        const db = new SqliteDatabase(path, { readonly: true })
        try {
          const filings = (db.prepare('select count(*) as n from filings').get() as { n: number }).n
          const unansweredKeys = (db.prepare('select count(*) as n from idempotency_keys where status_code is null').get() as { n: number }).n
          return { filings, unansweredKeys }
        } finally {
          db.close()
        }
      },
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** A PostgreSQL schema of its own on `url`, dropped by cleanup. */
export function postgresTarget(url: string): { options: KillRetryOptions; cleanup: () => Promise<void> } {
  const schema = uniqueName('t_kill')
  const query = async (text: string): Promise<number> => {
    const client = new Client({ connectionString: url })
    await client.connect()
    try {
      return Number((await client.query(text)).rows[0].n)
    } finally {
      await client.end()
    }
  }
  return {
    options: {
      env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
      count: async () => ({
        filings: await query(`select count(*) as n from "${schema}".filings`),
        unansweredKeys: await query(`select count(*) as n from "${schema}".idempotency_keys where status_code is null`),
      }),
    },
    cleanup: async () => {
      const client = new Client({ connectionString: url })
      await client.connect()
      await client.query(`drop schema if exists "${schema}" cascade`)
      await client.end()
    },
  }
}
