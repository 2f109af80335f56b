import { idCheckChar } from '@/domain/validation/id-number'
import { agreeToPrivacy, newUser, pageStill, waitForSession } from './app-helpers'
import { e2eSuite, fill, phoneContext, shot } from './harness'

/** Issue 13, traps 1–3, in Chromium on the built H5 app, in 长辈模式. */

const ID = '36010219580808002' + idCheckChar('36010219580808002')
const PROFILE = { name: '刘淑芬', idNumber: ID, phone: '13712345678', insuredRegion: '360100', insuranceType: 'RESIDENT' }

const suite = e2eSuite()

describe('issue 13 traps', () => {
  it('trap 3 then 1: the emergency deadline from the admission day and 参保地 alone; 实名信息 saved elsewhere shows on return', async () => {
    const context = await phoneContext(suite.browser)
    const page = await context.newPage()
    await page.goto(suite.server.url)
    await waitForSession(page)
    await page.locator('#elder-toggle').click()
    await page.locator('#elder-toggle[aria-checked="true"]').waitFor()
    await page.locator('#entry-emergency').click()

    await page.locator('#deadline-check').waitFor()
    expect(await page.locator('#start-deadline').count()).toBe(0)
    await page.locator('#check-admitted-on-yesterday').click()
    await pageStill(page)
    await page.locator('#check-region-picker-trigger').click()
    await page.locator('#check-region-360000').click()
    await page.locator('#check-region-360100').click()
    await page.locator('#start-deadline').waitFor()
    expect(await page.locator('#start-deadline-left').textContent()).toMatch(/还剩 \d+ 个工作日|今天是最后一天/)
    await shot(page, 'emergency-deadline-before-profile-elder')

    await page.locator('#admitted-YES').click()
    await page.locator('#criterion-ACUTE_PAIN').click()
    await page.locator('#reason-TRAVEL').click()
    await page.locator('#away-UP_TO_3_MONTHS').click()
    expect(await page.locator('#start-next').textContent()).toContain('下一步：填实名信息')
    await page.locator('#start-next').click()
    await page.locator('#privacy-consent').waitFor()

    // At the top: these are the filer's own details; a family member's go under 家人代办.
    expect(await page.locator('#profile-intro').textContent()).toMatch(/^这里填您本人/)
    expect(await page.locator('#profile-for-family').textContent()).toContain('去家人代办，添加家人')
    await shot(page, 'profile-from-emergency-elder')

    // 实名信息 filled and saved on its page; then its button leads back into the emergency flow.
    await agreeToPrivacy(page)
    await fill(page, 'name', PROFILE.name)
    await fill(page, 'idNumber', PROFILE.idNumber)
    await fill(page, 'phone', PROFILE.phone)
    await page.locator('#region-picker-trigger').click()
    await page.locator('#region-360000').click()
    await page.locator('#region-360100').click()
    await page.getByText('城乡居民医保', { exact: true }).click()
    await page.locator('#profile-save').click()
    await page.locator('#profile-saved').waitFor()
    expect(await page.locator('#profile-back-to').textContent()).toBe('回到急诊备案，接着办')
    // The next step is brought into view, whole, not left half below the screen under 保存.
    await page.waitForFunction(() => {
      const r = document.querySelector('#profile-back-to')?.getBoundingClientRect()
      return r !== undefined && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight
    })
    await shot(page, 'profile-saved-from-emergency-elder')
    await page.locator('#profile-back-to').click()
    // The answers were given before anyone's 实名信息: whose they were is asked, even with the same
    // 参保地 (a trial: a daughter insured where her father is went on as herself). Hers.
    await page.locator('#start-whose').waitFor()
    expect(await page.locator('#start-whose-text').textContent()).toContain('下面这些是填您本人的实名信息以前答的')
    await shot(page, 'emergency-whose-after-profile-elder')
    await page.locator('#start-whose-self').click()
    await page.waitForFunction(() => document.querySelector('#start-next')?.textContent?.includes('下一步：填住院信息'))
    // The answers given before are still there, and so is the answer they led to.
    expect(await page.locator('#start-verdict').textContent()).toContain('能办急诊补办备案')
    await page.locator('#subject-self').waitFor()
    await shot(page, 'emergency-start-after-profile-elder')
    await context.close()
  })

  it('trap 2: 返回首页 on 即将开放 (opened from a link) and on 实名信息 reaches the home page', async () => {
    const { context, page } = await newUser(suite, { ...PROFILE, idNumber: ID }, { verified: false })
    await page.goto(`${suite.server.url}/packages/common/pages/coming-soon/index?feature=family`)
    await page.locator('#soon-home').waitFor()
    await shot(page, 'coming-soon')
    await page.locator('#soon-home').click()
    await page.locator('#entry-profile').waitFor({ state: 'visible' })

    await page.locator('#entry-profile').click()
    const home = page.locator('taro-button-core.profile__home')
    await home.waitFor()
    expect(await home.textContent()).toBe('返回首页')
    await shot(page, 'profile-saved')
    await home.click()
    await page.locator('#entry-profile').waitFor({ state: 'visible' })
    await page.waitForFunction(() => !/profile/.test(location.pathname))
    await context.close()
  })
})
