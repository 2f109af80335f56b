import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Client } from 'pg'
import { PRIVACY_CONSENT, VALID_PROFILE, buildTestApp, bearer, usesPostgres } from '../helpers/build'
import { filer } from '../helpers/filings'
import {
  call,
  httpFiler,
  httpFilingBody,
  jsonLines,
  postgresUrlFor,
  startServer,
  uniqueName,
  type SpawnedServer,
} from '../helpers/spawned-server'
import { startTcpProxy, type TcpProxy } from '../helpers/db-proxy'

/**
 * Issue 10, fault 1: a lost database connection must not kill the server; the request in flight
 * answers 503 DATABASE_UNAVAILABLE, /api/health answers 503 while the database is away, and the
 * next requests succeed once it is back, without a restart. PostgreSQL: a real server process
 * behind a TCP proxy of this test's own (close it = the database is gone), its backends found by
 * their application_name and terminated. SQLite: a write locked by another connection past
 * busy_timeout.
 */

jest.setTimeout(300_000)

const UNAVAILABLE = { code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/数据库.*不会丢失/) }

/** Polls `check` every 20 ms until it is true (a condition, not a fixed sleep); fails after `ms`. */
async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached')
    await new Promise((done) => setTimeout(done, 20))
  }
}

const describePg = usesPostgres ? describe : describe.skip
const describeSqlite = usesPostgres ? describe.skip : describe

describePg('PostgreSQL connections lost under a running server', () => {
  const baseUrl = process.env.DATABASE_URL as string
  const appName = uniqueName('yidi_fault')
  const schema = uniqueName('t_fault')
  let proxy: TcpProxy
  let server: SpawnedServer
  let admin: Client

  beforeAll(async () => {
    const target = new URL(baseUrl)
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
    server = await startServer({ DATABASE_URL: postgresUrlFor(baseUrl, appName, proxy.port), DATABASE_SCHEMA: schema })
    admin = new Client({ connectionString: baseUrl })
    await admin.connect()
  })

  afterAll(async () => {
    await server?.stop()
    await proxy?.stop()
    await admin?.query(`drop schema if exists "${schema}" cascade`)
    await admin?.end()
  })

  const terminateOwnBackends = async () =>
    (await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1`, [appName])).rowCount ?? 0

  it('answers 503 to the request in flight when its backend is terminated, keeps running, and the retry succeeds', async () => {
    const token = await httpFiler(server.url)
    const me = await call(server.url, 'GET', '/api/me', { token })
    const body = await httpFilingBody(server.url, token)

    // Hold the filer's user row: the filing's transaction waits on it, so it is surely in flight.
    await admin.query('begin')
    await admin.query(`select id from "${schema}".users where id = $1 for update`, [me.body.user.id])
    const inFlight = call(server.url, 'POST', '/api/filings', { token, body, headers: { 'idempotency-key': 'k-terminate' } })
    await until(async () => {
      const { rows } = await admin.query(
        `select count(*)::int as n from pg_stat_activity where application_name = $1 and wait_event_type = 'Lock'`,
        [appName],
      )
      return rows[0].n > 0
    })
    // Background traffic at the same time: reads that may run on the connections being cut.
    const traffic = Array.from({ length: 20 }, () => call(server.url, 'GET', '/api/filings', { token }))
    expect(await terminateOwnBackends()).toBeGreaterThan(0)
    const answer = await inFlight
    await admin.query('rollback')

    expect(answer.status).toBe(503)
    expect(answer.body).toEqual(UNAVAILABLE)
    for (const other of await Promise.all(traffic)) {
      expect([200, 503]).toContain(other.status)
      if (other.status === 503) expect(other.body).toEqual(UNAVAILABLE)
    }
    expect(server.alive()).toBe(true)

    // The next requests succeed on new connections; the same key creates the filing once.
    const retry = await call(server.url, 'POST', '/api/filings', { token, body, headers: { 'idempotency-key': 'k-terminate' } })
    expect(retry.status).toBe(201)
    const list = await call(server.url, 'GET', '/api/filings', { token })
    expect(list.status).toBe(200)
    expect(list.body.filings).toHaveLength(1)
  })

  it('survives its idle connections being terminated again and again', async () => {
    const token = await httpFiler(server.url)
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(Array.from({ length: 10 }, () => call(server.url, 'GET', '/api/me', { token })))
      expect(await terminateOwnBackends()).toBeGreaterThan(0)
      // A request that lands on a connection PostgreSQL has just ended (before the pool has
      // heard of it) answers 503; each such connection is dropped, so within as many requests
      // as the pool held connections the answers are 200 again.
      const answers: number[] = []
      for (let i = 0; i < 12 && answers.at(-1) !== 200; i += 1) {
        const after = await call(server.url, 'GET', '/api/me', { token })
        if (after.status === 503) expect(after.body).toEqual(UNAVAILABLE)
        answers.push(after.status)
      }
      expect(answers.at(-1)).toBe(200)
      expect(answers.filter((s) => s !== 503 && s !== 200)).toEqual([])
      expect(server.alive()).toBe(true)
    }
  })

  it('answers 503 (health too) while the database is unreachable and recovers when it is back, without a restart', async () => {
    const token = await httpFiler(server.url)
    const linesBefore = server.stdout.length
    await proxy.close()
    try {
      const health = await call(server.url, 'GET', '/api/health')
      expect(health.status).toBe(503)
      expect(health.body).toEqual({ status: 'unavailable', db: 'postgres', ...UNAVAILABLE })
      for (let i = 0; i < 5; i += 1) {
        const refused = await call(server.url, 'PUT', '/api/me/profile', { token, body: { ...VALID_PROFILE, ...PRIVACY_CONSENT } })
        expect(refused.status).toBe(503)
        expect(refused.body).toEqual(UNAVAILABLE)
      }
      expect(server.alive()).toBe(true)
    } finally {
      await proxy.open()
    }
    const health = await call(server.url, 'GET', '/api/health')
    expect(health.status).toBe(200)
    expect(health.body).toEqual({ status: 'ok', db: 'postgres' })
    expect((await call(server.url, 'PUT', '/api/me/profile', { token, body: { ...VALID_PROFILE, ...PRIVACY_CONSENT } })).status).toBe(200)

    // The outage is logged once (not once per refused request), as JSON, and so is its end.
    const events = jsonLines(server.stdout.slice(linesBefore)).map((l) => l.event).filter(Boolean)
    expect(events.filter((e) => e === 'database_unavailable')).toHaveLength(1)
    expect(events.filter((e) => e === 'database_available')).toHaveLength(1)
    expect(server.stderr.join('\n')).not.toMatch(/Unhandled|uncaught/i)
    // Besides the JSON lines: only the start-up lines (the first, then lines that start with two spaces).
    expect(server.stdout.filter((l) => l.trim() !== '' && !l.startsWith('{') && !l.startsWith('异地就医备案 is running at http') && !l.startsWith('  '))).toEqual([])
  })
})

describeSqlite('SQLite locked by another connection', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yidi-busy-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('answers 503 DATABASE_UNAVAILABLE to a write locked past busy_timeout, and the next write succeeds', async () => {
    const path = join(dir, 'app.db')
    const app = await buildTestApp({ database: { kind: 'sqlite', path, busyTimeoutMs: 100 } })
    const { token } = await filer(app)
    const other = new SqliteDatabase(path)
    other.exec('begin immediate')
    try {
      const refused = await app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(token), payload: { ...VALID_PROFILE, ...PRIVACY_CONSENT } })
      expect(refused.statusCode).toBe(503)
      expect(refused.json()).toEqual(UNAVAILABLE)
      // Reading still works in WAL mode: the database is there, so health says so.
      const health = await app.inject({ method: 'GET', url: '/api/health' })
      expect(health.json()).toEqual({ status: 'ok', db: 'sqlite' })
    } finally {
      other.exec('rollback')
      other.close()
    }
    const again = await app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(token), payload: { ...VALID_PROFILE, ...PRIVACY_CONSENT } })
    expect(again.statusCode).toBe(200)
  })
})
