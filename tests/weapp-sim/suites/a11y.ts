import fs from 'node:fs'
import path from 'node:path'
import { agreeToPrivacyIfAsked, byId, classesOf, DIST, elementsOf, tap, waitFor, waitForText, type Sim, type SimElement } from '../harness/ui'

/**
 * WeChat's screen reader (读屏) in the weapp build: the templates (base.wxml) carry WeChat's
 * `aria-*` attributes (config/weapp-aria.ts), and every element tappable() marks arrives in the
 * rendered WXML with its `aria-role`, its `aria-label` and its state, which follows the taps.
 */

/**
 * The non-empty `aria-*` attributes of a rendered element, named as in the WXML: the simulator
 * reports a template attribute under its camelCase property name (`ariaRole` for `aria-role`).
 */
export function ariaOf(el: SimElement | undefined): Record<string, unknown> {
  if (!el) throw new Error('element not rendered')
  return Object.fromEntries(
    el.attrs.filter((a) => /^aria[A-Z]/.test(a.name) && a.value !== '').map((a) => [a.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), a.value]),
  )
}

/** The `aria-*` attribute names of each opening tag `<tag …>` in base.wxml that has `marker`. */
function templateAria(wxml: string, tag: string, marker: string): string[][] {
  const tags = wxml.match(new RegExp(`<${tag} [^>]*>`, 'g')) ?? []
  return tags.filter((t) => t.includes(marker)).map((t) => [...t.matchAll(/ (aria-[a-z]+)="\{\{i\.p\d+\}\}"/g)].map((m) => m[1]))
}

export function a11ySuite(sim: () => Sim) {
  describe('WeChat 读屏: aria-role, aria-label and state in the rendered WXML', () => {
    it('base.wxml: every view template (plain, catch-move, static) binds eight aria attributes, every text template three', () => {
      const wxml = fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8')
      // The view templates that take attributes have hover-class; pure-view and click-view only
      // class and style, and Taro uses them only for views without any other attribute.
      const views = templateAria(wxml, 'view', 'hover-class')
      expect(views.length).toBeGreaterThan(10)
      const viewAttrs = ['aria-role', 'aria-label', 'aria-checked', 'aria-selected', 'aria-pressed', 'aria-disabled', 'aria-current', 'aria-live']
      expect(new Set(views.map((v) => v.join(' ')))).toEqual(new Set([viewAttrs.join(' ')]))
      const texts = templateAria(wxml, 'text', 'selectable')
      expect(texts.length).toBeGreaterThan(10)
      expect(new Set(texts.map((v) => v.join(' ')))).toEqual(new Set(['aria-role aria-label aria-live']))
    })

    it('home page: the 长辈模式 switch says its name and state, which follows the tap; every entry and the footer link is a button', async () => {
      const s = sim()
      s.mp.open('pages/index/index')
      await waitForText(s, '实名信息')
      const toggle = () => ariaOf(byId(s.mp.top, 'elder-toggle'))
      expect(toggle()).toEqual({ 'aria-role': 'switch', 'aria-label': '长辈模式', 'aria-checked': false })
      await tap(s, 'elder-toggle')
      await waitFor(() => toggle()['aria-checked'] === true, () => `aria-checked after the tap: ${JSON.stringify(toggle())}`)
      expect(toggle()).toEqual({ 'aria-role': 'switch', 'aria-label': '长辈模式', 'aria-checked': true })
      await tap(s, 'elder-toggle')
      await waitFor(() => toggle()['aria-checked'] === false, () => `aria-checked after the second tap: ${JSON.stringify(toggle())}`)

      const entries = elementsOf(s.mp.top).filter((e) => /^entry-/.test(String(e.attrs.find((a) => a.name === 'id')?.value)))
      expect(entries.map((e) => [e.attrs.find((a) => a.name === 'id')?.value, ariaOf(e)])).toEqual(
        ['file', 'emergency', 'profile', 'status', 'mine', 'family'].map((key) => [`entry-${key}`, { 'aria-role': 'button' }]),
      )
      const privacy = byId(s.mp.top, 'home-privacy')
      expect([privacy?.tagName, ariaOf(privacy)]).toEqual(['text', { 'aria-role': 'button' }])
    })

    it('急诊 start, the date choice: 今天 is pressed after the tap; the month grid has its roles, one selected day and the later days disabled', async () => {
      const s = sim()
      s.mp.open('packages/emergency/pages/start/index')
      await waitFor(() => byId(s.mp.top, 'check-admitted-on-today'), 'the 今天 button')
      await tap(s, 'check-admitted-on-today')
      await waitFor(() => ariaOf(byId(s.mp.top, 'check-admitted-on-today'))['aria-pressed'] === true, '今天 pressed')
      expect(ariaOf(byId(s.mp.top, 'check-admitted-on-yesterday'))).toEqual({ 'aria-role': 'button', 'aria-pressed': false })
      await tap(s, 'check-admitted-on-other')
      await waitFor(() => byId(s.mp.top, 'check-admitted-on-month'), 'the month grid')
      expect(ariaOf(byId(s.mp.top, 'check-admitted-on-other'))).toEqual({ 'aria-role': 'button', 'aria-label': '其他日期', 'aria-pressed': true })
      // The latest date is today: no later month to go to.
      expect(ariaOf(byId(s.mp.top, 'check-admitted-on-next'))).toEqual({ 'aria-role': 'button', 'aria-label': '下个月', 'aria-disabled': true })

      const els = elementsOf(s.mp.top)
      const withClass = (c: string) => els.filter((e) => classesOf(e).includes(c))
      const grid = withClass('date-choice__grid')
      expect(grid).toHaveLength(1)
      expect(ariaOf(grid[0])['aria-role']).toBe('grid')
      expect(String(ariaOf(grid[0])['aria-label'])).toMatch(/^住院日期：\d{4} 年 \d{1,2} 月$/)
      expect(withClass('date-choice__row').every((e) => ariaOf(e)['aria-role'] === 'row')).toBe(true)
      expect(withClass('date-choice__weekday').map((e) => ariaOf(e))).toEqual(
        ['一', '二', '三', '四', '五', '六', '日'].map((w) => ({ 'aria-role': 'columnheader', 'aria-label': `星期${w}` })),
      )
      const days = withClass('date-choice__day').filter((e) => !classesOf(e).includes('date-choice__day--empty'))
      expect(days.length).toBeGreaterThanOrEqual(28)
      for (const day of days) {
        const a = ariaOf(day)
        expect([a['aria-role'], String(a['aria-label'])]).toEqual(['gridcell', expect.stringMatching(/^\d{4} 年 \d{1,2} 月 \d{1,2} 日$/)])
        // Chosen: today (tapped above); disabled: the days after today (class --off).
        expect(a['aria-selected']).toBe(classesOf(day).includes('date-choice__day--today'))
        expect(a['aria-disabled'] ?? false).toBe(classesOf(day).includes('date-choice__day--off'))
      }
      expect(days.filter((d) => ariaOf(d)['aria-selected'] === true)).toHaveLength(1)
    })

    it('添加家人: the 险种 choice cards are radios; the tapped one is checked, the other not', async () => {
      const s = sim()
      s.mp.open('packages/family/pages/add/index')
      await agreeToPrivacyIfAsked(s, 'family-submit')
      await waitFor(() => byId(s.mp.top, 'insurance-RESIDENT'), 'the 险种 choices')
      // The form keeps its draft (an earlier suite may have chosen one): choose each in turn.
      for (const [chosen, other] of [['EMPLOYEE', 'RESIDENT'], ['RESIDENT', 'EMPLOYEE']]) {
        await tap(s, `insurance-${chosen}`)
        await waitFor(() => ariaOf(byId(s.mp.top, `insurance-${chosen}`))['aria-checked'] === true, `${chosen} checked`)
        expect(ariaOf(byId(s.mp.top, `insurance-${chosen}`))).toEqual({ 'aria-role': 'radio', 'aria-checked': true })
        expect(ariaOf(byId(s.mp.top, `insurance-${other}`))).toEqual({ 'aria-role': 'radio', 'aria-checked': false })
      }
    })

    it('实名信息: NutUI’s own radios reach the WXML too (its ariaRole and ariaChecked props)', async () => {
      const s = sim()
      s.mp.open('packages/profile/pages/edit/index')
      await agreeToPrivacyIfAsked(s, 'profile-save')
      await waitForText(s, '险种')
      const radio = (label: string) => elementsOf(s.mp.top).find((e) => classesOf(e).includes('profile__radio') && e.text.includes(label))
      radio('城乡居民医保')!.dispatch('tap')
      await waitFor(() => ariaOf(radio('城乡居民医保'))['aria-checked'] === true, 'the NutUI radio checked')
      expect(ariaOf(radio('城乡居民医保'))).toEqual({ 'aria-role': 'radio', 'aria-checked': true, 'aria-disabled': false })
      expect(ariaOf(radio('职工医保'))).toEqual({ 'aria-role': 'radio', 'aria-checked': false, 'aria-disabled': false })
    })
  })
}
