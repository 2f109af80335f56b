import type { Page } from 'playwright-core'
import { idCheckChar } from '@/domain/validation/id-number'
import { agreeToPrivacy, apiInPage, newUser } from './app-helpers'
import { e2eSuite, phoneContext, shot } from './harness'

// 隐私保护指引: reachable from the home page, readable in 长辈模式; the consent step can be refused;
// 撤回同意并删除我的信息 deletes on the server and on the phone, and the old session stops working.
const ID = '44170219800101001' + idCheckChar('44170219800101001')
const PROFILE = { name: '张建华', idNumber: ID, phone: '13812345678', insuredRegion: '441700', insuranceType: 'RESIDENT' }

const suite = e2eSuite()

const sessionToken = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('beian-session')
    return raw ? (JSON.parse(JSON.parse(raw).data).state.token as string | null) : null
  })

describe('隐私保护指引', () => {
  it('opens from the home footer and the consent step, in normal and 长辈模式; refusing leaves 进度查询', async () => {
    const context = await phoneContext(suite.browser)
    const page = await context.newPage()
    await page.goto(suite.server.url)
    await page.locator('#home-privacy').click()
    await page.locator('#privacy-version').waitFor()
    expect(await page.locator('#privacy-version').textContent()).toBe('2026 年 12 月 1 日起施行（版本 2026-12-01）')
    expect(await page.locator('#privacy-collected').textContent()).toContain('微信账号标识（openid）')
    await shot(page, 'notice')

    // 长辈模式: the same notice, larger.
    await page.goto(suite.server.url)
    await page.locator('#elder-toggle').click()
    const normalSize = await page.evaluate(() => getComputedStyle(document.querySelector('.home__lead')!).fontSize)
    await page.locator('#home-privacy').click()
    await page.locator('.page-root--elder #privacy-version').waitFor()
    const text = page.locator('#privacy-purpose .privacy__text').first()
    expect(parseFloat(await text.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThan(parseFloat(normalSize))
    await shot(page, 'notice-elder')

    // The consent step in 长辈模式, its link to the notice, and a refusal.
    await page.goto(`${suite.server.url}/packages/profile/pages/edit/index`)
    await page.locator('.page-root--elder #privacy-consent').waitFor()
    await shot(page, 'consent-elder')
    await page.locator('#privacy-consent-agree').click()
    await page.locator('#privacy-consent-nudge').waitFor()
    await page.locator('#privacy-consent-refuse').click()
    await page.locator('#privacy-consent-refused').waitFor()
    await shot(page, 'consent-refused-elder')
    await page.locator('#privacy-consent-status').click()
    await page.waitForURL(/packages\/status\/pages\/lookup/)
    await page.goto(`${suite.server.url}/packages/profile/pages/edit/index`)
    await page.locator('#privacy-consent-notice').click()
    await page.locator('#privacy-version').waitFor()

    // Nothing was sent: the server has no profile and no consent for this person.
    const me = await apiInPage<{ profile: unknown; privacyConsent: unknown }>(page, 'GET', '/api/me')
    expect(me.body).toMatchObject({ profile: null, privacyConsent: null })
    await context.close()
  })

  it('the consent step in normal mode', async () => {
    const context = await phoneContext(suite.browser)
    const page = await context.newPage()
    await page.goto(`${suite.server.url}/packages/profile/pages/edit/index`)
    await page.locator('#privacy-consent').waitFor()
    await shot(page, 'consent')
    await page.locator('#privacy-consent-check').click()
    await shot(page, 'consent-ticked')
    await context.close()
  })

  it('撤回同意并删除我的信息: a plain confirm, deleted on the server and the phone, the old session refused', async () => {
    const { context, page } = await newUser(suite, PROFILE)
    const oldToken = await sessionToken(page)
    expect(oldToken).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
    await page.goto(`${suite.server.url}/packages/common/pages/privacy/index`)
    await page.locator('#privacy-delete').click()
    await page.locator('#privacy-delete-dialog').waitFor()
    const said = await page.locator('#privacy-delete-dialog').textContent()
    expect(said).toContain('将删除：您的实名信息')
    expect(said).toContain('会保留：已经提交的备案和它们的材料')
    await shot(page, 'delete-confirm')
    await page.locator('#privacy-delete-confirm').click()
    await page.locator('#privacy-deleted').waitFor()
    await shot(page, 'deleted')

    // The old token is refused by the server; nothing personal is left in the phone's storage.
    const status = await page.evaluate(async (token) => (await fetch('/api/me', { headers: { Authorization: `Bearer ${token}` } })).status, oldToken)
    expect(status).toBe(401)
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('beian-')).sort())
    for (const key of stored) {
      const value = await page.evaluate((k) => localStorage.getItem(k) ?? '', key)
      expect(value).not.toContain(ID)
      expect(value).not.toContain(oldToken!)
    }

    // Back to 实名信息: a new, empty account asks for consent again.
    await page.locator('#privacy-home').click()
    await page.locator('#entry-profile').click()
    await page.locator('#privacy-consent').waitFor()
    await agreeToPrivacy(page)
    expect(await page.locator('taro-input-core[name="name"] input').inputValue()).toBe('')
    const me = await apiInPage<{ profile: unknown }>(page, 'GET', '/api/me')
    expect(me.body.profile).toBeNull()
    await context.close()
  })
})
