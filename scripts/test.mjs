#!/usr/bin/env node
// The one test command (README): every suite, in an order that fails fast and stays within
// 2 cores. Prints a closing "N passed, N failed" line summed over all jest runs.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
// A failed end-to-end test leaves what its open pages showed here (e2e/harness.ts), printed last.
const failuresDir = path.join(root, 'artifacts', 'failures')
fs.rmSync(failuresDir, { recursive: true, force: true })
const resultsDir = path.join(root, '.cache', 'test-results')
fs.rmSync(resultsDir, { recursive: true, force: true })
fs.mkdirSync(resultsDir, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
let failedSteps = []
/** Each failed test, with its step and the first lines of its error, repeated at the very end. */
const failures = []

/**
 * One step: a command whose output is kept and printed in one piece when it ends (two lanes run at
 * once, so their lines must not interleave). Resolves to true when it exited 0.
 */
function run(label, cmd, args, env = {}) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
    const out = []
    child.stdout.on('data', (d) => out.push(d))
    child.stderr.on('data', (d) => out.push(d))
    child.on('close', (code) => {
      const secs = ((Date.now() - started) / 1000).toFixed(1)
      process.stdout.write(`\n▶ ${label}\n${Buffer.concat(out).toString()}`)
      if (code !== 0) {
        console.log(`✖ ${label} failed (${secs} s)`)
        failedSteps.push(label)
      } else {
        console.log(`✔ ${label} (${secs} s)`)
      }
      resolve(code === 0)
    })
  })
}

/**
 * The failed tests of one jest --json result: [{ step, test, error }], `error` the first lines of
 * the failure message without colour codes (a suite that failed to run gives its own message).
 * CI may show only the tail of the output, so these are printed again last.
 */
function failedTests(step, result) {
  // eslint-disable-next-line no-control-regex
  const clean = (text) => text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim()).slice(0, 12).join('\n')
  const out = []
  for (const file of result.testResults ?? []) {
    const rel = path.relative(root, file.name)
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed')
    for (const a of failed) out.push({ step, test: `${rel} › ${a.fullName}`, error: clean(a.failureMessages.join('\n')) })
    if (!failed.length && file.status === 'failed') out.push({ step, test: rel, error: clean(file.message ?? '') })
  }
  return out
}

let jestRun = 0
async function jest(label, args, env = {}, clock = null) {
  const out = path.join(resultsDir, `${++jestRun}.json`)
  const cmd = ['jest', '--ci', '--json', `--outputFile=${out}`, ...args]
  // Under a second clock: faketime moves the test process and everything it starts (the server);
  // the monotonic clock is left alone so timers and timeouts behave. TEST_CLOCK tells the e2e
  // harness to move the browser's clock too (e2e/clock.ts).
  const ok = clock
    ? await run(label, 'faketime', ['-f', `@${clock}`, 'npx', ...cmd], { ...env, DONT_FAKE_MONOTONIC: '1', TEST_CLOCK: clock })
    : await run(label, 'npx', cmd, env)
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'))
    totals.passed += r.numPassedTests
    // A suite that fails to run (a syntax or import error) has no failed tests: count it as one.
    totals.failed += r.numFailedTests + r.numRuntimeErrorTestSuites
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0)
    failures.push(...failedTests(label, r))
    if (r.numTotalTests === 0) {
      console.log(`✖ ${label} ran no test`)
      failedSteps.push(`${label} (no test)`)
    }
  } else if (!ok) {
    totals.failed += 1
  }
  return ok
}

const pgUrl = process.env.DATABASE_URL

// The suite must pass on any day (issue 16): its clock-dependent parts run again below under a
// second clock, a day in 2027 with no published holiday schedule (the provisional calendar) and past
// every date a test once typed as a literal. faketime comes from Debian's package (.ci/run installs it).
const SECOND_CLOCK = '2027-08-02 10:00:00'
/**
 * The first end-to-end run's clock: today's China date at 10:00 China time, written in this
 * machine's local time as faketime reads it. A run on the bare clock that crossed China midnight
 * failed: a test works out 前天 from its clock, the page a few seconds later from the browser's
 * (e2e/emergency-standing.test.ts failed 3 times in 3 at 23:59:20 China). Today's date, never a
 * time of day near midnight.
 */
function firstClock() {
  const china = new Date(Date.now() + 8 * 3_600_000)
  const at = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), 2, 0, 0))
  const p = (n) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${p(at.getHours())}:${p(at.getMinutes())}:00`
}
const hasFaketime = spawnSync('faketime', ['-f', `@${SECOND_CLOCK}`, 'true']).status === 0
if (!hasFaketime) {
  console.log('✖ faketime is missing (apt-get install faketime): the second-clock runs cannot happen')
  failedSteps.push('faketime missing')
}

/** Settles true when the H5 build the end-to-end runs need is there (false when it failed). */
let h5Built
const h5BuildDone = new Promise((resolve) => (h5Built = resolve))

// CI has 2 cores and jest gives itself one worker there, so the work runs in two lanes at once:
// the rules, the server suites and the component tests in one; the checks, the builds, the tests of
// each build and the first end-to-end run in the other. The second end-to-end run (second clock)
// comes last, in the lane that is free first.
async function testsLane() {
  await run('typecheck (app, domain, server)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])
  // The rules must answer the same whatever time zone the phone or server is in; the last zone
  // also runs on the second clock (the rules take `now` as a parameter, but their tests pin it).
  for (const tz of ['Asia/Shanghai', 'UTC', 'America/New_York']) {
    const clock = tz === 'America/New_York' && hasFaketime ? SECOND_CLOCK : null
    await jest(`domain rules, TZ=${tz}${clock ? `, clock ${clock}` : ''}`, ['--selectProjects', 'domain'], { TZ: tz }, clock)
  }
  // The server suite once on each clock: SQLite on today's, PostgreSQL (when DATABASE_URL is set)
  // on the second; without PostgreSQL, SQLite runs on both.
  await jest('server on SQLite', ['--selectProjects', 'server'], { DATABASE_URL: '' })
  if (pgUrl) {
    await jest(`server on PostgreSQL${hasFaketime ? `, clock ${SECOND_CLOCK}` : ''}`, ['--selectProjects', 'server'], { DATABASE_URL: pgUrl }, hasFaketime ? SECOND_CLOCK : null)
  } else {
    console.log('\n(DATABASE_URL not set: the PostgreSQL run of the server suite is skipped)')
    if (hasFaketime) await jest(`server on SQLite, clock ${SECOND_CLOCK}`, ['--selectProjects', 'server'], { DATABASE_URL: '' }, SECOND_CLOCK)
  }
  // The component tests here, while the other lane runs the first end-to-end run (they never read
  // the system clock: tests/setup/components.setup.ts fixes the app's clock, so they run once).
  await jest('components', ['--selectProjects', 'components'])
  await secondClockEndToEnd()
}

let secondClockStarted = false
/**
 * The second clock: the end-to-end suite again, without the files in which no date is typed, shown
 * or counted (SECOND_CLOCK_SKIPS), in whichever lane comes to it first (the other lane ends then).
 */
async function secondClockEndToEnd() {
  if (secondClockStarted || !hasFaketime) return
  secondClockStarted = true
  if (await h5BuildDone) {
    await jest(`end to end in Chromium, clock ${SECOND_CLOCK}`, [...E2E, '--testPathIgnorePatterns', ...SECOND_CLOCK_SKIPS], { DATABASE_URL: '', E2E_SECOND_RUN: '1' }, SECOND_CLOCK)
  }
}

/**
 * End-to-end files the second clock leaves out, each because no date in it depends on the day:
 * - the screen gallery (e2e/screens.test.ts: every screen photographed in both modes, ~3 minutes)
 *   runs once, on today's clock: its dates come from the same helpers as the flows, which run on both;
 * - 实名信息 (e2e/profile.test.ts) and 隐私保护指引 (e2e/privacy.test.ts) file nothing and show no
 *   day but the notice's fixed version date, a literal;
 * - the home page's layout (e2e/home-layout.test.ts) shows no date.
 */
const SECOND_CLOCK_SKIPS = ['e2e/screens\\.test\\.ts', 'e2e/profile\\.test\\.ts', 'e2e/privacy\\.test\\.ts', 'e2e/home-layout\\.test\\.ts']

async function buildsLane() {
  await run('typecheck (server)', 'npx', ['tsc', '-p', 'server/tsconfig.json', '--noEmit'])
  await run('lint (domain boundary and code)', 'npx', ['eslint', '--max-warnings=0', '--ext', '.ts,.tsx', 'src', 'server/src', 'staff/src'])
  await run('typecheck (staff console)', 'npx', ['tsc', '-p', 'staff/tsconfig.json', '--noEmit'])
  // The weapp as uploaded for review (one production build, into its own folder so dist/weapp,
  // npm start's development build, is left alone), then every weapp test on it: its release checks,
  // the boot test, and WeChat's own compilers and simulator against the real backend, the
  // simulator's network allowing only the build's https origin, as WeChat does for a release.
  const RELEASE_ORIGIN = 'https://yibao.example.gov.cn'
  const RELEASE_DIST = 'dist/weapp-release'
  if (await run('build weapp for release', 'npm', ['run', '--silent', 'release:weapp', '--', '--out', RELEASE_DIST], { API_BASE: RELEASE_ORIGIN })) {
    await jest('weapp release', ['--selectProjects', 'release'])
    const onRelease = { WEAPP_DIST: RELEASE_DIST, WEAPP_RELEASE: '1', API_BASE: RELEASE_ORIGIN }
    await jest('weapp boot', ['--selectProjects', 'weapp-boot'], onRelease)
    await jest("weapp on WeChat's toolchain", ['--selectProjects', 'weapp-sim', '--runInBand'], { ...onRelease, DATABASE_URL: '' })
  }
  const builtH5 = await run('build h5 (production)', 'npm', ['run', '--silent', 'build:h5'])
  // The staff console (esbuild, seconds); its e2e suite drives it in Chromium.
  await run('build staff console', 'node', ['staff/build.mjs'])
  // The compiled server the end-to-end runs start (e2e/harness.ts would build it too when stale).
  await run('build server', 'node', ['server/build.mjs'])
  // The builds are done before the server suites: the first end-to-end run fills the gap; the
  // second (other lane) may start once they are there. Only the first takes screenshots.
  fs.rmSync(path.join(root, 'artifacts', 'screenshots'), { recursive: true, force: true })
  h5Built(builtH5)
  if (builtH5) {
    const clock = hasFaketime ? firstClock() : null
    await jest(`end to end in Chromium${clock ? `, clock ${clock} (today, 10:00 China)` : ''}`, E2E, { DATABASE_URL: '' }, clock)
  }
  await secondClockEndToEnd()
  return builtH5
}

// Two test files at a time: each has its own server, database file and browser, and one file alone
// keeps ~1.3 cores busy at most (it waits on page loads and transitions), so the pair fills the
// lane's share of the machine (the first run 823 → 518 s, the whole command 18.4 → 16.7 min).
const E2E = ['--selectProjects', 'e2e', '--maxWorkers=2', '--testTimeout=120000']
// A lane that throws must not leave the other waiting for the H5 build.
await Promise.all([testsLane(), buildsLane().finally(() => h5Built(false))])

console.log('')
for (const f of failures) console.log(`✖ ${f.step}: ${f.test}\n${f.error.replace(/^/gm, '    ')}\n`)
// What the failed end-to-end tests' pages showed, and what failed on them: CI may show only the tail.
const pageReports = fs.existsSync(failuresDir) ? fs.readdirSync(failuresDir).filter((f) => f.endsWith('.txt')).sort() : []
for (const f of pageReports.slice(0, 6)) console.log(`${fs.readFileSync(path.join(failuresDir, f), 'utf8').slice(0, 2500).replace(/^/gm, '    ')}\n`)
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join('; ')}`)
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failedSteps.length || totals.failed ? 1 : 0)
