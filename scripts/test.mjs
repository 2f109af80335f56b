#!/usr/bin/env node
// The one test command (README): every suite, in an order that fails fast and stays within
// 2 cores. Prints a closing "N passed, N failed" line summed over all jest runs.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(root, '.cache', 'test-results')
fs.rmSync(resultsDir, { recursive: true, force: true })
fs.mkdirSync(resultsDir, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
let failedSteps = []

function run(label, cmd, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${label}`)
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  if (res.status !== 0) {
    console.log(`✖ ${label} failed (${secs} s)`)
    failedSteps.push(label)
  } else {
    console.log(`✔ ${label} (${secs} s)`)
  }
  return res.status === 0
}

let jestRun = 0
function jest(label, args, env = {}, clock = null) {
  const out = path.join(resultsDir, `${++jestRun}.json`)
  const cmd = ['jest', '--ci', '--json', `--outputFile=${out}`, ...args]
  // Under a second clock: faketime moves the test process and everything it starts (the server);
  // the monotonic clock is left alone so timers and timeouts behave. TEST_CLOCK tells the e2e
  // harness to move the browser's clock too (e2e/clock.ts).
  const ok = clock
    ? run(label, 'faketime', ['-f', `@${clock}`, 'npx', ...cmd], { ...env, DONT_FAKE_MONOTONIC: '1', TEST_CLOCK: clock })
    : run(label, 'npx', cmd, env)
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'))
    totals.passed += r.numPassedTests
    // A suite that fails to run (a syntax or import error) has no failed tests: count it as one.
    totals.failed += r.numFailedTests + r.numRuntimeErrorTestSuites
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0)
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

run('typecheck (app, domain, server)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])
run('typecheck (server)', 'npx', ['tsc', '-p', 'server/tsconfig.json', '--noEmit'])
run('lint (domain boundary and code)', 'npx', ['eslint', '--max-warnings=0', '--ext', '.ts,.tsx', 'src', 'server/src', 'staff/src'])
run('typecheck (staff console)', 'npx', ['tsc', '-p', 'staff/tsconfig.json', '--noEmit'])

// The suite must pass on any day (issue 16): its clock-dependent parts run again below under a
// second clock, a day in 2027 with no published holiday schedule (the provisional calendar) and past
// every date a test once typed as a literal. faketime comes from Debian's package (.ci/run installs it).
const SECOND_CLOCK = '2027-08-02 10:00:00'
const hasFaketime = spawnSync('faketime', ['-f', `@${SECOND_CLOCK}`, 'true']).status === 0
if (!hasFaketime) {
  console.log('✖ faketime is missing (apt-get install faketime): the second-clock runs cannot happen')
  failedSteps.push('faketime missing')
}

// The rules must answer the same whatever time zone the phone or server is in; the last zone
// also runs on the second clock (the rules take `now` as a parameter, but their tests pin it).
for (const tz of ['Asia/Shanghai', 'UTC', 'America/New_York']) {
  const clock = tz === 'America/New_York' && hasFaketime ? SECOND_CLOCK : null
  jest(`domain rules, TZ=${tz}${clock ? `, clock ${clock}` : ''}`, ['--selectProjects', 'domain'], { TZ: tz }, clock)
}
jest('components', ['--selectProjects', 'components'])
// The server suite on SQLite, then the same suite on PostgreSQL when DATABASE_URL is set.
jest('server on SQLite', ['--selectProjects', 'server'], { DATABASE_URL: '' })
// The server suite runs once on each clock: SQLite on today's, PostgreSQL on the second clock.
if (pgUrl) jest(`server on PostgreSQL, clock ${SECOND_CLOCK}`, ['--selectProjects', 'server'], { DATABASE_URL: pgUrl }, hasFaketime ? SECOND_CLOCK : null)
else console.log('\n(DATABASE_URL not set: the PostgreSQL run of the server suite is skipped)')

const builtWeapp = run('build weapp (production)', 'npm', ['run', '--silent', 'build:weapp'])
if (builtWeapp) {
  jest('weapp boot', ['--selectProjects', 'weapp-boot'])
  // WeChat's own compilers and simulator on the same build, against the real backend.
  jest("weapp on WeChat's toolchain", ['--selectProjects', 'weapp-sim', '--runInBand'], { DATABASE_URL: '' })
}
// The release build, into its own folder (the tests above keep the development one), then its checks.
const RELEASE_ORIGIN = 'https://yibao.example.gov.cn'
const builtRelease = run('build weapp for release', 'npm', ['run', '--silent', 'release:weapp', '--', '--out', 'dist/weapp-release'], { API_BASE: RELEASE_ORIGIN })
if (builtRelease) jest('weapp release', ['--selectProjects', 'release'])
const builtH5 = run('build h5 (production)', 'npm', ['run', '--silent', 'build:h5'])
// The staff console (esbuild, seconds); its e2e suite drives it in Chromium.
run('build staff console', 'node', ['staff/build.mjs'])
fs.rmSync(path.join(root, 'artifacts', 'screenshots'), { recursive: true, force: true })
if (builtH5) jest('end to end in Chromium', ['--selectProjects', 'e2e', '--runInBand', '--testTimeout=120000'], { DATABASE_URL: '' })

// The second clock: the suites whose answers depend on today, again.
if (hasFaketime) {
  // Component tests never read the system clock (tests/setup/components.setup.ts fixes the app's
  // clock for every test), so a second run would repeat the first to the letter.
  if (!pgUrl) jest(`server on SQLite, clock ${SECOND_CLOCK}`, ['--selectProjects', 'server'], { DATABASE_URL: '' }, SECOND_CLOCK)
  if (builtH5) {
    jest(`end to end in Chromium, clock ${SECOND_CLOCK}`, ['--selectProjects', 'e2e', '--runInBand', '--testTimeout=120000'], { DATABASE_URL: '' }, SECOND_CLOCK)
  }
}

console.log('')
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join('; ')}`)
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failedSteps.length || totals.failed ? 1 : 0)
