import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { idCheckChar } from '@/domain/validation/id-number'
import { PRIVACY_CONSENT, apiInPage, chooseFile, elderMode, newUser, pageStill, scrolledIntoView, waitForSession } from './app-helpers'
import { withSequence } from './fixtures'
import { REVIEWER_TOKEN, fileEmergency, staffTool } from './flows'
import { SCREENSHOT_DIR, e2eSuite, phoneContext, shot } from './harness'

/** Insured in 南昌 (360100: the default 5-working-day window), fell ill in 阳江. */
const ID = '36010219580808002' + idCheckChar('36010219580808002')
const PROFILE = { name: '刘淑芬', idNumber: ID, phone: '13712345678', insuredRegion: '360100', insuranceType: 'RESIDENT' }

const suite = e2eSuite({ REVIEWER_TOKEN })
const review = staffTool(suite)

describe('emergency filing within the window, reviewed by staff', () => {
  it('files an emergency case; staff approve it with the review tool; the app shows 备案成功', async () => {
    const { context, page } = await newUser(suite, PROFILE, { verified: false })
    await page.goto(suite.server.url)
    await page.locator('#entry-emergency').click()
    const number = await fileEmergency(page, suite.photo, 'approve')

    // Back home, a card says it is in review and asks nothing (a fresh trial: the home page said
    // nothing of a filing in review); it leads to the filing's details.
    await page.goto(suite.server.url)
    const card = page.locator('[id^="waiting-IN_REVIEW-"]')
    await card.waitFor()
    expect(await card.textContent()).toBe('您的急诊补办备案正在审核现在不用做什么。审核好了首页会告诉您；要补什么、改什么，也会在这里说。查看这份备案 ›')
    await shot(page, 'approve-home-in-review')

    expect(await review('list')).toContain(number)
    expect(await review('show', number)).toContain('急性阑尾炎')
    await review('approve', number)

    await card.click()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('备案成功'))
    const timeline = (await page.locator('#detail-timeline').textContent())!
    expect(timeline).toContain('审核中')
    expect(timeline).toContain('备案成功')
    await shot(page, 'approve-detail')
    await context.close()
  })

  it('staff ask for more material; the person adds it in the app; staff approve', async () => {
    // Another person (the same admission, under the first test's ID number, would be a duplicate).
    const { context, page } = await newUser(suite, { ...PROFILE, idNumber: withSequence(ID, 4) }, { verified: false })
    await page.goto(suite.server.url)
    await page.locator('#entry-emergency').click()
    const number = await fileEmergency(page, suite.photo, 'request')

    await review('request', number, '--missing', '入院记录（要有医院公章）', '--missing', '门诊病历首页', '--missing', '出院小结（盖有医院公章）')
    await page.locator('#open-mine').click()
    await page.locator('#missing-items').waitFor()
    const missing = (await page.locator('#missing-items').textContent())!
    expect(missing).toContain('入院记录（要有医院公章）')
    expect(missing).toContain('门诊病历首页')
    await shot(page, 'request-needs-materials')

    // Both documents named are needed: with one, the page says what is still missing and sends nothing.
    // Each photo is on the server (the button counts it) before 提交 is tapped: tapped while the
    // upload is still on its way, the page rightly says 请先拍照 instead.
    await chooseFile(page, '#needs-materials #pick-ADMISSION_RECORD', suite.photo)
    await page.locator('#submit-materials', { hasText: '（1 张）' }).waitFor()
    await page.locator('#submit-materials').click()
    await page.waitForFunction(() => document.querySelector('#add-materials-error')?.textContent === '还差：门诊（急诊）病历。请拍好再提交。')
    await chooseFile(page, '#needs-materials #pick-OUTPATIENT_RECORD', suite.photo)
    await page.locator('#submit-materials', { hasText: '（2 张）' }).waitFor()
    // 出院小结 is none of the filing's documents: it has a place of its own, with what it is (a trial
    // put it under 入院记录).
    expect(await page.locator('#requested-other').textContent()).toContain('第 3 条要拍照的，拍在这里')
    await chooseFile(page, '#needs-materials #pick-REQUESTED_OTHER', suite.photo)
    await page.locator('#submit-materials', { hasText: '（3 张）' }).waitFor()
    await page.locator('#requested-other input').fill('出院小结')
    await page.locator('#requested-other').scrollIntoViewIfNeeded()
    await shot(page, 'request-other-material')
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

/** Whether the whole element is on the phone's screen now (the page scrolls inside .taro_page in H5). */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect()
    return r !== undefined && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight
  }, selector)
}

/** The phone's screen as it is (not the whole page, as shot() takes), beside shot()'s pictures. */
async function screenShot(page: Page, name: string): Promise<void> {
  const dir = path.join(SCREENSHOT_DIR, 'emergency')
  fs.mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `screen-${name}.png`) })
}

describe.each([
  ['normal', false, 6],
  ['elder', true, 8],
])('the first page, %s mode, at 375×812 (a new user’s trial)', (mode, elder, sequence) => {
  it('the deadline comes into view when the date is picked; its 依据 lists 江西’s and national documents before the note; 为谁 comes first once there is family, the date kept', async () => {
    const { context, page } = await newUser(suite, { ...PROFILE, idNumber: withSequence(ID, sequence) }, { verified: false })
    await page.setViewportSize({ width: 375, height: 812 })
    await page.evaluate((on) => {
      localStorage.setItem('beian-settings', JSON.stringify({ data: JSON.stringify({ state: { elder: on }, version: 1 }) }))
    }, elder)
    await page.goto(`${suite.server.url}/packages/emergency/pages/start/index`)
    await page.locator(elder ? '.page-root--elder #check-admitted-on-day-before' : '#check-admitted-on-day-before').waitFor()
    await page.locator('#subject-self').waitFor()
    // Alone: the deadline check first, 为谁 after it.
    expect(await page.evaluate(() => {
      const check = document.getElementById('deadline-check')!
      return Boolean(check.compareDocumentPosition(document.getElementById('subject-chooser')!) & Node.DOCUMENT_POSITION_FOLLOWING)
    })).toBe(true)

    await page.locator('#check-admitted-on-day-before').click()
    await pageStill(page)
    await page.locator('#start-deadline').waitFor()
    // The rule and the last day, without scrolling by hand (长辈模式: the card was below the first screen).
    await scrolledIntoView(page, '#start-deadline-answer')
    expect(await onScreen(page, '#start-deadline-rule')).toBe(true)
    expect(await onScreen(page, '#start-deadline-date')).toBe(true)
    expect(await page.locator('#start-deadline-rule').textContent()).toContain('急诊住院要在入院后 5 个工作日内办备案')
    await screenShot(page, `${mode}-deadline-in-view`)
    await shot(page, `${mode}-deadline-picked`)

    // 南昌 has no emergency rule of its own: the national documents first, apart, then the note
    // over only the other places' documents.
    await page.locator('#basis-start-deadline').click()
    await page.locator('#basis-start-deadline-applying').waitFor()
    const applying = (await page.locator('#basis-start-deadline-applying').textContent())!
    expect(applying).toContain('全国通用的和参保地自己的文件')
    expect(applying).toContain('《中华人民共和国民法典》第二百零一条')
    expect(applying).not.toContain('柳江区')
    const list = (await page.locator('#basis-start-deadline-list').textContent())!
    const note = list.indexOf('参保地自己的规定，这里还没有收录')
    expect(note).toBeGreaterThan(list.indexOf('民法典'))
    expect(list.indexOf('柳江区异地急诊人员备案服务指南')).toBeGreaterThan(note)
    await page.locator('#basis-start-deadline-list').scrollIntoViewIfNeeded()
    await shot(page, `${mode}-deadline-basis`)

    // With a family member (her father, insured elsewhere): 为谁 is asked first, the date still there.
    const member = await apiInPage(page, 'POST', '/api/family-members', {
      name: '刘国栋', idNumber: withSequence('11010519491231002' + idCheckChar('11010519491231002'), sequence - 5), relation: 'PARENT',
      phone: '13912345678', insuredRegion: '440300', insuranceType: 'RESIDENT', ...PRIVACY_CONSENT,
    })
    expect(member.status).toBe(201)
    await page.reload()
    await page.locator('#subject-chooser .subject-chooser__locked').waitFor()
    expect(await page.evaluate(() => {
      const chooser = document.getElementById('subject-chooser')!
      return Boolean(chooser.compareDocumentPosition(document.getElementById('deadline-check')!) & Node.DOCUMENT_POSITION_FOLLOWING)
    })).toBe(true)
    expect(await page.locator('#check-admitted-on-day-before').getAttribute('class')).toContain('date-choice__quick-btn--on')
    await page.locator('#start-deadline').waitFor()
    await screenShot(page, `${mode}-with-family-first-screen`)
    await shot(page, `${mode}-with-family`)
    await context.close()
  })
})

// A fresh user's trial, checking before any 实名信息: 苏州 showed 好消息 before 住院了吗 was answered,
// under a step bar of four steps that never come; then, the 参保地 changed to 柳州, 下一步 said
// 请先回答… at the foot, with the empty 为什么在外地 a screen above.
describe('the first page, 参保地 苏州 then 柳州 (a fresh user’s trial)', () => {
  /** Picks the 参保地 in the first page's picker: [province, city]. */
  async function pickInsured(page: Page, [province, city]: [string, string]): Promise<void> {
    await page.locator('#check-region-picker-trigger').click()
    await page.locator(`#check-region-${province}`).click()
    await page.locator(`#check-region-${city}`).click()
    // The sheet and its shade fade out: a picture taken before shows the page dimmed.
    await page.locator('#check-region-picker-sheet').waitFor({ state: 'hidden' })
    await page.waitForFunction(() => document.querySelector('.nut-overlay') === null)
  }

  /** 下一步 with a question open: the page stops at that question, its heading focused. */
  async function nextGoesTo(page: Page, block: string): Promise<void> {
    await pageStill(page)
    await page.locator('#start-next').click()
    await page.locator('#start-missing').waitFor()
    await scrolledIntoView(page, `#${block}`)
    await page.waitForFunction((id) => document.activeElement?.id === id, `${block}-title`)
    expect(await onScreen(page, `#${block}-title`)).toBe(true)
  }

  it('好消息 waits for the answers and no steps show for 视同已备案; 柳州’s 为什么在外地 is where 下一步 goes (normal and 长辈模式)', async () => {
    const context = await phoneContext(suite.browser, { width: 375, height: 812 })
    const page = await context.newPage()
    await page.goto(suite.server.url)
    await waitForSession(page)
    await page.goto(`${suite.server.url}/packages/emergency/pages/start/index`)
    await page.locator('#check-admitted-on-yesterday').click()
    await pageStill(page)
    expect(await page.locator('.flow-steps').count()).toBe(1)
    await pickInsured(page, ['320000', '320500'])

    // The rule, not yet this stay's answer; and no steps, for none follow this page in 苏州.
    await page.locator('#start-deemed-pending').waitFor()
    expect(await page.locator('#start-deemed-filed').count()).toBe(0)
    expect(await page.locator('.flow-steps').count()).toBe(0)
    await screenShot(page, 'suzhou-before-answers')
    await shot(page, 'suzhou-before-answers')
    await elderMode(page, true)
    await page.locator('#start-deemed-pending').waitFor()
    expect(await page.locator('.flow-steps').count()).toBe(0)
    await screenShot(page, 'suzhou-before-answers-elder')
    await shot(page, 'suzhou-before-answers-elder')
    await elderMode(page, false)

    await page.locator('#admitted-YES').click()
    expect(await page.locator('#start-deemed-filed').count()).toBe(0)
    await page.locator('#criterion-ACUTE_PAIN').click()
    await page.locator('#start-deemed-filed').waitFor()
    expect(await page.locator('#start-deemed-filed').textContent()).toContain('急诊抢救视同已备案，不用补办')
    expect(await page.locator('#start-deemed-pending').count()).toBe(0)
    await page.locator('#away-UP_TO_3_MONTHS').click()
    await page.locator('#start-verdict').waitFor()
    expect(await page.locator('.flow-steps').count()).toBe(0)
    await shot(page, 'suzhou-answered')

    // 柳州: a filing is needed, so 为什么在外地 is asked, empty; the steps are back.
    await page.locator('#deadline-check').scrollIntoViewIfNeeded()
    await pickInsured(page, ['450000', '450200'])
    await page.locator('#question-reason').waitFor()
    expect(await page.locator('#start-deemed-filed').count()).toBe(0)
    expect(await page.locator('.flow-steps').count()).toBe(1)
    await nextGoesTo(page, 'question-reason')
    expect(await page.locator('#start-missing').textContent()).toBe('请先回答：为什么在外地')
    await screenShot(page, 'liuzhou-reason-asked')
    await shot(page, 'liuzhou-reason-asked')

    await elderMode(page, true)
    await page.locator('#question-reason').waitFor()
    await nextGoesTo(page, 'question-reason')
    await screenShot(page, 'liuzhou-reason-asked-elder')
    await shot(page, 'liuzhou-reason-asked-elder')
    await page.locator('#reason-VISIT').click()
    await page.locator('#start-missing').waitFor({ state: 'detached' })
    await elderMode(page, false)
    await context.close()
  })
})
