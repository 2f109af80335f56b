import { idCheckChar } from '@/domain/validation/id-number'
import { agreeToPrivacy, apiInPage, pickYangjiang } from './app-helpers'
import { blur, e2eSuite, fill, phoneContext, shot } from './harness'

const VALID_ID = '44170219800101001' + idCheckChar('44170219800101001')
const WRONG_ID = VALID_ID.slice(0, 17) + (VALID_ID[17] === '3' ? '4' : '3')

const suite = e2eSuite()

describe('a new user fills in 实名信息', () => {
  it('sees the home page, fixes a wrong ID, saves, and finds the profile after a reload and a server restart', async () => {
    const context = await phoneContext(suite.browser)
    const page = await context.newPage()

    await page.goto(suite.server.url)
    await page.getByText('我要备案').first().waitFor()
    for (const title of ['在外地急诊住院了', '进度查询', '我的备案', '家人代办', '实名信息']) {
      await page.getByText(title).first().waitFor()
    }
    await shot(page, 'home')

    await page.locator('#entry-profile').click()
    // The separate consent comes first; nothing can be typed before it.
    await page.locator('#privacy-consent').waitFor()
    expect(await page.locator('taro-input-core[name="name"]').count()).toBe(0)
    await shot(page, 'profile-consent')
    await agreeToPrivacy(page)
    await page.locator('taro-input-core[name="name"]').waitFor()
    await shot(page, 'profile-empty')

    // 保存 with nothing filled: the first red text is brought into the upper half of the screen, and
    // how many are left is said by 保存, not in a toast over the fields (a trial: a toast in the
    // middle covered the label of the field just scrolled there).
    await page.locator('#profile-save').click()
    expect(await page.locator('#profile-errors').textContent()).toBe('还有 5 处要改，请看上面的红字。')
    await page.waitForFunction(() => {
      const top = document.querySelector('.form-field--error')?.getBoundingClientRect().top
      return top !== undefined && top >= 0 && top < window.innerHeight / 2
    })
    expect(await page.locator('.nut-toast').count()).toBe(0)
    await shot(page, 'profile-save-empty')

    await fill(page, 'name', '张建华')
    await fill(page, 'idNumber', WRONG_ID)
    await blur(page, 'idNumber')
    const idError = page.locator('#error-idNumber')
    await idError.waitFor()
    expect(await idError.textContent()).toContain('校验不通过')
    await shot(page, 'profile-wrong-id')

    await fill(page, 'idNumber', VALID_ID)
    await idError.waitFor({ state: 'detached' })
    expect(await page.locator('#field-idNumber').textContent()).toContain('出生日期 1980 年 1 月 1 日，男')

    await fill(page, 'phone', '13812345678')
    await pickYangjiang(page)
    expect(await page.locator('#region-picker-trigger').textContent()).toContain('广东省 阳江市')
    await page.getByText('城乡居民医保', { exact: true }).click()
    await shot(page, 'profile-filled')

    await page.locator('#profile-save').click()
    await page.locator('#profile-saved').waitFor()
    await shot(page, 'profile-saved')

    // The app reloads (and the server restarts): the saved profile comes back from the server.
    await suite.server.restart()
    await page.reload()
    await page.locator('#profile-saved').waitFor()
    expect(await page.locator('taro-input-core[name="name"] input').inputValue()).toBe('张建华')
    expect(await page.locator('taro-input-core[name="idNumber"] input').inputValue()).toBe(VALID_ID)
    expect(await page.locator('#region-picker-trigger').textContent()).toContain('广东省 阳江市')

    // And the server holds it, checked: the API answers the same for this browser's session.
    const me = await apiInPage<{ profile: unknown; privacyConsent: { version: string } }>(page, 'GET', '/api/me')
    expect(me.body.profile).toMatchObject({ name: '张建华', idNumber: VALID_ID, insuredRegion: '441700', insuranceType: 'RESIDENT' })
    expect(me.body.privacyConsent.version).toBe('2026-12-01')
    await context.close()
  })

  it('长辈模式: after 同意并继续 the form starts at its top, and both 险种 fit on the phone', async () => {
    const context = await phoneContext(suite.browser)
    const page = await context.newPage()
    await page.goto(suite.server.url)
    await page.locator('#elder-toggle').click()
    await page.locator('#entry-profile').click()
    await page.locator('.page-root--elder #privacy-consent').waitFor()
    await agreeToPrivacy(page)
    const name = page.locator('taro-input-core[name="name"]')
    await name.waitFor()
    await page.waitForTimeout(300)
    // 姓名, the first question, is on screen: the page did not stay where the consent button was.
    const top = await name.evaluate((el) => el.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(844)
    await shot(page, 'profile-elder-after-consent')

    // Each 险种 is whole inside the 390-px-wide phone, not cut off at the edge.
    for (const label of ['职工医保', '城乡居民医保']) {
      const box = (await page.getByText(label, { exact: true }).boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
    }
    await page.getByText('城乡居民医保', { exact: true }).click()
    await page.getByText('城乡居民医保', { exact: true }).scrollIntoViewIfNeeded()
    await shot(page, 'profile-elder-insurance')
    await context.close()
  })

  it('keeps a half-filled form when the app is closed and opened again', async () => {
    const context = await phoneContext(suite.browser)
    const page = await context.newPage()
    await page.goto(`${suite.server.url}/packages/profile/pages/edit/index`)
    await agreeToPrivacy(page)
    await fill(page, 'name', '李秀英')
    await fill(page, 'phone', '139')
    await page.close()

    const again = await context.newPage()
    await again.goto(`${suite.server.url}/packages/profile/pages/edit/index`)
    // The consent given before closing is kept with the draft (the server records it with the
    // first save): the form comes back at once, not the consent step.
    await again.locator('taro-input-core[name="name"]').waitFor()
    expect(await again.locator('#privacy-consent').count()).toBe(0)
    expect(await again.locator('taro-input-core[name="name"] input').inputValue()).toBe('李秀英')
    expect(await again.locator('taro-input-core[name="phone"] input').inputValue()).toBe('139')
    await shot(again, 'profile-draft-restored')
    await context.close()
  })
})
