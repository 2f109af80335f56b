import type { Page } from 'playwright-core'
import { idCheckChar } from '@/domain/validation/id-number'
import { elderMode, fileTemporaryInPage, newUser } from './app-helpers'
import { e2eSuite, phoneContext, shot } from './harness'

// The home page is drawn once at its final size: nothing on it moves after it appears (a tap
// pressed before a move and released after it reaches nothing). config/h5-rem-script.ts.
const suite = e2eSuite()

/** Our 750-wide design on a 390 px wide phone: 40 × 390 / 750 px at the root (h5-rem-script.ts). */
const ROOT_390 = '20.8px'

/** Records every root font size the page sets, every layout shift, and when the last `resize` came. */
async function watchLayout(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { rootSizes: string[]; shifts: string[]; lastResize: number }
    w.rootSizes = []
    w.shifts = []
    w.lastResize = 0
    // The parser's <html> is not there yet: watch the document for it and its style.
    new MutationObserver(() => {
      const size = document.documentElement?.style.fontSize ?? ''
      if (w.rootSizes[w.rootSizes.length - 1] !== size) w.rootSizes.push(size)
    }).observe(document, { attributes: true, attributeFilter: ['style'], childList: true, subtree: true })
    addEventListener('resize', () => (w.lastResize = performance.now()))
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.shifts.push(`${Math.round(entry.startTime)} ms: ${entry.value.toFixed(3)}`)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

const rootSize = (page: Page) => page.evaluate(() => document.documentElement.style.fontSize)

describe('首页 drawn once', () => {
  it('keeps one root font size from the first paint, and nothing on the home page moves', async () => {
    const context = await phoneContext(suite.browser)
    const page = await context.newPage()
    await watchLayout(page)
    await page.goto(suite.server.url)
    await page.locator('#home-privacy').waitFor()
    // The rem script looks again 500 ms after a resize (Chromium sends one as the page starts).
    await page.waitForFunction(() => document.readyState === 'complete' && performance.now() > (window as unknown as { lastResize: number }).lastResize + 600)
    const seen = await page.evaluate(() => {
      const w = window as unknown as { rootSizes: string[]; shifts: string[] }
      return { rootSizes: w.rootSizes, shifts: w.shifts }
    })
    // Set once, by the inline script in <head>, before anything was drawn.
    expect(seen.rootSizes.filter((size) => size !== '')).toEqual([ROOT_390])
    expect(seen.shifts).toEqual([])
    await context.close()
  })

  it('a resize while the page is still short keeps the size; landscape takes the short side', async () => {
    const context = await phoneContext(suite.browser)
    const page = await context.newPage()
    await page.goto(suite.server.url)
    await page.locator('#home-privacy').waitFor()
    expect(await rootSize(page)).toBe(ROOT_390)
    // As at Chromium's first resize, before the stylesheet came: <html> 8 px tall (Taro's script
    // then fell to its 20 px floor).
    const whileShort = await page.evaluate(() => {
      const html = document.documentElement
      html.style.height = '8px'
      html.style.minHeight = '0'
      const height = html.getBoundingClientRect().height
      dispatchEvent(new Event('resize'))
      const size = html.style.fontSize
      html.style.height = ''
      html.style.minHeight = ''
      return { height, size }
    })
    expect(whileShort.height).toBeLessThan(50)
    expect(whileShort.size).toBe(ROOT_390)
    // Turned sideways (844 × 390): the short side is still 390.
    await page.setViewportSize({ width: 844, height: 390 })
    await page.waitForFunction(() => innerWidth === 844)
    await page.evaluate(() => dispatchEvent(new Event('resize')))
    expect(await rootSize(page)).toBe(ROOT_390)
    await context.close()
  })
})

// A trial: someone with a filing that waits on them opened the home page; the card came after the
// page was drawn and pushed everything below down ~230 px (280 px in 长辈模式). The second time,
// the space the cards took is held from the first paint (src/pages/index/waiting-space.tsx).
describe('首页 with a card that waits on the person', () => {
  const PERSON = { name: '黄秀英', idNumber: '36010219480506002' + idCheckChar('36010219480506002'), phone: '13612345678', insuredRegion: '360100', insuranceType: 'RESIDENT' }
  const FILINGS = (url: URL) => url.pathname === '/api/filings'

  /** Waits until the page has kept the cards' height (after the reads have all answered): answers it, in px. */
  async function keptSpace(page: Page, elder = false): Promise<number> {
    const handle = await page.waitForFunction((mode) => {
      const raw = localStorage.getItem('beian-home-waiting-space')
      const kept = raw ? (JSON.parse(JSON.parse(raw).data) as Record<string, number>)[mode] : undefined
      return kept && kept > 0 ? kept : false
    }, elder ? 'elder' : 'normal')
    return (await handle.jsonValue()) as number
  }

  /** Where the family tile and the footer link are on the screen (their top, in px). */
  const positions = (page: Page) =>
    page.evaluate(() => ['entry-family', 'home-privacy'].map((id) => document.getElementById(id)!.getBoundingClientRect().top))

  /**
   * Opens (or reloads) the home page with the list of filings answered only once the page has been
   * drawn, as on a slow mobile network (on this machine the answer would come with the first
   * frame). Answers how far the family tile and the footer link moved from the first frame drawn
   * to when the cards were in and every read had answered (the cards' height kept).
   */
  async function movedWhileReading(page: Page, open: () => Promise<unknown>, elder: boolean): Promise<number[]> {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(FILINGS, async (route) => {
      await held
      await route.continue()
    })
    await open()
    await page.locator('#home-privacy').waitFor()
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const before = await positions(page)
    release()
    await page.locator('#home-waiting .home__waiting-card').first().waitFor()
    await keptSpace(page, elder)
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    await page.unroute(FILINGS)
    const after = await positions(page)
    return after.map((y, i) => Math.abs(y - before[i]!))
  }

  it('normal and 长辈模式: never shown before, the card pushes the page down; from then on it appears in its held space and nothing moves', async () => {
    const { context, page } = await newUser(suite, PERSON, { verified: false })
    // Filed before 实人认证: the filing waits on it, and the home page has a card saying so.
    await fileTemporaryInPage(page, PERSON.phone)
    for (const elder of [false, true]) {
      await elderMode(page, elder)
      // As if the cards had never been shown on this phone (from a page of the site that is not
      // the app: the home page, still reading, could keep their height again).
      await page.goto(`${suite.server.url}/api/health`)
      await page.evaluate(() => localStorage.removeItem('beian-home-waiting-space'))
      const first = await movedWhileReading(page, () => page.goto(suite.server.url), elder)
      // Without a held space: everything below moves by the card's height (as the trial saw).
      const cards = (await page.locator('#home-waiting').boundingBox())!
      for (const moved of first) expect(moved).toBeGreaterThan(cards.height * 0.9)
      expect(await keptSpace(page, elder)).toBeCloseTo(cards.height, 1)

      const again = await movedWhileReading(page, () => page.reload(), elder)
      for (const moved of again) expect(moved).toBeLessThan(1)
      expect(await page.locator('#home-waiting-space').count()).toBe(0)
      expect((await page.locator('#home-waiting').boundingBox())!.height).toBeCloseTo(cards.height, 0)
      await shot(page, elder ? 'home-card-held-elder' : 'home-card-held')
    }
    await context.close()
  })

  it('while the cards are read, the space says so, and a screen reader hears it as a status', async () => {
    const { context, page } = await newUser(suite, { ...PERSON, idNumber: '36010219480506003' + idCheckChar('36010219480506003') }, { verified: false })
    await fileTemporaryInPage(page, PERSON.phone)
    await page.goto(suite.server.url)
    await page.locator('#home-waiting .home__waiting-card').first().waitFor()
    await keptSpace(page)
    // Hold the filings' answer back: the space stays until it comes.
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(FILINGS, async (route) => {
      await held
      await route.continue()
    })
    await page.reload()
    const space = page.locator('#home-waiting-space')
    await space.waitFor()
    expect(await space.textContent()).toBe('正在查看有没有要您办的事…')
    expect(await space.getAttribute('role')).toBe('status')
    await shot(page, 'home-card-space')
    release()
    await page.locator('#home-waiting .home__waiting-card').first().waitFor()
    expect(await space.count()).toBe(0)
    await context.close()
  })
})
