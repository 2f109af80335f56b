import type { BrowserContext, Page } from 'playwright-core'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { findRegion } from '@/domain/regions'
import { chinaDay } from './clock'
import { makePng } from './fixtures'
import { phoneContext, type Suite } from './harness'

/** Calls the API from inside the page, with the app's own session token (as the app would). */
export async function apiInPage<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const raw = localStorage.getItem('beian-session')
      const token = raw ? JSON.parse(JSON.parse(raw).data).state.token : null
      const res = await fetch(path, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      })
      return { status: res.status, body: await res.json() }
    },
    { method, path, body },
  )
}

/**
 * Has the app log in silently and waits until the token is in storage, then returns to the page it
 * was on. H5 logs in at the first request that needs a session, not at launch: 我的备案 asks for
 * the filings at once.
 */
export async function waitForSession(page: Page) {
  const back = page.url()
  await page.goto(new URL('/packages/mine/pages/list/index', back).href)
  await page.waitForFunction(() => {
    const raw = localStorage.getItem('beian-session')
    return raw ? Boolean(JSON.parse(JSON.parse(raw).data).state.token) : false
  })
  await page.goto(back)
}

/** Clicks the element and answers the file chooser it opens with the given file. */
export async function chooseFile(page: Page, selector: string, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(selector).click()])
  await chooser.setFiles(file)
}

/** Consent to the 隐私保护指引 in force, as the app sends it once the person agreed. */
export const PRIVACY_CONSENT = { privacyConsent: { version: PRIVACY_NOTICE_VERSION } }

/** Ticks the consent box of the consent step and taps 同意并继续 (实名信息, 添加家人). */
export async function agreeToPrivacy(page: Page) {
  await page.locator('#privacy-consent-check').click()
  await page.locator('#privacy-consent-check[aria-checked="true"]').waitFor()
  await page.locator('#privacy-consent-agree').click()
  await page.locator('#privacy-consent').waitFor({ state: 'detached' })
}

/** 实人认证 with the dev provider (the e2e server has no WeChat), as a verified person would have. */
export async function verifyDevInPage(page: Page) {
  const verified = await apiInPage<{ verification: { status: string } }>(page, 'POST', '/api/me/verification', { provider: 'DEV', verifyResult: 'dev:pass' })
  expect(verified.status).toBe(200)
  expect(verified.body.verification.status).toBe('VERIFIED')
}

/**
 * Someone new on their own phone, with their 实名信息 saved and (unless `verified` is false)
 * 实人认证 passed, on the home page. One account may verify each ID number: give each verified
 * user their own (`withSequence`).
 */
export async function newUser(
  suite: Suite,
  profile: Record<string, string>,
  options: { verified?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(suite.browser)
  const page = await context.newPage()
  await page.goto(suite.server.url)
  await waitForSession(page)
  expect((await apiInPage(page, 'PUT', '/api/me/profile', { ...profile, ...PRIVACY_CONSENT })).status).toBe(200)
  if (options.verified !== false) await verifyDevInPage(page)
  return { context, page }
}

/** Uploads a small PNG as material `purpose` with the page's session, as the app would; answers its id. */
export async function uploadInPage(page: Page, purpose: string): Promise<string> {
  const png = makePng().toString('base64')
  const upload = await page.evaluate(
    async ({ b64, purpose }) => {
      const raw = localStorage.getItem('beian-session')
      const token = JSON.parse(JSON.parse(raw!).data).state.token
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const form = new FormData()
      form.append('purpose', purpose)
      form.append('file', new Blob([bytes], { type: 'image/png' }), 'photo.png')
      const res = await fetch('/api/uploads', { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } })
      return res.json() as Promise<{ id: string }>
    },
    { b64: png, purpose },
  )
  return upload.id
}

/**
 * An OTHER_TEMPORARY filing for the signed-in person (to 阳江, from today for a year, one ID photo),
 * through the API as the app would send it; expects 201 and answers the filing's id, number and status.
 */
export async function fileTemporaryInPage(
  page: Page,
  phone: string,
  destination: { province: string; city: string } = { province: '440000', city: '441700' },
  { startInDays = 0 }: { startInDays?: number } = {},
): Promise<{ id: string; number: string; status: string }> {
  const upload = { id: await uploadInPage(page, 'ID_DOCUMENT') }
  const filed = await apiInPage<{ id: string; number: string; status: string }>(page, 'POST', '/api/filings', {
    type: 'OTHER_TEMPORARY',
    subject: { self: true },
    destination,
    startDate: chinaDay(startInDays),
    // A year from today by the test clock: past the 6-month minimum on any day the suite runs.
    endDate: chinaDay(364),
    // An address at the 备案地 (the domain refuses one that names another city).
    contacts: { phone1: phone, addressAtDestination: `${findRegion(destination.city)?.city?.name ?? ''}人民路 8 号` },
    materials: [upload.id],
  })
  expect(filed.status).toBe(201)
  return filed.body
}

/** Opens the 就医地 picker and chooses 广东省 → 阳江市 (441700), the destination most tests file to. */
export async function pickYangjiang(page: Page) {
  await page.locator('#region-picker-trigger').click()
  await page.locator('#region-440000').click()
  await page.locator('#region-441700').click()
}

/**
 * Resolves once the page has scrolled `selector` into the upper half of the screen and stopped
 * (its top the same for 300 ms): the app scrolls smoothly (Taro.pageScrollTo, 300 ms), and a tap
 * during the scroll lands where the button was.
 */
/**
 * Waits until the page is not moving by a scroll it asked for itself (src/lib/page-scroll.ts marks
 * <html> with data-page-scrolling from the request until the scroll ends). A tap pressed while the
 * page moves and released after it has moved reaches no element (the browser clicks neither), and
 * Playwright checks only where it pressed: a step that taps right after one that scrolls waits here.
 */
export async function pageStill(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-page-scrolling'))
}

export async function scrolledIntoView(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const top = document.querySelector(sel)?.getBoundingClientRect().top
      const w = window as unknown as { settle?: { top?: number; since: number } }
      const now = performance.now()
      if (top === undefined || w.settle?.top !== top) {
        w.settle = { top, since: now }
        return false
      }
      return now - w.settle.since >= 300 && top >= 0 && top < window.innerHeight / 2
    },
    selector,
    { polling: 50 },
  )
}

/**
 * Switches 长辈模式 on or off as the settings store keeps it (localStorage, Taro's format), then
 * reloads the page; on, waits until the page draws in elder mode.
 */
export async function elderMode(page: Page, on: boolean): Promise<void> {
  await page.evaluate((elder) => {
    if (elder) localStorage.setItem('beian-settings', JSON.stringify({ data: JSON.stringify({ state: { elder: true }, version: 1 }) }))
    else localStorage.removeItem('beian-settings')
  }, on)
  await page.reload()
  if (on) await page.locator('.page-root--elder').waitFor()
}
