import { usesPostgres } from '../helpers/build'
import { killAndRetry, postgresTarget, sqliteTarget } from '../helpers/kill-retry'

/**
 * Issue 10, fault 2: exactly once, even across a crash. 40 people submit at once, each with their
 * own Idempotency-Key; the server SIGKILLs itself right after the 15th keyed write committed
 * (FAULT_KILL_AFTER_COMMITS, a hook, not a sleep); it is started again on the same database and
 * every request is retried with the same key and body. On SQLite (a temp file) or PostgreSQL (a
 * schema of its own), whichever this run uses.
 */

jest.setTimeout(420_000)

const KEYS = 40
const KILL_AFTER = 15

describe(`kill -9 in the middle of ${KEYS} submissions, then every one retried (${usesPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('ends with one filing per key, every retry answered 201, replays equal to the first answers, none doubled', async () => {
    const target = usesPostgres ? postgresTarget(process.env.DATABASE_URL as string) : sqliteTarget()
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
