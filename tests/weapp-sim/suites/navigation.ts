import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { idCheckChar } from '@/domain/validation/id-number'
import { api, uploadPhoto } from '../harness/api'
import { MAX_PAGES } from '../harness/mini-program'
import { attr, byId, elementsOf, inputByName, tap, textOf, type, waitFor, type Sim } from '../harness/ui'
import { onPage } from './flows'

/**
 * The navigation cycles of issue 9, each walked twelve times against the stand-in's 10-page
 * limit: the stack never grows past 10 and every tap navigates (no refused call). Runs after the
 * flows suite, whose person has a profile and a 常驻异地工作 filing.
 */

const START = 'packages/filing/pages/start/index'
const EMERGENCY = 'packages/emergency/pages/start/index'
const DETAIL = 'packages/mine/pages/detail/index'
const FAMILY = 'packages/family/pages/list/index'

/** Walks `round` twelve times; checks the stack after each round and that nothing was refused. */
async function walk(sim: Sim, round: () => Promise<void>) {
  const from = sim.wx.navigations.length
  const depths: number[] = []
  for (let i = 0; i < 12; i++) {
    await round()
    depths.push(sim.mp.stack.length)
  }
  expect(Math.max(...depths)).toBeLessThanOrEqual(MAX_PAGES)
  expect(sim.wx.navigations.slice(from).filter((n) => !n.ok)).toEqual([])
  // Twelve rounds, each a loop: the stack is as deep after the last as after the first.
  expect(new Set(depths).size).toBe(1)
  return depths[0]
}

export function navigationSuite(sim: () => Sim) {
  describe('navigation never exceeds the page stack', () => {
    it('filing start → emergency start → 其他类型 → filing start, twelve times', async () => {
      const s = sim()
      s.mp.open('pages/index/index')
      await tap(s, 'entry-file')
      await onPage(s, START)
      await tap(s, 'answer-reason-sudden')
      await tap(s, 'answer-admitted-yes')
      await tap(s, 'answer-awayLength-upToThreeMonths')
      await tap(s, 'choose-type')
      await onPage(s, EMERGENCY)
      await tap(s, 'admitted-NO')
      await tap(s, 'go-other')
      await onPage(s, START)
      const depth = await walk(s, async () => {
        await tap(s, 'choose-type')
        await onPage(s, EMERGENCY)
        await tap(s, 'go-other')
        await onPage(s, START)
      })
      expect(depth).toBe(2)
    })

    it('我的备案 detail → 原来的备案 → 变更后的备案 → …, twelve times', async () => {
      const s = sim()
      const list = await api<{ filings: Array<{ id: string; status: string }> }>(s, 'GET', '/api/filings')
      const standing = list.body.filings.find((f) => f.status === 'APPROVED')!
      s.mp.open(DETAIL, { id: standing.id })
      await tap(s, 'detail-change')
      await onPage(s, 'packages/mine/pages/change/index')
      // Each step drawn before the next tap: 提交变更 reads what the page last drew (under a full
      // run's load, a tap 30 ms after the preset's once found the reason still empty: 还有 1 处要改).
      await type(s, 'addressAtDestination', '阳江市江城区新江北路 2 号')
      await waitFor(() => attr(inputByName(s.mp.top, 'addressAtDestination'), 'value') === '阳江市江城区新江北路 2 号', 'the typed address in its field')
      // The address is WeChat's own textarea, growing with what is typed (AddressInput).
      // (auto-height; 完成 on the keyboard closes it, an address is one line).
      const box = inputByName(s.mp.top, 'addressAtDestination')!
      expect(box.tagName).toBe('textarea')
      expect(attr(box, 'autoHeight')).toBe(true)
      expect(attr(box, 'confirmType')).toBe('done')
      expect(attr(box, 'placeholder')).toBe('点这里写住址')
      await tap(s, 'reason-preset-1')
      await waitFor(
        () => elementsOf(s.mp.top).some((n) => n.tagName === 'textarea' && attr(n, 'name') === 'reason' && String(attr(n, 'value') ?? '') !== ''),
        'the chosen reason in its field',
      )
      await tap(s, 'change-submit')
      await waitFor(() => s.mp.top.route === DETAIL && byId(s.mp.top, 'detail-changed'), () => `the changed filing; on ${s.mp.top.route}: ${textOf(s.mp.top).slice(0, 600)}`, 10_000)
      const newId = s.mp.top.query.id
      expect(newId).not.toBe(standing.id)
      const depth = await walk(s, async () => {
        await tap(s, 'detail-old')
        await waitFor(() => s.mp.top.query.id === standing.id, 'the old filing')
        await tap(s, 'detail-new')
        await waitFor(() => s.mp.top.query.id === newId && byId(s.mp.top, 'detail-old'), 'the new filing')
      })
      expect(depth).toBe(1)
    })

    it('filing start → 家人 → family list → file for → filing start, twelve times', async () => {
      const s = sim()
      // A family member authorised by a signed letter that staff approved (set up through the API).
      const memberId = '11010519491231000'
      const member = await api<{ id: string }>(s, 'POST', '/api/family-members', {
        name: '王建国', idNumber: memberId + idCheckChar(memberId), relation: 'PARENT', phone: '13800138000', insuredRegion: '360100', insuranceType: 'RESIDENT',
        privacyConsent: { version: PRIVACY_NOTICE_VERSION },
      })
      expect(member.status).toBe(201)
      const letter = await uploadPhoto(s, 'AUTHORIZATION_LETTER')
      const idPhoto = await uploadPhoto(s, 'ID_DOCUMENT')
      const auth = await api<{ authorization: { id: string } }>(s, 'POST', `/api/family-members/${member.body.id}/authorization`, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: idPhoto })
      expect(auth.status).toBe(201)
      const decided = await api(s, 'POST', `/api/review/authorizations/${auth.body.authorization.id}/decision`, { decision: 'APPROVE' }, 'weapp-sim-reviewer')
      expect(decided.status).toBe(200)

      s.mp.open('pages/index/index')
      await tap(s, 'entry-file')
      await onPage(s, START)
      const depth = await walk(s, async () => {
        await tap(s, 'manage-family')
        await onPage(s, FAMILY)
        await tap(s, `file-for-${member.body.id}`)
        await onPage(s, START)
      })
      expect(depth).toBe(2)
      expect(Object.values(s.mp.top.query)).toContain(member.body.id)
    })

    it('with 10 pages open, a tap that would navigateTo redirects instead, and 返回首页 goes back down', async () => {
      const s = sim()
      s.mp.open('pages/index/index')
      for (let i = 1; i < MAX_PAGES - 1; i++) s.mp.push('packages/common/pages/coming-soon/index', { feature: `f${i}` })
      s.mp.push('packages/mine/pages/list/index')
      expect(s.mp.stack.length).toBe(MAX_PAGES)
      const row = await waitFor(() => byIdPrefix(s, 'filing-'), 'a filing in the list')
      const from = s.wx.navigations.length
      row.dispatch('tap')
      await onPage(s, DETAIL)
      expect(s.wx.navigations.slice(from).map((n) => [n.api, n.ok])).toEqual([['redirectTo', true]])
      expect(s.mp.stack.length).toBe(MAX_PAGES)

      s.mp.pop(1)
      await onPage(s, 'packages/common/pages/coming-soon/index')
      await tap(s, 'soon-home')
      await onPage(s, 'pages/index/index')
      expect(s.mp.routeStack).toEqual(['pages/index/index'])
    })
  })
}

function byIdPrefix(sim: Sim, prefix: string) {
  return elementsOf(sim.mp.top).find((e) => String(attr(e, 'id') ?? '').startsWith(prefix))
}
