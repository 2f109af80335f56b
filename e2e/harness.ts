import { followTestClock } from './clock'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { photoFile } from './fixtures'
import { expectAccessible } from './a11y'
import { freePort } from '../tests/helpers/free-port'

/** End-to-end harness: the real server (built H5 app + API) on a temporary SQLite file, and Chromium. */

const root = path.resolve(__dirname, '..')
/**
 * npm test's second run of the suite, on a day in 2027 (scripts/test.mjs sets E2E_SECOND_RUN): it
 * takes no pictures. The first run is on today's date, its clock set too (TEST_CLOCK) so that it
 * never crosses China midnight.
 */
const SECOND_CLOCK_RUN = process.env.E2E_SECOND_RUN === '1'
/** Where shot() saves (on today's clock only: the second-clock run takes no pictures). */
export const SCREENSHOT_DIR = path.join(root, 'artifacts', 'screenshots')
/** Everything each test file's server wrote (stdout and stderr), one file per test file. */
export const SERVER_LOG_DIR = path.join(root, 'artifacts', 'server-logs')

// A full ID number (18 characters, X check digit allowed) or mainland mobile number standing
// alone: neither may appear in any log line (the masker's job; issue 10, fault 6).
const ID_RUN = /(?<![0-9０-９])[0-9０-９]{17}[0-9０-９XxＸｘ](?![0-9０-９])/
const MOBILE_RUN = /(?<![0-9０-９])[1１][3-9３-９][0-9０-９]{9}(?![0-9０-９])/

/** The lines of a server log that hold a full ID number or mobile number (should be none). */
export function unmaskedLines(log: string): string[] {
  return log.split('\n').filter((line) => ID_RUN.test(line) || MOBILE_RUN.test(line))
}

/** Browser console messages about the Content-Security-Policy: the H5 app must run under it. */
export const cspViolations: string[] = []

/** The compiled server, as production runs it (`node dist/server/server.cjs`, server/build.mjs). */
const SERVER_BUNDLE = path.join(root, 'dist', 'server', 'server.cjs')
/** The node options it runs with (server/build.mjs SERVER_NODE_FLAGS). */
const SERVER_NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(root, 'server', 'node-flags.json'), 'utf8')) as string[]

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

let bundleFresh = false
/**
 * Builds the server bundle when it is missing or older than the server's sources, the shared rules
 * or the lock file (as `npm start` does; esbuild, a few seconds), once per test file at most.
 * Throws with the build's output when the build fails.
 */
function ensureServerBundle(): void {
  if (bundleFresh) return
  const changedAt = Math.max(
    newestMtime(path.join(root, 'server', 'src')),
    newestMtime(path.join(root, 'src', 'domain')),
    fs.statSync(path.join(root, 'package-lock.json')).mtimeMs,
  )
  if (!fs.existsSync(SERVER_BUNDLE) || fs.statSync(SERVER_BUNDLE).mtimeMs <= changedAt) {
    const build = spawnSync(process.execPath, [path.join(root, 'server', 'build.mjs')], { cwd: root, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`the server bundle did not build:\n${build.stdout}${build.stderr}`)
  }
  bundleFresh = true
}

export class TestServer {
  private child: ChildProcess | null = null
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-'))
  readonly sqlitePath = path.join(this.dataDir, 'app.db')
  port = 0
  output = ''
  /** When set, the server's output is also appended to this file. */
  logFile: string | null = null

  get url() {
    return `http://127.0.0.1:${this.port}`
  }

  /** `h5: false` for a suite that drives only the staff console (dist/staff), not the H5 app. */
  async start(extraEnv: Record<string, string> = {}, options: { h5?: boolean } = {}): Promise<void> {
    if (options.h5 !== false && !fs.existsSync(path.join(root, 'dist', 'h5', 'index.html'))) {
      throw new Error('dist/h5 is missing: run `npm run build:h5` first (npm test does)')
    }
    this.port = this.port || (await freePort())
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      SQLITE_PATH: this.sqlitePath,
      SERVE_STATIC: '1',
      STATIC_DIR: path.join(root, 'dist', 'h5'),
      NODE_ENV: 'test',
      // With REDIS_URL set (CI), every e2e server counts its limits in the same Redis keys under
      // 127.0.0.1: up to four suites at once would share 30 logins and 20 lookups a minute. No e2e
      // test is about a limit (the server suite tests them, Redis up and down): they are lifted here.
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      STATUS_RATE_LIMIT_PER_MINUTE: '100000',
      STAFF_LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      ...extraEnv,
    }
    delete env.DATABASE_URL
    // The compiled server with the node options it runs with in production: what people get, and
    // ~3 s less per start than compiling the sources with tsx.
    ensureServerBundle()
    this.child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_BUNDLE], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const record = (d: Buffer) => {
      this.output += d
      if (this.logFile) fs.appendFileSync(this.logFile, d)
    }
    this.child.stdout!.on('data', record)
    this.child.stderr!.on('data', record)
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`server exited:\n${this.output}`)
      try {
        const res = await fetch(`${this.url}/api/health`)
        if (res.ok) return
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 150))
    }
    throw new Error(`server did not answer /api/health within 30 s:\n${this.output}`)
  }

  async stop(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) return
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    })
    this.child = null
  }

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  cleanup() {
    fs.rmSync(this.dataDir, { recursive: true, force: true })
  }
}

/**
 * The browser the end-to-end tests drive: `CHROMIUM_PATH` when set, else Debian's Chromium headless
 * shell (package chromium-headless-shell: the same Chromium build without the full browser's
 * windowing layer, as Playwright itself runs headless tests; a quarter less CPU on the 2-core CI
 * machine, README "Deviations"), else `/usr/bin/chromium`.
 */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  const shell = '/usr/bin/chromium-headless-shell'
  return fs.existsSync(shell) ? shell : '/usr/bin/chromium'
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // Under a moved clock (faketime in the test process) the browser keeps the real one and follows
    // the test clock through Playwright instead (followTestClock): Chromium is not run under faketime.
    env: { ...process.env, LD_PRELOAD: '', FAKETIME: '' },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/** A phone-sized browser context, in Chinese, as most of our users hold it. */
export async function phoneContext(browser: Browser, viewport = { width: 390, height: 844 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', hasTouch: true, isMobile: true })
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`)
      if (message.type() === 'error') noteOf(page, `console error: ${message.text()}`)
    })
    page.on('pageerror', (error) => noteOf(page, `page error: ${error.message}`))
    page.on('requestfailed', (request) => noteOf(page, `request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? ''})`))
    page.on('response', (response) => {
      if (response.status() >= 400) noteOf(page, `${response.status()}: ${response.request().method()} ${response.url()}`)
    })
  })
  await followTestClock(context)
  return context
}

/** What went wrong on each page (failed requests, answers ≥ 400, errors), the last 20, for a failed test's report. */
const pageNotes = new WeakMap<Page, string[]>()
function noteOf(page: Page, line: string): void {
  const notes = pageNotes.get(page) ?? []
  notes.push(`${new Date().toISOString().slice(11, 23)} ${line.slice(0, 300)}`)
  pageNotes.set(page, notes.slice(-20))
}

let shotCounter = 0
/**
 * Saves a full-page screenshot under artifacts/screenshots/<test file>/ (git-ignored), numbered
 * in the order the steps happened, then runs the accessibility pass on that page state (e2e/a11y.ts:
 * axe-core with no critical or serious violation, tap targets and 长辈模式 type sizes). On the
 * second clock it only lets the page settle. Resolves to the picture's path.
 */
export async function shot(page: Page, name: string): Promise<string> {
  const suite = path.basename(expect.getState().testPath ?? 'e2e', '.test.ts')
  const dir = path.join(SCREENSHOT_DIR, suite)
  const file = path.join(dir, `${String(++shotCounter).padStart(2, '0')}-${name}.png`)
  // Let page transitions and toasts settle, so the picture shows what a person sees.
  await page.waitForTimeout(250)
  // The staff console's messages (已通过, 密码已修改 …) close by themselves after 3 s with a fade:
  // a contrast check during the fade measured a half-way grey (#909090 on #fafafa) in one CI run.
  // They are waited out, with the pointer moved off them first (hovering one keeps it open).
  if ((await page.locator('.ant-message-notice').count()) > 0) {
    await page.mouse.move(0, 0)
    await page.waitForFunction(() => document.querySelector('.ant-message-notice') === null, undefined, { timeout: 10_000 })
  }
  // And let running CSS transitions end (a hover fading in under the pointer that just clicked):
  // axe measures colours as drawn, so a half-way colour is neither what people see nor stable.
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
    const ended = Promise.all(finite.map((a) => a.finished.catch(() => undefined)))
    return Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 3000))])
  })
  // The second-clock run checks dates, not looks: the first run already took this picture and ran
  // these checks on the same screen (the layout and contrast do not depend on the day), so here
  // they are left out (issue 16; about a tenth of that run's time). The settling waits above stay: the
  // steps after a picture may rely on them.
  if (SECOND_CLOCK_RUN) return file
  fs.mkdirSync(dir, { recursive: true })
  await screenshotWholePage(page, file)
  await expectAccessible(page, name)
  return file
}

/**
 * A picture of the whole page, not only the first screen: an H5 page scrolls inside its own
 * `.taro_page`, so Playwright's `fullPage` saw one viewport (every phone picture was 780×1688, and
 * the lower half of a long page was never looked at). The viewport is made as tall as the page for
 * the picture, then set back; the checks that follow see the phone's own viewport again.
 */
async function screenshotWholePage(page: Page, file: string): Promise<void> {
  const viewport = page.viewportSize()
  const height = await page.evaluate(() => {
    const pages = document.querySelectorAll('.taro_page')
    const current = pages[pages.length - 1] as HTMLElement | undefined
    return current ? current.scrollHeight : 0
  })
  if (!viewport || height <= viewport.height) {
    await page.screenshot({ path: file, fullPage: true })
    return
  }
  // At most 6,000 CSS px (12,000 pixels at the phone's scale): the tallest page here is ~3,700.
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 6000) })
  try {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    await page.screenshot({ path: file, fullPage: true })
  } finally {
    await page.setViewportSize(viewport)
  }
}

/**
 * Resolves once an antd Modal or Popconfirm (its element with the motion classes: the Modal's
 * role="dialog", the Popconfirm's .ant-popover) has finished zooming in; click its buttons only then.
 * While the zoom's CSS animation is still pending (its first frames) Chromium reports the button at
 * the animation's first frame (a Modal's at a fifth of its size), the same from one frame to the
 * next: Playwright takes that for stable and presses at the small button's centre; by the release
 * the zoom has moved the button away, the click goes to the modal's container and nothing happens
 * (Playwright checks where the press lands, not the release). CI once lost 确认批准并发送 so.
 * rc-motion keeps its classes (…-appear or …-enter, -prepare, -start, -active) until the zoom ends.
 */
export async function zoomedIn(popup: Locator): Promise<void> {
  const element = await popup.elementHandle()
  try {
    await popup.page().waitForFunction((el) => !/-(appear|enter)\b/.test(el.className), element)
  } finally {
    await element.dispose()
  }
}

/** The text box of a Taro/NutUI field by its name attribute: an input, or the 外地住址's growing box (AddressInput). */
export const textBox = (page: Page, name: string): Locator =>
  page.locator(`taro-input-core[name="${name}"] input, taro-textarea-core[name="${name}"] textarea`)

/** Types into a Taro/NutUI input by its name attribute. */
export async function fill(page: Page, name: string, value: string) {
  const input = textBox(page, name)
  await input.click()
  await input.fill(value)
}

export async function blur(page: Page, name: string) {
  await textBox(page, name).evaluate((el) => (el as HTMLInputElement).blur())
}

export interface Suite {
  server: TestServer
  browser: Browser
  /** A real small photo to upload as a material. */
  photo: string
}

/**
 * A test file's world: the real server (built H5 + API, on a temp SQLite file, with `env`) and
 * Chromium, started once before its tests and stopped after them.
 */
/** Where a failed test leaves its pictures of every page still open (git-ignored, like the screenshots). */
export const FAILURE_DIR = path.join(root, 'artifacts', 'failures')

/**
 * After a failed test: every page still open, as the log can tell it (its address, and the start of
 * the text a person would read on it), and a picture of each in artifacts/failures/. A step that
 * timed out then says what was on the screen instead of only what it waited for.
 */
async function describeOpenPages(browser: Browser): Promise<void> {
  const name = path.basename(expect.getState().testPath ?? 'e2e', '.test.ts')
  fs.mkdirSync(FAILURE_DIR, { recursive: true })
  let n = 0
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      n += 1
      const file = path.join(FAILURE_DIR, `${name}${SECOND_CLOCK_RUN ? '-second-clock' : ''}-${n}.png`)
      const text = await page.evaluate(() => document.body?.innerText ?? '').catch((e: Error) => `(unreadable: ${e.message})`)
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
      // What the app keeps on the phone: its drafts say whether a tap reached the store.
      const kept = await page
        .evaluate(() =>
          Object.keys(localStorage)
            .filter((k) => /draft/.test(k))
            .map((k) => `${k}: ${(localStorage.getItem(k) ?? '').slice(0, 600)}`)
            .join('\n'),
        )
        .catch(() => '')
      const notes = pageNotes.get(page) ?? []
      const report =
        `[failed test] ${expect.getState().currentTestName ?? ''}\nopen page ${n}: ${page.url()}\n${text.replace(/\s+\n/g, '\n').slice(0, 1500)}\n` +
        (notes.length ? `what went wrong on it:\n${notes.join('\n')}\n` : 'no failed request or error on it\n') +
        (kept ? `drafts kept on it:\n${kept}\n` : '') +
        `(picture: ${path.relative(root, file)})\n`
      process.stderr.write(`\n${report}`)
      // Kept beside the picture: scripts/test.mjs prints these again at the end of its output.
      fs.writeFileSync(file.replace(/\.png$/, '.txt'), report)
    }
  }
}

export function e2eSuite(env: Record<string, string> = {}, options: { h5?: boolean } = {}): Suite {
  const suite = {} as Suite
  beforeAll(async () => {
    suite.server = new TestServer()
    fs.mkdirSync(SERVER_LOG_DIR, { recursive: true })
    suite.server.logFile = path.join(SERVER_LOG_DIR, `${path.basename(expect.getState().testPath ?? 'e2e', '.test.ts')}.log`)
    fs.rmSync(suite.server.logFile, { force: true })
    await suite.server.start(env, options)
    suite.browser = await launchBrowser()
    suite.photo = photoFile()
  })
  afterEach(async () => {
    if ((globalThis as { __e2eTestFailed?: boolean }).__e2eTestFailed && suite.browser) await describeOpenPages(suite.browser)
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.stop()
    suite.server?.cleanup()
    // Every flow of the file has run: no log line may hold a full ID or mobile number, and the
    // app must have run without the browser refusing anything under the CSP.
    expect(unmaskedLines(suite.server?.output ?? '')).toEqual([])
    expect(cspViolations).toEqual([])
  })
  return suite
}
