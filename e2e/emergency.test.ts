import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { idCheckChar } from '../src/domain/validation/id-number'
import { apiInPage, chooseFile, waitForSession } from './app-helpers'
import { photoFile } from './fixtures'
import { TestServer, fill, launchBrowser, phoneContext, shot } from './harness'

const run = promisify(execFile)
const root = path.resolve(__dirname, '..')
const REVIEWER_TOKEN = 'e2e-staff-token-0001'

/** Insured in 南昌 (360100: the default 5-working-day window), fell ill in 阳江. */
const ID = '36010219580808002' + idCheckChar('36010219580808002')
const PROFILE = { name: '刘淑芬', idNumber: ID, phone: '13712345678', insuredRegion: '360100', insuranceType: 'RESIDENT' }

let server: TestServer
let browser: Browser
let photo: string

beforeAll(async () => {
  server = new TestServer()
  await server.start({ REVIEWER_TOKEN })
  browser = await launchBrowser()
  photo = photoFile()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  server?.cleanup()
})

/** The staff tool, as staff run it: `npm run review -- …` against the running server. */
async function review(...args: string[]): Promise<string> {
  const { stdout } = await run(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/review.ts', ...args], {
    cwd: root,
    env: { ...process.env, API_URL: server.url, REVIEWER_TOKEN },
  })
  return stdout
}

async function newUser(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto(server.url)
  await waitForSession(page)
  expect((await apiInPage(page, 'PUT', '/api/me/profile', PROFILE)).status).toBe(200)
  return { context, page }
}

/** From home to a submitted emergency filing, admitted today (the window is open). */
async function fileEmergency(page: Page, name: string): Promise<string> {
  await page.goto(server.url)
  await page.locator('#entry-emergency').click()
  await page.locator('#admitted-YES').click()
  await page.locator('#criterion-ACUTE_PAIN').click()
  await page.locator('#reason-TRAVEL').click()
  await page.locator('#away-UP_TO_3_MONTHS').click()
  await shot(page, `${name}-qualify`)
  await page.locator('#start-next').click()

  await page.locator('#deadline').waitFor()
  expect(await page.locator('#deadline-left').textContent()).toMatch(/还剩 \d+ 个工作日/)
  await fill(page, 'hospitalName', '阳江市人民医院')
  await page.locator('#region-picker-trigger').click()
  await page.locator('#region-440000').click()
  await page.locator('#region-441700').click()
  await fill(page, 'diagnosis', '急性阑尾炎')
  await shot(page, `${name}-details`)
  await page.locator('#details-next').click()

  await chooseFile(page, '#pick-ID_DOCUMENT', photo)
  await page.locator('.materials__thumb').first().waitFor()
  await chooseFile(page, '#pick-EMERGENCY_DIAGNOSIS', photo)
  await page.locator('.materials__thumb').nth(1).waitFor()
  await shot(page, `${name}-materials`)
  await page.locator('#materials-next').click()

  await page.locator('#submit').waitFor()
  await page.getByText('我已阅读并承诺', { exact: true }).click()
  await shot(page, `${name}-review`)
  await page.locator('#submit').click()
  await page.locator('#result-banner').waitFor()
  expect(await page.locator('#result-banner').textContent()).toContain('等待审核')
  await shot(page, `${name}-submitted`)
  return (await page.locator('#filing-number').textContent())!.trim()
}

describe('emergency filing within the window, reviewed by staff', () => {
  it('files an emergency case; staff approve it with the review tool; the app shows 备案成功', async () => {
    const { context, page } = await newUser()
    const number = await fileEmergency(page, 'approve')

    expect(await review('list')).toContain(number)
    expect(await review('show', number)).toContain('急性阑尾炎')
    await review('approve', number)

    await page.locator('#open-mine').click()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('备案成功'))
    const timeline = (await page.locator('#detail-timeline').textContent())!
    expect(timeline).toContain('审核中')
    expect(timeline).toContain('备案成功')
    await shot(page, 'approve-detail')
    await context.close()
  })

  it('staff ask for more material; the person adds it in the app; staff approve', async () => {
    const { context, page } = await newUser()
    const number = await fileEmergency(page, 'request')

    await review('request', number, '--missing', '入院记录（要有医院公章）', '--missing', '门诊病历首页')
    await page.locator('#open-mine').click()
    await page.locator('#missing-items').waitFor()
    const missing = (await page.locator('#missing-items').textContent())!
    expect(missing).toContain('入院记录（要有医院公章）')
    expect(missing).toContain('门诊病历首页')
    await shot(page, 'request-needs-materials')

    await chooseFile(page, '#needs-materials #pick-ADMISSION_RECORD', photo)
    await page.locator('#submit-materials').click()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('审核中'))
    await shot(page, 'request-resubmitted')

    await review('approve', number)
    await page.reload()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('备案成功'))
    await shot(page, 'request-approved')
    await context.close()
  })
})
