import type { Page } from 'playwright-core'
import { idCheckChar } from '@/domain/validation/id-number'
import { chooseFile, fileTemporaryInPage, newUser } from './app-helpers'
import { REVIEWER_TOKEN, staffTool } from './flows'
import { chinaDay } from './clock'
import { chineseDateOf } from '@/domain/calendar/day-number'
import { e2eSuite, shot } from './harness'

/**
 * 实人认证 by the staff-checked path, in H5 (no face verification there): an unverified person
 * files (it waits on the 实人认证: the home page says so and leads there), sees 先完成实人认证
 * where a filing starts, uploads the three ID photos, staff approve them with `npm run review --
 * verifications`, the person sees 已认证, the waiting filing is approved with it (the home page
 * says 您的备案已通过), and a new filing is approved at once.
 */

const ID = '36010219620412004' + idCheckChar('36010219620412004')
const PROFILE = { name: '陈玉珍', idNumber: ID, phone: '13612345678', insuredRegion: '360100', insuranceType: 'RESIDENT' }

const suite = e2eSuite({ REVIEWER_TOKEN })

/** The buttons of the page's foot (.flow__footer) are at least 12 CSS px apart, one above the other. */
async function expectFooterButtonsApart(page: Page) {
  const boxes = await page.locator('.flow__footer .nut-button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })))
  expect(boxes.length).toBeGreaterThanOrEqual(3)
  for (let i = 1; i < boxes.length; i += 1) expect(boxes[i].top - boxes[i - 1].bottom).toBeGreaterThanOrEqual(12)
}

/** An OTHER_TEMPORARY filing to 阳江 through the API, as the app would send it, starting in 2 days; answers it. */
async function fileTemporary(page: Page) {
  return fileTemporaryInPage(page, PROFILE.phone, undefined, { startInDays: 2 })
}

it('uploads the three ID photos in H5; staff approve with the review tool; 已认证, and a new filing is approved at once', async () => {
  const { context, page } = await newUser(suite, PROFILE, { verified: false })

  // Filed unverified, it waits for staff to check who filed: the home page says so, in one card, and
  // (H5: ID photos, no quicker than the review) promises nothing instant.
  const waiting = await fileTemporary(page)
  expect(waiting.status).toBe('UNDER_REVIEW')
  await page.goto(suite.server.url)
  const card = page.locator('#waiting-VERIFY-verification')
  await card.waitFor()
  // Nothing is asked of the person (the result page says 您不用再做什么, and the review checks who
  // filed): the card's link says 实人认证 is optional and what it brings (a trial read it as a task).
  expect(await card.textContent()).toBe(
    '您的其他临时外出就医人员备案在等工作人员核对身份您不用再做什么：工作人员核对好身份，备案就生效。可选：做实人认证，以后办备案不用再等核对 ›',
  )
  await shot(page, 'home-filing-waits-on-verification')
  await page.locator('#elder-toggle').click()
  await page.waitForFunction(() => document.querySelector('.page-root--elder') !== null)
  await card.scrollIntoViewIfNeeded()
  await shot(page, 'home-filing-waits-on-verification-elder')
  await page.locator('#elder-toggle').click()
  await page.waitForFunction(() => document.querySelector('.page-root--elder') === null)

  // Where a filing starts: 还没有做实人认证, with the way there; filing on is no slower.
  await page.locator('#entry-file').click()
  await page.locator('#verify-card').waitFor()
  const verifyCard = await page.locator('#verify-card').textContent()
  expect(verifyCard).toContain('可以直接接着办：提交后，工作人员核对身份（一般 1 个工作日）才生效。')
  expect(verifyCard).not.toContain('马上')
  await shot(page, 'verify-card-on-filing-start')

  // The filing's result page: in H5, 实人认证 is ID photos that staff check in about the time the
  // review takes, so review leads (the weapp's 刷脸 leads there: result.test.tsx) and the photos are
  // offered beside it, the step saying how long they take.
  await page.goto(`${suite.server.url}/packages/filing/pages/result/index?id=${waiting.id}`)
  await page.locator('#result-step-verify').waitFor()
  expect(await page.locator('#result-banner').textContent()).toContain('已提交，等待审核（一般 1 个工作日）')
  expect(await page.locator('#result-step-verify').textContent()).toContain('上传身份证照片，认证通过后，以后办备案就不用等审核')
  expect(await page.locator('#result-why-review').textContent()).toContain('您不用再做什么')
  expect(await page.locator('#result-next').textContent()).not.toContain('马上')
  expect(await page.locator('.nut-button-primary').count()).toBe(1)
  expect(await page.locator('#result-banner #result-verify').count()).toBe(0)
  expect(await page.locator('#result-verify').textContent()).toBe('去做实人认证')
  // From when it takes effect, said one way (a trial: "2026-12-03 起" beside "审核通过那天起生效").
  const validity = `审核通过那天起生效，最早从 ${chineseDateOf(chinaDay(2))}起，至少到 ${chineseDateOf(chinaDay(364))}`
  expect(await page.locator('#validity-label').textContent()).toBe('申请的有效期')
  expect(await page.locator('#validity').textContent()).toBe(validity)
  await shot(page, 'result-waits-on-verification')
  // The buttons at the foot stand apart (a trial: three touched, in one grey block).
  await expectFooterButtonsApart(page)

  // 长辈模式: the same page, its buttons apart too.
  await page.goto(suite.server.url)
  await page.locator('#elder-toggle').click()
  await page.waitForFunction(() => document.querySelector('.page-root--elder') !== null)
  await page.goto(`${suite.server.url}/packages/filing/pages/result/index?id=${waiting.id}`)
  await page.locator('#result-step-verify').waitFor()
  await page.locator('#receipt-image').waitFor()
  await expectFooterButtonsApart(page)
  await shot(page, 'result-waits-on-verification-elder')
  // 我的备案's details: the same validity, true for its state, not only the start asked for.
  await page.goto(`${suite.server.url}/packages/mine/pages/detail/index?id=${waiting.id}`)
  await page.locator('#detail-validity-period').waitFor()
  expect(await page.locator('#detail-validity-period').textContent()).toBe(validity)
  await page.locator('#detail-validity').scrollIntoViewIfNeeded()
  await shot(page, 'detail-waits-on-verification-elder')
  await page.goto(suite.server.url)
  await page.locator('#elder-toggle').click()
  await page.waitForFunction(() => document.querySelector('.page-root--elder') === null)
  await page.goto(`${suite.server.url}/packages/mine/pages/detail/index?id=${waiting.id}`)
  await page.locator('#detail-validity').scrollIntoViewIfNeeded()
  await shot(page, 'detail-waits-on-verification')

  // From the home page's card (as from the result page), 实人认证 knows where the person came from.
  await page.goto(suite.server.url)
  await card.click()

  // H5 has no face verification: only the three photo slots.
  await page.locator('#verify-status').waitFor()
  expect(await page.locator('#verify-face').count()).toBe(0)
  expect(await page.locator('#verify-send-photos').textContent()).toBe('拍好三张照片才能提交')
  for (const slot of ['ID_CARD_FRONT', 'ID_CARD_BACK', 'ID_CARD_HOLDING']) {
    await chooseFile(page, `#pick-${slot}`, suite.photo)
    await page.locator(`#slot-${slot} .id-photos__done`).waitFor()
  }
  expect(await page.locator('#verify-send-photos').textContent()).toBe('交给工作人员核对')
  await shot(page, 'verify-three-photos')
  // A reload keeps the three photos (persisted like the filing materials draft): none to upload again.
  await page.reload()
  await page.locator('#verify-status').waitFor()
  for (const slot of ['ID_CARD_FRONT', 'ID_CARD_BACK', 'ID_CARD_HOLDING']) await page.locator(`#slot-${slot} .id-photos__done`).waitFor()
  expect(await page.locator('#verify-send-photos').textContent()).toBe('交给工作人员核对')
  await shot(page, 'verify-three-photos-after-reload')
  await page.locator('#verify-send-photos').click()
  await page.waitForFunction(() => document.querySelector('#verify-status')?.textContent?.includes('等待人工核对'))
  // The way on is to the filing already made, not to a new one (接着办备案).
  expect(await page.locator('#verify-continue').textContent()).toBe('查看我的备案')
  expect(await page.locator('#verify-while-pending').textContent()).toContain('您已经提交、在等实人认证的备案就跟着办好')
  await shot(page, 'verify-pending')
  // The photos sent: nothing left for the person to do, and the card says so (the filing does not
  // vanish from the home page), leading to the progress.
  await page.goto(suite.server.url)
  await page.locator('#waiting-VERIFY-verification').waitFor()
  expect(await page.locator('#waiting-VERIFY-verification').textContent()).toBe(
    '您的其他临时外出就医人员备案在等工作人员核对身份您的实人认证照片正在核对，核对通过，这份备案就跟着办好，不用再做什么。查看实人认证进度 ›',
  )

  // Staff, with the review tool.
  const review = staffTool(suite)
  const listed = await review('verifications')
  expect(listed).toContain(PROFILE.name)
  const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(listed)![0]
  const shown = await review('verifications', 'show', id)
  expect(shown).toContain(`身份证号：${ID}`)
  expect(shown).toContain('手持身份证：')
  expect(await review('verifications', 'approve', id)).toBe(`已处理：${PROFILE.name} 的实人认证现在是 已通过\n`)

  // The person sees 已认证.
  await page.goto(`${suite.server.url}/packages/profile/pages/verify/index`)
  await page.waitForFunction(() => document.querySelector('#verify-status')?.textContent?.includes('已认证'))
  await shot(page, 'verify-verified')
  // The filing that waited on it was approved with it: the home page tells it once.
  await page.goto(suite.server.url)
  await page.locator(`#news-FILING_APPROVED-${waiting.id}`).waitFor()
  expect(await page.locator('#waiting-VERIFY-verification').count()).toBe(0)
  await shot(page, 'home-filing-approved-with-verification')
  // And a new one (to another place) is approved at once.
  expect((await fileTemporaryInPage(page, PROFILE.phone, { province: '450000', city: '450200' })).status).toBe('APPROVED')
  await context.close()
})
