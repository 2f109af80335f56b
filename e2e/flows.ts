import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { chooseFile, pageStill, pickYangjiang, scrolledIntoView } from './app-helpers'
import { fill, shot, type Suite } from './harness'

const run = promisify(execFile)
const root = path.resolve(__dirname, '..')

export const REVIEWER_TOKEN = 'e2e-staff-token-0001'

/** The staff tool, as staff run it (`npm run review -- …`), against the running server. */
export function staffTool(suite: Suite) {
  return async (...args: string[]): Promise<string> => {
    const { stdout } = await run(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/review.ts', ...args], {
      cwd: root,
      env: { ...process.env, API_URL: suite.server.url, REVIEWER_TOKEN },
    })
    return stdout
  }
}

/**
 * From a filled materials step to the result: 下一步, 我已阅读并承诺, a picture of the review step
 * (`${name}-review`), 提交, until the result banner shows.
 */
export async function submitFromMaterials(page: Page, name: string): Promise<void> {
  await page.locator('#materials-next').click()
  await page.locator('#submit').waitFor()
  await page.getByText('我已阅读并承诺', { exact: true }).click()
  await shot(page, `${name}-review`)
  await page.locator('#submit').click()
  await page.locator('#result-banner').waitFor()
}

/**
 * From the emergency start page to a submitted emergency filing (下一步 tried first without the
 * admission date, which it asks for), admitted today (the window is open), in 阳江; answers the
 * filing number. `place`: the answer to 在哪里住的院 ('ELSEWHERE' or a place's code), asked once the
 * day is picked when the person holds a filing that bears on it.
 */
export async function fileEmergency(page: Page, photo: string, name: string, options: { place?: string; forWhom?: string } = {}): Promise<string> {
  await page.locator('#admitted-YES').click()
  await page.locator('#criterion-ACUTE_PAIN').click()
  await page.locator('#reason-TRAVEL').click()
  await page.locator('#away-UP_TO_3_MONTHS').click()
  // The answer the page's intro promises (马上知道能不能办), with the deadline once the date is known.
  expect(await page.locator('#start-verdict').textContent()).toContain('能办急诊补办备案')
  await shot(page, `${name}-qualify`)
  // The admission date is the person's answer: 下一步 without it does not take today, it goes up
  // to the date, where a message says what to do (\`${name}-needs-date\`).
  await page.locator('#start-next').click()
  await page.locator('#error-checkAdmittedOn').waitFor()
  await page.waitForFunction(() => {
    const r = document.querySelector('#error-checkAdmittedOn')?.getBoundingClientRect()
    return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight
  })
  await shot(page, `${name}-needs-date`)
  await page.locator('#check-admitted-on-today').click()
  await pageStill(page)
  // The page brings the deadline into view (a smooth scroll): 下一步 once it has stopped.
  await scrolledIntoView(page, '#start-deadline-answer')
  if (options.place) {
    await page.locator('#question-place').waitFor()
    await shot(page, `${name}-place`)
    await page.locator(`#place-${options.place}`).click()
    await scrolledIntoView(page, '#question-place-answer')
  }
  await page.locator('#start-next').click()

  await page.locator('#deadline').waitFor()
  expect(await page.locator('#deadline-left').textContent()).toMatch(/还剩 \d+ 个工作日/)
  // Whose filing it is, under the step bar (a trial: only 请核对 at the end named the person).
  expect(await page.locator('#for-whom').textContent()).toMatch(options.forWhom ?? /^为您本人（.+）办急诊补办备案$/)
  await shot(page, `${name}-deadline`)
  await fill(page, 'hospitalName', '阳江市人民医院')
  await pickYangjiang(page)
  await fill(page, 'diagnosis', '急性阑尾炎')
  await shot(page, `${name}-details`)
  await page.locator('#details-next').click()

  // 身份证: 正面 and 反面, each in its own slot (issue 13 item 11).
  await chooseFile(page, '#pick-ID_DOCUMENT-FRONT', photo)
  await page.locator('.materials__thumb').first().waitFor()
  await chooseFile(page, '#pick-ID_DOCUMENT-BACK', photo)
  await page.locator('.materials__thumb').nth(1).waitFor()
  await page.locator('#side-ID_DOCUMENT-BACK').scrollIntoViewIfNeeded()
  await shot(page, `${name}-id-sides`)
  await chooseFile(page, '#pick-EMERGENCY_DIAGNOSIS', photo)
  await page.locator('.materials__thumb').nth(2).waitFor()
  await shot(page, `${name}-materials`)
  await submitFromMaterials(page, name)
  expect(await page.locator('#result-banner').textContent()).toContain('等待审核')
  await shot(page, `${name}-submitted`)
  return (await page.locator('#filing-number').textContent())!.trim()
}

