import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chinaToday } from '@/domain/time/china-date'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { distinctIdNumber } from './id-numbers'

/**
 * The real server as a child process (`node --import tsx server/src/server.ts`), for tests that must kill it
 * (SIGKILL) or watch it survive a fault: a process of its own, its own port, its log lines kept.
 * Talks to it over HTTP with fetch. Imports no jest helper, so the bench can use it too.
 */

/** A valid 实名信息 (the ID's check digit is right; 440300 is 深圳市). */
export const HTTP_PROFILE = {
  privacyConsent: { version: PRIVACY_NOTICE_VERSION },
  name: '李四',
  idNumber: '110101199003071233',
  phone: '13812345678',
  insuredRegion: '440300',
  insuranceType: 'EMPLOYEE',
} as const
/** 阳江市, another city of the same province. */
const DESTINATION = { province: '440000', city: '441700' } as const
const CONTACTS = { phone1: '13812345678', addressAtDestination: '阳江市江城区东风路 8 号' } as const
/** A real 1×1 PNG (a white pixel). */
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
)

const ROOT = resolve(__dirname, '../../..')
/** tsx compiles the server at start: seconds on a quiet machine, much longer on a busy 2-core one. */
const START_TIMEOUT_MS = 150_000

export interface SpawnedServer {
  url: string
  child: ChildProcess
  /** Every line the server wrote to stdout (JSON log lines and the start line) and stderr. */
  stdout: string[]
  stderr: string[]
  /** Resolves with the exit code or signal when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  alive(): boolean
  stop(): Promise<void>
}

/** Starts the server with `env` (PORT=0: a free port) and waits for its "is running at http://…" line. */
export async function startServer(env: Record<string, string>): Promise<SpawnedServer> {
  const calendarDir = mkdtempSync(join(tmpdir(), 'yidi-cal-'))
  // node with tsx's loader (not the tsx command, which would wrap the server in a second process):
  // the child is the server itself, so its own SIGKILL is what the test sees.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/server.ts'], {
    cwd: ROOT,
    // Only what the server needs: nothing of the test's own environment (DATABASE_URL…) leaks in.
    // Every test client is 127.0.0.1: the per-address login limit would count the test, not a person.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: '0', HOST: '127.0.0.1', CALENDAR_DIR: calendarDir, LOGIN_RATE_LIMIT_PER_MINUTE: '100000', ...env } as Record<string, string> as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stdout: string[] = []
  const stderr: string[] = []
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal }
      done(exitInfo)
    })
  })
  const lines = (into: string[]) => {
    let rest = ''
    return (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n')
      rest = parts.pop() ?? ''
      into.push(...parts)
    }
  }
  child.stderr?.on('data', lines(stderr))
  const url = await new Promise<string>((found, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL') // never leave a server behind that would keep the test run alive
      fail(new Error(`server did not start in ${START_TIMEOUT_MS / 1000} s: ${stderr.join('\n')}`))
    }, START_TIMEOUT_MS)
    const onLine = lines(stdout)
    child.stdout?.on('data', (chunk: Buffer) => {
      onLine(chunk)
      const match = stdout.map((l) => /^异地就医备案 is running at (http:\/\/[^\s]+)/.exec(l)).find(Boolean)
      if (match?.[1]) {
        clearTimeout(timer)
        found(match[1])
      }
    })
    void exited.then(({ code, signal }) => {
      clearTimeout(timer)
      fail(new Error(`server exited (${code ?? signal}) before it listened: ${stderr.join('\n')}`))
    })
  })
  return {
    url,
    child,
    stdout,
    stderr,
    exited,
    alive: () => exitInfo === null,
    async stop() {
      if (exitInfo === null) {
        child.kill('SIGTERM')
        await exited
      }
    },
  }
}

/** A PostgreSQL URL whose connections show `application_name` in pg_stat_activity. */
export function postgresUrlFor(baseUrl: string, applicationName: string, port?: number): string {
  const url = new URL(baseUrl)
  if (port !== undefined) url.port = String(port)
  url.searchParams.set('application_name', applicationName)
  return url.toString()
}

export const uniqueName = (prefix: string) => `${prefix}_${randomBytes(5).toString('hex')}`

export interface HttpAnswer {
  status: number
  headers: Headers
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One JSON request; a refused connection rejects (the caller decides what that means). */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  let body: string | undefined
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  const response = await fetch(`${base}${path}`, { method, headers, body })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null }
}

/** A new user with a saved profile (an ID number of their own: one person has one filing of a kind and place); answers their token. */
export async function httpFiler(base: string): Promise<string> {
  const login = await call(base, 'POST', '/api/sessions', { body: { code: `dev:${randomBytes(8).toString('hex')}` } })
  if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`)
  const token = login.body.token as string
  const profile = await call(base, 'PUT', '/api/me/profile', { token, body: { ...HTTP_PROFILE, idNumber: distinctIdNumber(HTTP_PROFILE.idNumber) } })
  if (profile.status !== 200) throw new Error(`profile: ${profile.status} ${JSON.stringify(profile.body)}`)
  return token
}

/** Uploads a PNG as `purpose` (optionally with an Idempotency-Key); answers the raw answer. */
export async function httpUpload(base: string, token: string, purpose: string, key?: string): Promise<HttpAnswer> {
  const form = new FormData()
  form.append('purpose', purpose)
  form.append('file', new Blob([PNG_BYTES], { type: 'image/png' }), 'photo.png')
  const response = await fetch(`${base}/api/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
    body: form,
  })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

/** A LONG_TERM_RESIDENT filing body for today (China time), with its two materials uploaded. */
export async function httpFilingBody(base: string, token: string): Promise<Record<string, unknown>> {
  const materials: string[] = []
  for (const purpose of ['ID_DOCUMENT', 'RESIDENCE_PERMIT']) {
    const answer = await httpUpload(base, token, purpose)
    if (answer.status !== 201) throw new Error(`upload: ${answer.status} ${JSON.stringify(answer.body)}`)
    materials.push(answer.body.id as string)
  }
  return {
    type: 'LONG_TERM_RESIDENT',
    subject: { self: true },
    destination: DESTINATION,
    startDate: chinaToday(new Date()),
    contacts: CONTACTS,
    materials,
  }
}

/** The server's JSON log lines, parsed (the plain start line is skipped). */
export function jsonLines(lines: readonly string[]): Array<Record<string, unknown>> {
  return lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>)
}
