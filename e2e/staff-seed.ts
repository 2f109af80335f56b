import { chinaDay } from './clock'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { makePng } from './fixtures'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import type { BrowserContext, Page } from 'playwright-core'
import type { Suite } from './harness'
import { followTestClock } from './clock'

/**
 * What the staff console e2e test starts from, made through the real API as the mini-program
 * would (development login, 实名信息, uploads, filings, a 授权委托书), and staff accounts made with
 * `npm run staff -- add` against the server's own SQLite file.
 */

const run = promisify(execFile)
const root = path.resolve(__dirname, '..')

export const STAFF_PASSWORD = 'E2e-staff-pass-2026'
/** What each account changes STAFF_PASSWORD (set by `npm run staff`, so handed over) to at its first sign-in. */
export const OWN_PASSWORD = 'Own-choice-2026-e2e'

/**
 * Right after the first sign-in with STAFF_PASSWORD the console shows 修改密码 and nothing else
 * (the server refuses the rest until then): change it to OWN_PASSWORD and wait for the console.
 */
export async function changeHandedOverPassword(page: Page, newPassword = OWN_PASSWORD): Promise<void> {
  await page.getByRole('heading', { name: '修改密码' }).waitFor()
  await page.getByLabel('原密码（刚才登录用的临时密码）').fill(STAFF_PASSWORD)
  await page.getByLabel('新密码', { exact: true }).fill(newPassword)
  await page.getByLabel('再输一次新密码').fill(newPassword)
  await page.getByRole('button', { name: '确认修改' }).click()
  await page.getByTestId('who').waitFor()
}

/** `npm run staff -- …` against the running server's database. */
export async function staffCli(suite: Suite, ...args: string[]): Promise<string> {
  const { stdout } = await run(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/staff.ts', ...args], {
    cwd: root,
    env: { ...process.env, SQLITE_PATH: suite.server.sqlitePath, DATABASE_URL: '', STAFF_PASSWORD },
  })
  return stdout
}

/** A tiny real PDF (one page, one line of text), as a scanned hospital record stands in. */
export function makePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 18 Tf 30 100 Td (Admission record) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export class Citizen {
  constructor(
    private readonly base: string,
    readonly token: string,
  ) {}

  static async login(base: string, profile: Record<string, string>): Promise<Citizen> {
    const code = `dev:staff-e2e-${Math.random().toString(36).slice(2)}`
    const session = await fetch(`${base}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })
    const { token } = (await session.json()) as { token: string }
    const citizen = new Citizen(base, token)
    await citizen.call('PUT', '/api/me/profile', { ...profile, privacyConsent: { version: PRIVACY_NOTICE_VERSION } })
    return citizen
  }

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as T
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }

  async upload(purpose: string, file: Buffer = makePng(640, 420), type = 'image/png'): Promise<string> {
    const form = new FormData()
    form.set('purpose', purpose)
    form.set('file', new Blob([new Uint8Array(file)], { type }), type === 'application/pdf' ? 'record.pdf' : 'photo.png')
    const response = await fetch(`${this.base}/api/uploads`, { method: 'POST', headers: { authorization: `Bearer ${this.token}` }, body: form })
    const json = (await response.json()) as { id: string }
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(json)}`)
    return json.id
  }
}

/** Yesterday's China date: an admission whose emergency window is still open today. */
export function chinaYesterday(): string {
  return chinaDay(-1)
}

/**
 * A reviewer's desk PC: 1440×900, Chinese, China time, and 减少动态效果 asked for, which the console
 * honours (antd's motion off), so no click lands on a popover still zooming into place.
 */
export const DESK = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' } as const

/**
 * A reviewer's desk (`DESK`) on the test clock, its page's uncaught errors pushed to `pageErrors`
 * (a console that throws would show a blank page; the test fails with the error instead).
 */
export async function staffDesk(suite: Suite, pageErrors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext(DESK)
  await followTestClock(context)
  const page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  return { context, page }
}
