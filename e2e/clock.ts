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
 */
export async function followTestClock(context: BrowserContext): Promise<void> {
  if (!process.env.TEST_CLOCK) return
  await context.clock.install({ time: testNow() })
}
