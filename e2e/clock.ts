import type { BrowserContext } from 'playwright-core'

/**
 * The end-to-end suite's clock. Every date a test sends or expects is derived from this one
 * instant, never typed as a literal that stops being valid on some future day: the suite runs the
 * same on any day. `npm test` proves it by running the suite a second time with the clock set to
 * a day in 2027 (`faketime`, which also moves the server it starts; see scripts/test.mjs): the
 * browser follows through Playwright's clock (`followTestClock`).
 */
export function testNow(): Date {
  return new Date()
}

const DAY_MS = 86_400_000
const CHINA_OFFSET_MS = 8 * 3_600_000

/** The China date (YYYY-MM-DD) `days` after today by the test clock (negative: before). */
export function chinaDay(days = 0): string {
  return new Date(testNow().getTime() + CHINA_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * Makes a browser context's clock follow the test process's clock when the suite runs under a
 * set clock (`TEST_CLOCK`, set by scripts/test.mjs for both runs: today at 10:00 China, and a day
 * in 2027); run alone on the bare clock, nothing is touched.
 *
 * Playwright stamps each clock command with the test process's wall time and, when a page loads,
 * moves the page's clock on by the browser's wall time minus that stamp (never back). Under
 * faketime the stamp is the moved time while Chromium keeps the real one: with the moved time
 * behind the real one (today at 10:00 China, run after 10:00), every page jumped to the real time,
 * and after China midnight to the next day (a run at 00:05 China filed 入院日期 "today" as the next
 * day and was refused: 入院日期不能晚于今天). So the clock is installed that much earlier, and the
 * page's first step forward lands it on the test clock; with the moved time ahead of the real one
 * (2027) the step is negative, not taken, and nothing needs taking off.
 */
export async function followTestClock(context: BrowserContext): Promise<void> {
  if (!process.env.TEST_CLOCK) return
  const probe = await context.newPage()
  const browserNow = await probe.evaluate(() => Date.now())
  await probe.close()
  const ahead = Math.max(0, browserNow - testNow().getTime())
  await context.clock.install({ time: testNow().getTime() - ahead })
}
