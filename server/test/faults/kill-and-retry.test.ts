import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Client } from 'pg'
import { usesPostgres } from '../helpers/build'
import { killAndRetry, type KillRetryOptions } from '../helpers/kill-retry'
import { uniqueName } from '../helpers/spawned-server'

/**
 * Issue 10, fault 2: exactly once, even across a crash. 40 people submit at once, each with their
 * own Idempotency-Key; the server SIGKILLs itself right after the 15th keyed write committed
 * (FAULT_KILL_AFTER_COMMITS, a hook, not a sleep); it is started again on the same database and
 * every request is retried with the same key and body. On SQLite (a temp file) or PostgreSQL (a
 * schema of its own), whichever this run uses.
 */

jest.setTimeout(180_000)

const KEYS = 40
const KILL_AFTER = 15

function sqliteTarget(): { options: KillRetryOptions; cleanup: () => Promise<void> } {
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

function postgresTarget(): { options: KillRetryOptions; cleanup: () => Promise<void> } {
  const url = process.env.DATABASE_URL as string
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

describe(`kill -9 in the middle of ${KEYS} submissions, then every one retried (${usesPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('ends with one filing per key, every retry answered 201, replays equal to the first answers, none doubled', async () => {
    const target = usesPostgres ? postgresTarget() : sqliteTarget()
    try {
      const result = await killAndRetry({ ...target.options, users: KEYS, killAfter: KILL_AFTER })
      expect(result.exit).toEqual({ code: null, signal: 'SIGKILL' })
      // Killed after the 15th commit and before answering it: at most 14 answers got out, and at
      // least 15 filings were in the database (more may have committed in the same instant).
      expect(result.answeredBeforeKill).toBeLessThanOrEqual(KILL_AFTER - 1)
      expect(result.filingsAfterKill).toBeGreaterThanOrEqual(KILL_AFTER)
      expect(result.cutOff).toBeGreaterThan(0)
      // Whatever was committed was committed whole: a replay for each, a new filing for the rest.
      expect(result.retryStatuses).toEqual([201])
      expect(result.retriesAnswered201).toBe(KEYS)
      expect(result.replayed).toBe(result.filingsAfterKill)
      expect(result.sameAsFirstAnswer).toBe(result.answeredBeforeKill)
      expect(result.filings).toBe(KEYS)
      expect(result.distinctFilingIds).toBe(KEYS)
      expect(result.doubled).toBe(0)
      expect(result.unansweredKeys).toBe(0)
    } finally {
      await target.cleanup()
    }
  })
})
