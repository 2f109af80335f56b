// Times computeEmergencyWindow (the emergency deadline) against its budget: median ≤ 5 µs per call.
// Run: npx tsx bench/deadline.bench.ts
import { BUNDLED_CALENDAR } from '@/domain/calendar/bundled'
import { formatDayNumber, parseDayNumber } from '@/domain/calendar/day-number'
import { profileFor } from '@/domain/profiles'
import { computeEmergencyWindow } from '@/domain/rules/compute-emergency-window'

const CALLS_PER_ROUND = 200_000
const ROUNDS = 7
const BUDGET_MICROS = 5

/** Runs the benchmark and returns the median time per call over the rounds, in microseconds. */
export function benchDeadline(): { medianMicros: number } {
  const profile = profileFor('450206')
  const first = parseDayNumber('2025-01-01')
  const span = parseDayNumber('2026-12-20') - first
  const dates: string[] = []
  const nows: Date[] = []
  for (let i = 0; i < 4096; i++) {
    const day = first + ((i * 7919) % span)
    dates.push(formatDayNumber(day))
    // Mostly open windows (asked a few days after admission), some long closed.
    nows.push(new Date(`${formatDayNumber(day + (i % 8 === 0 ? 40 : i % 5))}T10:00:00+08:00`))
  }

  let sink = 0
  const run = (calls: number): number => {
    const start = process.hrtime.bigint()
    for (let i = 0; i < calls; i++) {
      const r = computeEmergencyWindow({ admittedOn: dates[i & 4095], profile, calendar: BUNDLED_CALENDAR, now: nows[i & 4095] })
      if (r.ok) sink += r.value.deadline!.length
    }
    return Number(process.hrtime.bigint() - start) / 1000 / calls
  }

  run(50_000) // warm up
  const perCall: number[] = []
  for (let r = 0; r < ROUNDS; r++) perCall.push(run(CALLS_PER_ROUND))
  perCall.sort((a, b) => a - b)
  if (sink === 0) throw new Error('benchmark did no work')
  return { medianMicros: perCall[Math.floor(perCall.length / 2)] }
}

const isMain = typeof require !== 'undefined' ? require.main === module : process.argv[1]?.endsWith('deadline.bench.ts')
if (isMain) {
  const { medianMicros } = benchDeadline()
  console.log(`emergency deadline: median ${medianMicros.toFixed(2)} µs per call (budget ≤ ${BUDGET_MICROS} µs)`)
  if (medianMicros > BUDGET_MICROS) process.exitCode = 1
}
