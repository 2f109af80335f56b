// Why over 300 lines: the load runs behind npm run bench (servers, clients, rounds) and their report.
// Load figures for `npm run bench` (issue 10): the real server, started as `npm start` starts it
// (the bundle dist/server/server.cjs under plain node, issue 15), under 100 concurrent clients for 30 s of mixed traffic, on
//  - SQLite: one instance on a fresh file;
//  - PostgreSQL: two instances on a fresh database `bench_<random>` (dropped afterwards) sharing
//    Redis and SESSION_SECRET, 50 clients on each (two autocannon runs, aggregated).
// Traffic: one in SUBMIT_EVERY requests files a 备案 (POST /api/filings, LONG_TERM_RESIDENT, a
// person of its own, prepared beforehand: login, 实名信息, two uploads), the rest look one up
// (GET /api/status). Errors = socket errors + timeouts + any answer other than 201 to a filing or
// 200 to a lookup; they must be 0. Rows: filings in the database after the run, compared with
// the 201s. Everything goes to 127.0.0.1; each phase is bounded in time.
import { spawn } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import pg from 'pg'
import { SERVER_NODE_FLAGS } from '../server/build.mjs'

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
// A Redis database of its own, so the bench's counters never meet another run's or a test's.
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/13'
const CONNECTIONS = 100
const QUICK = process.env.BENCH_QUICK === '1'
const DURATION_S = Number(process.env.BENCH_LOAD_SECONDS ?? (QUICK ? 3 : 30))
const SUBMIT_EVERY = 4
const PEOPLE = Number(process.env.BENCH_LOAD_PEOPLE ?? (QUICK ? 100 : 1500))
const LOOKUP_FILINGS = 20
const SETUP_PARALLEL = 16
const START_TIMEOUT_MS = 60_000
// A client gives up on an answer after this long: wx.request's default timeout (60 s), which the
// app keeps. A request that takes longer counts as an error.
const CLIENT_TIMEOUT_S = 60

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64')
const DESTINATION = { province: '440000', city: '441700' }
const CONTACTS = { phone1: '13812345678', addressAtDestination: '阳江市江城区东风路 8 号' }

/** The i-th valid 18-digit ID number (GB 11643 check digit), born 1950-01-01 + i / 999 days. */
export function idNumber(i) {
  const born = new Date(Date.UTC(1950, 0, 1) + Math.floor(i / 999) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '')
  const body = `110101${born}${String((i % 999) + 1).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((s, d, k) => s + Number(d) * weights[k], 0)
  return body + '10X98765432'[sum % 11]
}

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

// Every bench client is 127.0.0.1: the per-client limits would measure themselves, not the server.
export const UNLIMITED = { STATUS_RATE_LIMIT_PER_MINUTE: '100000000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000000' }

/** Starts the compiled server (dist/server/server.cjs, built by the bench) and waits for its health. */
export async function startServer(root, env) {
  const port = await freePort()
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'dist', 'server', 'server.cjs')], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`)
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) })).ok) return { url, child }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill('SIGKILL')
  throw new Error(`server did not answer within ${START_TIMEOUT_MS} ms: ${stderr}`)
}

export async function stopServer({ child }) {
  if (child.exitCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

export async function call(url, method, pathName, { token, json, body, headers = {} } = {}) {
  const response = await fetch(url + pathName, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
    body: json ? JSON.stringify(json) : body,
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${pathName}: ${response.status} ${text.slice(0, 200)}`)
  return JSON.parse(text)
}

async function upload(url, token, purpose) {
  const form = new FormData()
  form.append('purpose', purpose)
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'id.png')
  return (await call(url, 'POST', '/api/uploads', { token, body: form })).id
}

/** A person ready to file: logged in, 实名信息 saved, two materials uploaded; answers the filing body. */
export async function preparePerson(url, i, tag) {
  const { token } = await call(url, 'POST', '/api/sessions', { json: { code: `dev:bench-${tag}-${i}` } })
  const profile = { name: '张三', idNumber: idNumber(i), phone: '13812345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE' }
  const { version } = await call(url, 'GET', '/api/privacy-notice', {})
  await call(url, 'PUT', '/api/me/profile', { token, json: { ...profile, privacyConsent: { version } } })
  const materials = [await upload(url, token, 'ID_DOCUMENT'), await upload(url, token, 'RESIDENCE_PERMIT')]
  const body = { type: 'LONG_TERM_RESIDENT', subject: { self: true }, destination: DESTINATION, startDate: chinaToday(), contacts: CONTACTS, materials }
  return { token, body: JSON.stringify(body), idTail: profile.idNumber.slice(-6) }
}

export async function inParallel(count, limit, task) {
  const results = new Array(count)
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) {
        const i = next++
        results[i] = await task(i)
      }
    }),
  )
  return results
}

/** People to file during the run, and filings (made now) to look up. */
async function prepare(urls, tag) {
  const at = (i) => urls[i % urls.length]
  const people = await inParallel(PEOPLE + LOOKUP_FILINGS, SETUP_PARALLEL, (i) => preparePerson(at(i), i, tag))
  const lookups = await inParallel(LOOKUP_FILINGS, SETUP_PARALLEL, async (k) => {
    const p = people[PEOPLE + k]
    const view = await call(at(k), 'POST', '/api/filings', { token: p.token, body: p.body, headers: { 'content-type': 'application/json' } })
    return `/api/status?number=${encodeURIComponent(view.number)}&idTail=${p.idTail}`
  })
  return { people: people.slice(0, PEOPLE), lookups }
}

/** Runs the mixed traffic against every url at once (CONNECTIONS split evenly) and aggregates. */
async function runLoad(urls, { people, lookups }) {
  const tally = { submits: 0, created: 0, looked: 0, found: 0, unexpected: {} }
  // Filings sent whose answer had not come when the run stopped: asked again, same key, after it.
  const unanswered = new Map()
  let turn = 0
  let nextPerson = 0
  const setupRequest = (request, context) => {
    turn += 1
    if (turn % SUBMIT_EVERY === 0 && nextPerson < people.length) {
      const p = { ...people[nextPerson++], key: randomUUID() }
      context.kind = 'submit'
      context.person = p
      unanswered.set(p.key, p)
      tally.submits += 1
      return { ...request, method: 'POST', path: '/api/filings', body: p.body, headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}`, 'idempotency-key': p.key } }
    }
    context.kind = 'lookup'
    tally.looked += 1
    return { ...request, method: 'GET', path: lookups[turn % lookups.length], body: undefined, headers: {} }
  }
  const onResponse = (status, body, context) => {
    if (context.kind === 'submit') unanswered.delete(context.person.key)
    if (context.kind === 'submit' && status === 201) tally.created += 1
    else if (context.kind === 'lookup' && status === 200) tally.found += 1
    else {
      const key = `${context.kind} ${status} ${String(body).slice(0, 80)}`
      tally.unexpected[key] = (tally.unexpected[key] ?? 0) + 1
    }
  }
  const connections = CONNECTIONS / urls.length
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({ url, connections, duration: DURATION_S, timeout: CLIENT_TIMEOUT_S, skipAggregateResult: true, requests: [{ setupRequest, onResponse }] }),
    ),
  )
  const total = autocannon.aggregateResult(results, { url: urls[0], connections: CONNECTIONS })
  const late = await askAgain(urls[0], [...unanswered.values()], tally)
  const unexpected = Object.values(tally.unexpected).reduce((a, b) => a + b, 0)
  return {
    requests: total.requests.total,
    rps: total.requests.total / DURATION_S,
    p50: total.latency.p50,
    p99: total.latency.p99,
    socketErrors: total.errors,
    timeouts: total.timeouts,
    // autocannon's errors include its timeouts.
    errors: total.errors + unexpected,
    unexpected: tally.unexpected,
    submits: tally.submits,
    created: tally.created,
    late,
    lookups: tally.looked,
  }
}

/**
 * The filings whose answer the stop of the run cut off, sent again with the same Idempotency-Key
 * as a client would: each must answer 201 (the first answer replayed, or the filing made now).
 * A 409 IDEMPOTENCY_IN_PROGRESS (the first request still running) is asked again a second later.
 */
async function askAgain(url, pending, tally) {
  let answered = 0
  await inParallel(pending.length, SETUP_PARALLEL, async (i) => {
    const p = pending[i]
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const response = await fetch(`${url}/api/filings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}`, 'idempotency-key': p.key },
        body: p.body,
        signal: AbortSignal.timeout(30_000),
      })
      const text = await response.text()
      if (response.status === 201) {
        tally.created += 1
        answered += 1
        return
      }
      if (response.status !== 409 || !text.includes('IDEMPOTENCY_IN_PROGRESS')) {
        const key = `submit (asked again) ${response.status} ${text.slice(0, 80)}`
        tally.unexpected[key] = (tally.unexpected[key] ?? 0) + 1
        return
      }
      await new Promise((r) => setTimeout(r, 1000))
    }
    tally.unexpected['submit (asked again) still in progress after 30 s'] = (tally.unexpected['submit (asked again) still in progress after 30 s'] ?? 0) + 1
  })
  return answered
}

async function sqliteRun(root) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yidi-bench-'))
  const file = path.join(dir, 'bench.db')
  const server = await startServer(root, { SQLITE_PATH: file, SESSION_SECRET: randomBytes(32).toString('hex'), ...UNLIMITED })
  try {
    const prepared = await prepare([server.url], 's')
    const before = countSqlite(file)
    const load = await runLoad([server.url], prepared)
    return { setup: 'SQLite, 1 instance', ...load, rows: countSqlite(file) - before }
  } finally {
    await stopServer(server)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

function countSqlite(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return db.prepare('select count(*) as n from filings').get().n
  } finally {
    db.close()
  }
}

/** A fresh PostgreSQL database for one run (load and speed benches); answers its URL and a drop(). */
export async function freshPostgres() {
  const name = `bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(PG_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}

async function postgresRun(root) {
  const fresh = await freshPostgres()
  const env = { DATABASE_URL: fresh.url, REDIS_URL, SESSION_SECRET: randomBytes(32).toString('hex'), ...UNLIMITED }
  const servers = []
  try {
    // One after the other: the first runs the migrations, the second finds them done.
    servers.push(await startServer(root, env))
    servers.push(await startServer(root, env))
    const urls = servers.map((s) => s.url)
    const prepared = await prepare(urls, 'p')
    const db = new pg.Client({ connectionString: fresh.url })
    await db.connect()
    const countIn = async () => Number((await db.query('select count(*) as n from filings')).rows[0].n)
    const before = await countIn()
    const load = await runLoad(urls, prepared)
    const rows = (await countIn()) - before
    await db.end()
    return { setup: 'PostgreSQL + Redis, 2 instances', ...load, rows }
  } finally {
    await Promise.all(servers.map(stopServer))
    await fresh.drop()
  }
}

/** Runs both and answers one row per setup (see the top of this file). */
export async function loadFigures(root) {
  return [await sqliteRun(root), await postgresRun(root)]
}

export function printLoadTable(rows) {
  console.log(`\nLoad: ${CONNECTIONS} concurrent clients for ${DURATION_S} s, 1 in ${SUBMIT_EVERY} a filing (each by a new person), the rest status lookups`)
  const head = ['setup', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'filings 201', '(after stop)', 'rows', 'rows = 201']
  const lines = rows.map((r) => [r.setup, r.requests, r.rps.toFixed(0), r.p50, r.p99, r.errors, r.created, r.late, r.rows, r.rows === r.created ? 'yes' : 'NO'])
  const widths = head.map((h, k) => Math.max(h.length, ...lines.map((l) => String(l[k]).length)))
  const fmt = (cells) => '  ' + cells.map((c, k) => (k === 0 ? String(c).padEnd(widths[k]) : String(c).padStart(widths[k]))).join('  ')
  console.log(fmt(head))
  for (const l of lines) console.log(fmt(l))
  console.log('  (after stop): filings whose answer the end of the run cut off, answered 201 when sent again with the same Idempotency-Key')
  for (const r of rows) {
    if (r.submits >= PEOPLE) console.log(`  ${r.setup}: all ${PEOPLE} prepared people filed; later requests were lookups only`)
    if (r.errors > 0) console.log(`  ${r.setup}: socket errors ${r.socketErrors} (of which timeouts ${r.timeouts}), unexpected answers ${JSON.stringify(r.unexpected)}`)
  }
  return rows.every((r) => r.errors === 0 && r.rows === r.created)
}
