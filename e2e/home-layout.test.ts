import type { Page } from 'playwright-core'
import { e2eSuite, phoneContext } from './harness'

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
