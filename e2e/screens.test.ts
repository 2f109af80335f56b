import type { BrowserContext, Page } from 'playwright-core'
import { idCheckChar } from '@/domain/validation/id-number'
import { apiInPage, chooseFile, fileTemporaryInPage, newUser, pickYangjiang, PRIVACY_CONSENT } from './app-helpers'
import { withSequence } from './fixtures'
import { fileEmergency } from './flows'
import { e2eSuite, fill, phoneContext, shot } from './harness'

/**
 * Every screen of the app, in normal mode and in 长辈模式 (issue 13: "screenshots of every screen in
 * both modes"), each one through `shot()`: a full-page picture in artifacts/screenshots/screens/,
 * axe-core (0 critical, 0 serious), tap targets ≥ 48 px (≥ 60 px in 长辈模式) and type ≥ 18 px in
 * 长辈模式. The screens are reached as a person would have them, with data behind them: a verified
 * person with a filing, an emergency filing walked through its four steps, a family member with
 * an invitation that a second person (the member) opens.
 */

const suite = e2eSuite()
const GUANGZHOU = { province: '440000', city: '440100' }

const ID_BASE = '44170219800101001'
const ID_SON = ID_BASE + idCheckChar(ID_BASE)
const PARENT_BASE = '11010519491231002'
const ID_PARENT = PARENT_BASE + idCheckChar(PARENT_BASE)

/** 长辈模式 as the home page's switch stores it (zustand persisted through Taro storage). */
async function setElder(page: Page, elder: boolean) {
  await page.evaluate((on) => {
    localStorage.setItem('beian-settings', JSON.stringify({ data: JSON.stringify({ state: { elder: on }, version: 1 }) }))
  }, elder)
}

/** Opens a page by its path and waits until its content is there (no spinner, no request running). */
async function open(page: Page, route: string) {
  await page.goto(`${suite.server.url}${route}`)
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => {
    const pages = document.querySelectorAll('.taro_page')
    const current = pages[pages.length - 1] as HTMLElement | undefined
    return Boolean(current && current.innerText.trim().length > 0)
  })
}

/**
 * 返回首页 at the foot of a list (H5 has no navigation bar to go back with): tapped, the home page
 * shows, whether it was under the list (back) or the list was opened from a link (a fresh start).
 */
async function tapHome(page: Page, id: string) {
  const home = page.locator(`#${id}`)
  expect(await home.textContent()).toBe('返回首页')
  await home.click()
  await page.locator('#entry-file').waitFor({ state: 'visible' })
  await page.waitForFunction(() => !location.pathname.includes('/packages/'))
}

describe.each([
  ['normal', false, 1],
  ['elder', true, 2],
])('every screen, %s mode', (mode, elder, n) => {
  // An odd sequence (the ID's 17th digit): the son and his father are men, so the pictures read 父亲.
  const male = 2 * n - 1
  let context: BrowserContext
  let page: Page
  const profile = { name: '王志强', idNumber: withSequence(ID_SON, male), phone: '13812345678', insuredRegion: '360100', insuranceType: 'EMPLOYEE' }

  beforeAll(async () => {
    ;({ context, page } = await newUser(suite, profile))
    await setElder(page, elder)
  })
  afterAll(async () => context.close())

  it('home, 实名信息, 实人认证, 隐私保护指引, 即将开放', async () => {
    await open(page, '/')
    await page.locator('#entry-file').waitFor()
    await shot(page, `${mode}-home`)
    await open(page, '/packages/profile/pages/edit/index')
    await shot(page, `${mode}-profile-edit`)
    await open(page, '/packages/profile/pages/verify/index')
    await shot(page, `${mode}-profile-verify`)
    await open(page, '/packages/common/pages/privacy/index')
    await shot(page, `${mode}-privacy-notice`)
    await open(page, '/packages/common/pages/coming-soon/index')
    await shot(page, `${mode}-coming-soon`)
  })

  it('我要备案: chooser, form, materials, review, result; 我的备案: list, detail, 变更', async () => {
    // The guided path, as a person walks it: each page is shown with what the previous one chose.
    await open(page, '/')
    await page.locator('#entry-file').click()
    await page.locator('#subject-self').waitFor()
    await shot(page, `${mode}-filing-start`)
    await page.locator('#answer-reason-live').click()
    await page.locator('#answer-stayLength-sixMonthsPlus').click()
    await page.locator('#chooser-result').waitFor()
    await shot(page, `${mode}-filing-chooser`)
    await page.locator('#choose-type').click()
    await pickYangjiang(page)
    await fill(page, 'addressAtDestination', '阳江市江城区东风路 8 号 3 栋 201')
    await shot(page, `${mode}-filing-form`)
    // 现在是不是已经在外地住院了 may be left unanswered, and says so and what it means (a trial).
    expect(await page.locator('#field-inHospital').textContent()).toContain('已经在外地住院了？（可以不选）')
    expect(await page.locator('#field-inHospital').textContent()).toContain('不选，就按没有住院办')
    // 没有住院 / 已经住院了: side by side normally; one a row in 长辈模式, where 已经住院了 would wrap.
    const no = (await page.locator('#in-hospital-no').boundingBox())!
    const yes = (await page.locator('#in-hospital-yes').boundingBox())!
    if (elder) expect(yes.y).toBeGreaterThanOrEqual(no.y + no.height)
    else expect(Math.abs(yes.y - no.y)).toBeLessThan(2)
    // 已经住院了 on one line: no taller than 没有住院 (same type, one line).
    const yesLabel = (await page.locator('#in-hospital-yes .flow__choice-label').boundingBox())!
    const noLabel = (await page.locator('#in-hospital-no .flow__choice-label').boundingBox())!
    expect(yesLabel.height).toBeLessThanOrEqual(noLabel.height + 1)
    await page.locator('#form-next').click()
    await page.locator('#materials-next').waitFor()
    await chooseFile(page, '#pick-ID_DOCUMENT-FRONT', suite.photo)
    await page.locator('.materials__thumb').nth(0).waitFor()
    await page.locator('#commitment-toggle-RESIDENCE_PROOF').click()
    await page.locator('#commitment').waitFor()
    await fill(page, 'commitmentName', profile.name)
    await shot(page, `${mode}-filing-materials`)
    await page.getByText('我已阅读，承诺以上内容属实', { exact: true }).click()
    await page.locator('#materials-next').click()
    await page.locator('#submit').waitFor()
    await shot(page, `${mode}-filing-review`)

    // The filing the rest of the pages show, made through the API (the review page is left unsent);
    // to 广州, so that the emergency filed in 阳江 below is not covered by it (standingCover).
    const filed = { body: await fileTemporaryInPage(page, profile.phone, GUANGZHOU) }

    await open(page, `/packages/filing/pages/result/index?id=${filed.body.id}`)
    await page.getByText(filed.body.number).first().waitFor()
    // The whole 备案回执 (600 × 960, QR code at the bottom), scaled to the width: never cut at 240 px.
    await page.locator('#receipt-image img').waitFor()
    await page.waitForFunction(() => {
      const img = document.querySelector('#receipt-image img') as HTMLImageElement | null
      const host = document.getElementById('receipt-image')
      if (!img || !host || !img.complete || img.naturalWidth === 0) return false
      const box = host.getBoundingClientRect()
      return box.height > box.width * 1.55 && img.getBoundingClientRect().height <= box.height + 1
    }, null, { timeout: 15_000 })
    await page.locator('#receipt-image').scrollIntoViewIfNeeded()
    await shot(page, `${mode}-filing-result`)
    // 我的备案 from its tile on the home page, and back there by its 返回首页.
    await open(page, '/')
    await page.locator('#entry-mine').click()
    await page.getByText(filed.body.number).first().waitFor()
    await shot(page, `${mode}-mine-list`)
    await tapHome(page, 'mine-home')
    await open(page, `/packages/mine/pages/detail/index?id=${filed.body.id}`)
    await page.getByText(filed.body.number).first().waitFor()
    await shot(page, `${mode}-mine-detail`)
    await open(page, `/packages/mine/pages/change/index?id=${filed.body.id}`)
    await shot(page, `${mode}-mine-change`)
  })

  it('在外地急诊住院了: the four steps, the result, and the page after the window', async () => {
    await open(page, '/packages/emergency/pages/start/index')
    // The person holds a filing to 广州 in force today: once the day is picked, the page asks
    // where the hospital is (在别的地方: 阳江).
    await fileEmergency(page, suite.photo, `${mode}-emergency`, { place: 'ELSEWHERE' })
    await open(page, '/packages/emergency/pages/after-window/index')
    await shot(page, `${mode}-emergency-after-window`)
  })

  it('进度查询, 家人代办: list, add, authorize, proxies; the member opens the invitation', async () => {
    await open(page, '/packages/status/pages/lookup/index')
    await shot(page, `${mode}-status-lookup`)
    await open(page, '/packages/family/pages/add/index')
    await shot(page, `${mode}-family-add`)

    const member = await apiInPage<{ id: string }>(page, 'POST', '/api/family-members', {
      name: '王建国', idNumber: withSequence(ID_PARENT, male), relation: 'PARENT', phone: '13912345678', insuredRegion: '440300', insuranceType: 'RESIDENT',
      ...PRIVACY_CONSENT,
    })
    expect(member.status).toBe(201)
    await open(page, '/packages/family/pages/list/index')
    await page.getByText('王建国').first().waitFor()
    await shot(page, `${mode}-family-list`)
    // Opened by its address (nothing under it): 返回首页 starts afresh on the home page.
    await tapHome(page, 'family-home')
    await open(page, `/packages/family/pages/authorize/index?id=${member.body.id}`)
    await shot(page, `${mode}-family-authorize`)
    const invited = await apiInPage<{ invitation: { token: string } }>(page, 'POST', `/api/family-members/${member.body.id}/authorization`, { method: 'INVITATION' })
    expect(invited.status).toBe(201)
    await open(page, `/packages/family/pages/authorize/index?id=${member.body.id}&method=DOCUMENT`)
    await shot(page, `${mode}-family-authorize-letter`)
    await open(page, '/packages/family/pages/proxies/index')
    // H5 has no WeChat to open: the child opens this site's address (a trial).
    expect(await page.locator('#proxies-how').textContent()).toContain(`在浏览器里打开 ${suite.server.url}`)
    expect(await page.locator('#proxies-empty').textContent()).not.toContain('微信里打开')
    await shot(page, `${mode}-family-proxies`)

    // The father, on his own phone, opens the link.
    const fatherContext = await phoneContext(suite.browser)
    const father = await fatherContext.newPage()
    await father.goto(suite.server.url)
    await setElder(father, elder)
    await open(father, `/packages/family/pages/accept/index?token=${invited.body.invitation.token}`)
    // A new account: 同意 waits, grey, until 实名信息 and 实人认证 are done, and says so.
    await father.locator('#accept-invitation').waitFor()
    expect(await father.locator('#accept-invitation').textContent()).toBe('先做完上面的，才能同意')
    await shot(father, `${mode}-family-accept`)
    await fatherContext.close()
  })
})
