import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { Client } from 'pg'
import { buildApp, type BuildAppOptions } from '@server/app'
import { loadConfig, type DatabaseConfig, type Env } from '@server/config'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'

/**
 * Builds the app for one test file. SQLite in memory by default; with DATABASE_URL set, a
 * PostgreSQL schema of its own per test file (jest loads this module once per file), so
 * suites run in parallel. Apps built here are closed, and the schema dropped, after the file.
 */

const databaseUrl = process.env.DATABASE_URL?.trim() || null
const schema = `t_${randomBytes(6).toString('hex')}`
const openApps = new Set<FastifyInstance>()
// The default CALENDAR_DIR (data/calendar) is a developer's own folder: tests see the bundled
// years only, unless they pass CALENDAR_DIR.
const noCalendarFiles = mkdtempSync(join(tmpdir(), 'yidi-calendar-'))

export const usesPostgres = databaseUrl !== null
export const expectedDialect = usesPostgres ? 'postgres' : 'sqlite'

/** Where a test app keeps its data; `sqlitePath` is used (SQLite only) to share a file between builds. */
export function testDatabase(sqlitePath = ':memory:'): DatabaseConfig {
  return databaseUrl ? { kind: 'postgres', url: databaseUrl, schema } : { kind: 'sqlite', path: sqlitePath }
}

export interface TestAppOptions extends Partial<Omit<BuildAppOptions, 'config'>> {
  /** Environment variables as server.ts would read them; nothing is read from process.env. */
  env?: Env
  database?: DatabaseConfig
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<FastifyInstance> {
  const { env = {}, database = testDatabase(), ...rest } = options
  // Test files log in dozens of users from one address; tests of the login limit set their own.
  const config = { ...loadConfig({ LOGIN_RATE_LIMIT_PER_MINUTE: '100000', ...env }), database }
  if (env.CALENDAR_DIR === undefined) config.calendarDir = noCalendarFiles
  const app = await buildApp({ logger: false, cleanUpUploads: false, ...rest, config })
  openApps.add(app)
  return app
}

/**
 * The clock of a test file's app, which a test moves with `clock.set(date)`: pass `clock.now` as
 * buildTestApp's `now`; after each test it is back at `start`.
 */
export function movableClock(start: Date): { now: () => Date; set: (at: Date) => void } {
  let current = start
  afterEach(() => {
    current = start
  })
  return { now: () => current, set: (at: Date) => { current = at } }
}

/** Closes an app early (e.g. to "restart" it); afterAll skips apps already closed here. */
export async function closeTestApp(app: FastifyInstance): Promise<void> {
  openApps.delete(app)
  await app.close()
}

afterAll(async () => {
  await Promise.all([...openApps].map((app) => app.close()))
  openApps.clear()
  rmSync(noCalendarFiles, { recursive: true, force: true })
  if (databaseUrl) {
    const client = new Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      await client.query(`drop schema if exists "${schema}" cascade`)
    } finally {
      await client.end()
    }
  }
})

/** A dev-provider code no other test uses, so tests sharing a PostgreSQL schema do not collide. */
export function uniqueDevCode(): string {
  return `dev:${randomBytes(8).toString('hex')}`
}

export async function login(app: FastifyInstance, code = uniqueDevCode()): Promise<{ token: string; userId: string }> {
  const response = await app.inject({ method: 'POST', url: '/api/sessions', payload: { code } })
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`)
  const body = response.json<{ token: string; user: { id: string } }>()
  return { token: body.token, userId: body.user.id }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** A valid profile (the ID's check digit is right; 440300 is 深圳市). */
export const VALID_PROFILE = {
  name: '张三',
  idNumber: '110101199003071233',
  phone: '13812345678',
  insuredRegion: '440300',
  insuranceType: 'EMPLOYEE',
} as const

/** Consent to the 隐私保护指引 in force, as a body that carries personal data says it. */
export const PRIVACY_CONSENT = { privacyConsent: { version: PRIVACY_NOTICE_VERSION } } as const

/** Every 4xx/5xx body is `{ code, message }` (API.md "Errors"), message in Chinese. */
export function expectErrorBody(body: unknown, code?: string): void {
  expect(body).toEqual(
    expect.objectContaining({ code: code ?? expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fff]/) }),
  )
}
