// The kill-and-retry run of `npm run bench` (issue 10, fault 2): 40 users submit at once with
// their own Idempotency-Key, the server SIGKILLs itself after the 15th committed filing, is
// restarted, and every request is retried. On SQLite, and on PostgreSQL when DATABASE_URL is set.
// Prints one row per database and exits non-zero if anything was doubled or lost.
import { killAndRetry, postgresTarget, sqliteTarget } from '../server/test/helpers/kill-retry'

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL?.trim()
  const targets = [{ name: 'SQLite', make: () => sqliteTarget() }]
  if (url) targets.push({ name: 'PostgreSQL', make: () => postgresTarget(url) })
  console.log('\nKill -9 mid-burst, then every request retried with its key (40 keys, killed after the 15th commit)')
  console.log('  database     keys  answered-before-kill  committed-at-kill  retries-201  replayed  same-as-first  filings  doubled  seconds')
  let ok = true
  for (const { name, make } of targets) {
    const target = make()
    const started = performance.now()
    try {
      const r = await killAndRetry({ ...target.options, users: 40, killAfter: 15 })
      const secs = ((performance.now() - started) / 1000).toFixed(1)
      console.log(
        `  ${name.padEnd(11)} ${String(r.keys).padStart(5)} ${String(r.answeredBeforeKill).padStart(21)} ${String(r.filingsAfterKill).padStart(18)}` +
          ` ${String(r.retriesAnswered201).padStart(12)} ${String(r.replayed).padStart(9)} ${String(r.sameAsFirstAnswer).padStart(14)}` +
          ` ${String(r.filings).padStart(8)} ${String(r.doubled).padStart(8)} ${secs.padStart(8)}`,
      )
      ok &&= r.filings === r.keys && r.retriesAnswered201 === r.keys && r.doubled === 0 && r.sameAsFirstAnswer === r.answeredBeforeKill
    } finally {
      await target.cleanup()
    }
  }
  if (!url) console.log('  (DATABASE_URL not set: the PostgreSQL run is skipped)')
  process.exit(ok ? 0 : 1)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
