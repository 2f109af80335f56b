import { agreeToPrivacyIfAsked, attr, byId, classesOf, consoleLines, elementsOf, renderFaults, sleep, tap, textOf, waitFor, waitForText, type Sim, type SimElement } from '../harness/ui'
import { ariaOf } from './a11y'

/**
 * Every page of app.json rendered from the official templates, and the icons, marks and
 * keyboards that only the mini-program's own templates can get wrong.
 */

const iconsOf = (els: SimElement[]) => els.filter((e) => classesOf(e).includes('nut-icon'))

export function pagesSuite(sim: () => Sim) {
  describe('every page of app.json renders on the official templates', () => {
    it('app.json lists the home page and every flow page', () => {
      expect(sim().mp.routes).toHaveLength(24)
      expect(sim().mp.routes[0]).toBe('pages/index/index')
    })

    it.each([
      'pages/index/index',
      'packages/profile/pages/edit/index',
      'packages/filing/pages/start/index',
      'packages/filing/pages/form/index',
      'packages/filing/pages/materials/index',
      'packages/filing/pages/review/index',
      'packages/filing/pages/result/index',
      'packages/emergency/pages/start/index',
      'packages/emergency/pages/details/index',
      'packages/emergency/pages/materials/index',
      'packages/emergency/pages/review/index',
      'packages/emergency/pages/after-window/index',
      'packages/mine/pages/list/index',
      'packages/mine/pages/detail/index',
      'packages/mine/pages/change/index',
      'packages/common/pages/coming-soon/index',
      'packages/status/pages/lookup/index',
      'packages/family/pages/list/index',
      'packages/family/pages/add/index',
      'packages/family/pages/authorize/index',
      'packages/family/pages/accept/index',
      'packages/family/pages/proxies/index',
    ])('%s renders with no missing template and no error', async (route) => {
      expect(sim().mp.routes).toContain(route)
      const from = consoleLines.length
      const page = sim().mp.open(route)
      // Rendered text, then time for its first requests to answer and re-render.
      await waitFor(() => textOf(page).trim().length > 0, `text on ${route}`)
      await sleep(300)
      expect(renderFaults(from)).toEqual([])
      expect(elementsOf(page).length).toBeGreaterThan(1)
    })
  })

  describe('icons, marks and keyboards', () => {
    it('实名信息: the chosen 险种 radio shows its mark and a selected class; phone and ID keyboards', async () => {
      const from = consoleLines.length
      const page = sim().mp.open('packages/profile/pages/edit/index')
      await agreeToPrivacyIfAsked(sim(), 'profile-save')
      await waitForText(sim(), '险种')
      const radio = (label: string) => elementsOf(page).find((e) => classesOf(e).includes('profile__radio') && e.text.includes(label))
      radio('职工医保')!.dispatch('tap')
      const chosen = await waitFor(() => {
        const r = radio('职工医保')
        return r && classesOf(r).includes('flow__tick--on') ? r : undefined
      }, 'the chosen radio to be marked')
      expect(classesOf(radio('城乡居民医保')!)).not.toContain('flow__tick--on')
      // The mark: NutUI's CheckChecked icon, rendered as a view (WeChat has no <i> template).
      const marks = iconsOf(elementsOf(page)).filter((e) => classesOf(e).includes('nut-icon-CheckChecked'))
      expect(marks).toHaveLength(1)
      expect(marks[0].tagName).toBe('view')
      expect(String(attr(marks[0], 'style'))).toContain('mask')
      expect(chosen.text).toContain('职工医保')

      const types = Object.fromEntries(elementsOf(page).filter((e) => e.tagName === 'input').map((e) => [attr(e, 'name'), attr(e, 'type')]))
      expect(types).toEqual({ name: 'text', idNumber: 'idcard', phone: 'number' })
      expect(renderFaults(from)).toEqual([])
    })

    it('实名信息: the 参保地 popup has its close icon', async () => {
      const from = consoleLines.length
      const page = sim().mp.open('packages/profile/pages/edit/index')
      await agreeToPrivacyIfAsked(sim(), 'profile-save')
      await tap(sim(), 'region-picker-trigger')
      await waitForText(sim(), '北京市')
      const close = iconsOf(elementsOf(page)).filter((e) => classesOf(e).includes('nut-icon-Close'))
      expect(close.length).toBeGreaterThanOrEqual(1)
      expect(close[0].tagName).toBe('view')

      // Each list is a scroll-view of its own (a new node, so a new native scroll-view through
      // base.wxml's wx:key="sid"), which opens at its top: the cities never keep the provinces' offset.
      const sheet = () => byId(page, 'region-picker-sheet')
      expect(sheet()?.tagName).toBe('scroll-view')
      const provincesSid = attr(sheet(), 'data-sid')
      expect(provincesSid).toBeTruthy()
      await tap(sim(), 'region-440000')
      await waitForText(sim(), '广州市')
      expect(sheet()?.tagName).toBe('scroll-view')
      expect(attr(sheet(), 'data-sid')).not.toBe(provincesSid)
      const citiesSid = attr(sheet(), 'data-sid')
      await tap(sim(), 'region-picker-back')
      await waitFor(() => byId(page, 'region-110000'), 'the provinces again')
      expect([provincesSid, citiesSid]).not.toContain(attr(sheet(), 'data-sid'))
      expect(renderFaults(from)).toEqual([])
    })

    it('进度查询: renders every element from a template; the ID tail uses the idcard keyboard', async () => {
      const from = consoleLines.length
      const page = sim().mp.open('packages/status/pages/lookup/index')
      await waitForText(sim(), '后 6 位')
      const inputs = elementsOf(page).filter((e) => e.tagName === 'input')
      expect(inputs.map((e) => [attr(e, 'name'), attr(e, 'type')])).toContainEqual(['idTail', 'idcard'])
      expect(iconsOf(elementsOf(page)).every((e) => e.tagName === 'view')).toBe(true)
      expect(renderFaults(from)).toEqual([])
    })

    it('添加家人: the chosen relation and 险种 are marked and classed; phone and ID keyboards', async () => {
      const from = consoleLines.length
      const page = sim().mp.open('packages/family/pages/add/index')
      await agreeToPrivacyIfAsked(sim(), 'family-submit')
      await waitFor(() => elementsOf(page).some((e) => attr(e, 'id') === 'relation-PARENT'), 'the relation choices')
      await tap(sim(), 'relation-PARENT')
      await tap(sim(), 'insurance-RESIDENT')
      await waitFor(() => classesOf(elementsOf(page).find((e) => attr(e, 'id') === 'relation-PARENT')!).includes('flow__choice--selected'), 'relation selected')
      const byId = (id: string) => elementsOf(page).find((e) => attr(e, 'id') === id)!
      await waitFor(() => classesOf(byId('insurance-RESIDENT')).includes('flow__choice--selected'), '险种 selected')
      expect(classesOf(byId('insurance-EMPLOYEE'))).not.toContain('flow__choice--selected')
      // The mark is drawn by the class (flow__choice--selected::after), not written into the label
      // as well: one ✓, and a screen reader reads 父母 with role radio's 已选中.
      expect(byId('relation-PARENT').text.trim()).toBe('父母')
      expect(ariaOf(byId('relation-PARENT'))).toMatchObject({ 'aria-role': 'radio', 'aria-checked': true })
      const types = Object.fromEntries(elementsOf(page).filter((e) => e.tagName === 'input').map((e) => [attr(e, 'name'), attr(e, 'type')]))
      expect(types).toEqual({ name: 'text', idNumber: 'idcard', phone: 'number' })
      await tap(sim(), 'region-picker-trigger')
      await waitForText(sim(), '北京市')
      expect(iconsOf(elementsOf(page)).some((e) => classesOf(e).includes('nut-icon-Close') && e.tagName === 'view')).toBe(true)
      expect(renderFaults(from)).toEqual([])
    })
  })
}
