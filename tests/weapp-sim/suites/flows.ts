import { idCheckChar } from '@/domain/validation/id-number'
import { api, uploadPhoto } from '../harness/api'
import { chinaToday } from '@/domain/time/china-date'
import { formatDayNumber, parseDayNumber } from '@/domain/calendar/day-number'
import { httpExchange } from '../harness/backend'
import { MAX_PAGES } from '../harness/mini-program'
import { ariaOf } from './a11y'
import { agreeToPrivacyIfAsked, attr, byId, classesOf, elementsOf, openidOf, tap, textOf, type, waitFor, waitForText, type Sim } from '../harness/ui'

/**
 * Each flow's main path in the simulator, against the real backend: taps, inputs, uploads through
 * wx.uploadFile, the receipt drawn on the (recording) offscreen canvas, the album permission.
 * One person, in order: her son's invitation opened before 实名信息 → 实名信息 → 长辈模式 → 实人认证
 * by face before the first filing → 我要备案 (with the 修改信息 cycle) → 进度查询 → 变更.
 */

/** A person insured in 南昌 (360100) who files to 阳江 (441700). */
const ID = '36010219550315002' + idCheckChar('36010219550315002')

export const tapOf = (sim: Sim) => (id: string) => tap(sim, id)

/** Waits until the top page is `route` (a navigation is asynchronous). */
export async function onPage(sim: Sim, route: string) {
  await waitFor(() => sim.mp.top.route === route, `page ${route} (now ${sim.mp.routeStack.join(' > ')})`)
}

/** Region picker: province, then city. */
async function pickRegion(sim: Sim, province: string, city: string) {
  await tap(sim, 'region-picker-trigger')
  await tap(sim, `region-${province}`)
  await tap(sim, `region-${city}`)
}

/** Ticks the NutUI checkbox (by its label) and waits for its selected class. */
async function tick(sim: Sim, label: string) {
  const box = () => elementsOf(sim.mp.top).find((e) => classesOf(e).includes('flow__tick') && e.text.includes(label))
  ;(await waitFor(box, `checkbox ${label}`)).dispatch('tap')
  await waitFor(() => classesOf(box()!).includes('flow__tick--on'), `checkbox ${label} ticked`)
  // The mark: NutUI's Checked icon, a view (WeChat has no <i> template).
  const mark = elementsOf(sim.mp.top).find((e) => classesOf(e).includes('nut-icon-Checked'))
  expect(mark?.tagName).toBe('view')
}

/**
 * Her son, in an account of his own (his own login code, verified by face through the fake
 * WeChat), adds her (王桂兰, ID) as his mother and invites her. Answers the invitation's token.
 */
/** The son's session and his 家人 entry for her, once sonInvites ran (the last flow files through them). */
const sonAccount = { token: '', memberId: '' }

async function sonInvites(s: Sim): Promise<string> {
  const login = await httpExchange(`${s.backend.url}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: Buffer.from(JSON.stringify({ code: 'weapp-sim-son' })),
  })
  const token = JSON.parse(login.body.toString('utf8')).token as string
  sonAccount.token = token
  const call = async <T = unknown>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await api<T>(s, method, path, body, token)
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`)
    return answer.body
  }
  const { version } = await call<{ version: string }>('GET', '/api/privacy-notice')
  const son = { name: '王建军', idNumber: '36010219800101003' + idCheckChar('36010219800101003') }
  await call('PUT', '/api/me/profile', { ...son, phone: '13812340000', insuredRegion: '440300', insuranceType: 'EMPLOYEE', privacyConsent: { version } })
  const verifyResult = s.wechat.issue({ openid: openidOf('weapp-sim-son'), ...son, finishTime: Math.floor(Date.now() / 1000) })
  await call('POST', '/api/me/verification', { provider: 'WECHAT_FACE', verifyResult })
  const member = await call<{ id: string }>('POST', '/api/family-members', {
    name: '王桂兰', idNumber: ID, relation: 'PARENT', phone: '13912345678', insuredRegion: '360100', insuranceType: 'RESIDENT', privacyConsent: { version },
  })
  sonAccount.memberId = member.id
  const authorization = await call<{ invitation: { token: string } }>('POST', `/api/family-members/${member.id}/authorization`, { method: 'INVITATION' })
  return authorization.invitation.token
}

/**
 * An emergency stay in 深圳 admitted on `admitted`, filed (by `by`, the person herself when not
 * given) and sent back by staff asking for `missingItems`. Answers the filing's id.
 */
async function sentBackInShenzhen(
  s: Sim,
  admitted: string,
  missingItems: string[],
  stay: { hospitalName: string; diagnosis: string; phone1: string; address?: string },
  by: { token: string; memberId: string } | null = null,
  asked: { reasons?: string[]; corrections?: string[] } = {},
): Promise<string> {
  const token = by?.token
  const filed = await api<{ id: string; status: string }>(s, 'POST', '/api/filings', {
    type: 'EMERGENCY',
    subject: by ? { familyMemberId: by.memberId } : { self: true },
    destination: { province: '440000', city: '440300' },
    startDate: admitted,
    contacts: { phone1: stay.phone1, addressAtDestination: stay.address ?? '深圳市福田区福华路 1 号' },
    materials: [await uploadPhoto(s, 'ID_DOCUMENT', token), await uploadPhoto(s, 'EMERGENCY_DIAGNOSIS', token)],
    emergency: { admittedOn: admitted, leftOn: null, awayReason: 'TRAVEL', hospitalName: stay.hospitalName, diagnosis: stay.diagnosis, criteria: ['ACUTE_PAIN'] },
  }, token)
  expect(filed.status).toBe(201)
  const decided = await api(s, 'POST', `/api/review/filings/${filed.body.id}/decision`, { decision: 'REQUEST_MATERIALS', missingItems, ...asked }, 'weapp-sim-reviewer')
  expect(decided.status).toBe(200)
  return filed.body.id
}

/** Refuses her emergency filings still open (审核中 or 待补充材料), so the next one for the stay is not a duplicate. */
async function settleOpenEmergencies(s: Sim): Promise<void> {
  const mine = await api<{ filings: { id: string; type: string; status: string }[] }>(s, 'GET', '/api/filings')
  for (const f of mine.body.filings.filter((x) => x.type === 'EMERGENCY' && (x.status === 'UNDER_REVIEW' || x.status === 'NEEDS_MATERIALS'))) {
    expect((await api(s, 'POST', `/api/review/filings/${f.id}/decision`, { decision: 'REJECT', reasons: ['不符合急诊条件'] }, 'weapp-sim-reviewer')).status).toBe(200)
  }
}

/** The home page opened, and its card for the filing `id` sent back: its element id and its text. */
async function homeCard(s: Sim, id: string): Promise<{ card: string; text: string }> {
  s.mp.open('pages/index/index')
  const card = `waiting-MATERIALS-${id}`
  await waitFor(() => byId(s.mp.top, card), 'the card')
  return { card, text: byId(s.mp.top, card)!.text }
}

export function flowsSuite(sim: () => Sim) {
  describe('flows driven in the simulator against the real backend', () => {
    let number = ''
    let invitation = ''

    it('an invitation opened before 实名信息: 同意 cannot be tapped yet and says why; 先去填实名信息 carries the invitation on', async () => {
      const s = sim()
      expect((await api<{ profile: unknown }>(s, 'GET', '/api/me')).body.profile).toBeNull()
      const token = await sonInvites(s)
      invitation = token
      s.mp.open('packages/family/pages/accept/index', { token })
      await waitFor(() => byId(s.mp.top, 'invitation-needs'), 'what she has to do first')
      expect(byId(s.mp.top, 'invitation-title')!.text).toContain('您的儿子 王建军')
      const agree = byId(s.mp.top, 'accept-invitation')!
      expect(agree.text.trim()).toBe('先做完上面的，才能同意')
      expect(classesOf(agree)).toContain('nut-button-disabled')
      const sent = s.wx.requests.length
      await tap(s, 'accept-invitation')
      expect(s.wx.requests.slice(sent).filter((r) => r.url.includes('/accept'))).toEqual([])
      await tap(s, 'accept-go-profile')
      await onPage(s, 'packages/profile/pages/edit/index')
      // What WeChat hands the page: the invitation goes along, so 回到邀请 finds it even if this
      // page is all that is left (the stack below it closed).
      expect(s.mp.top.query).toEqual({ for: 'invitation', token })
      s.mp.open('pages/index/index')
    })

    it('实名信息: fills in, saves to the server, 返回首页 goes back to the home page', async () => {
      const s = sim()
      s.mp.open('pages/index/index')
      await waitForText(s, '实名信息')
      await tap(s, 'entry-profile')
      await onPage(s, 'packages/profile/pages/edit/index')
      await agreeToPrivacyIfAsked(s, 'profile-save')
      await type(s, 'name', '王桂兰')
      await type(s, 'idNumber', ID)
      await type(s, 'phone', '13912345678')
      await pickRegion(s, '360000', '360100')
      elementsOf(s.mp.top).find((e) => classesOf(e).includes('profile__radio') && e.text.includes('城乡居民医保'))!.dispatch('tap')
      expect(byId(s.mp.top, 'profile-saved-line')?.text.trim()).toBe('')
      await tap(s, 'profile-save')
      await waitFor(() => byId(s.mp.top, 'profile-saved'), 'the saved notice')
      // The line by the button is a live region for WeChat's 读屏 too: it was there (empty) before
      // the save, so the words that appear in it are read out without moving the focus.
      const savedLine = byId(s.mp.top, 'profile-saved-line')
      expect([ariaOf(savedLine), savedLine?.text.trim()]).toEqual([{ 'aria-role': 'status', 'aria-live': 'polite' }, '✓ 已保存'])
      const me = await api<{ profile: { name: string; insuredRegion: string; insuranceType: string } }>(s, 'GET', '/api/me')
      expect(me.body.profile).toMatchObject({ name: '王桂兰', insuredRegion: '360100', insuranceType: 'RESIDENT' })
      await waitFor(() => elementsOf(s.mp.top).find((e) => e.tagName === 'button' && e.text.trim() === '返回首页'), '返回首页')!
      elementsOf(s.mp.top).find((e) => e.tagName === 'button' && e.text.trim() === '返回首页')!.dispatch('tap')
      await onPage(s, 'pages/index/index')
      expect(s.mp.routeStack).toEqual(['pages/index/index'])
    })

    it('长辈模式: the switch on the home page turns the larger layout on and off', async () => {
      const s = sim()
      s.mp.open('pages/index/index')
      await tap(s, 'elder-toggle')
      await waitFor(() => attr(byId(s.mp.top, 'elder-toggle'), 'aria-checked') === true || textOf(s.mp.top).includes('长辈模式：开'), 'elder mode on')
      expect(elementsOf(s.mp.top).some((e) => classesOf(e).includes('home--elder'))).toBe(true)
      await tap(s, 'elder-toggle')
      await waitFor(() => !elementsOf(s.mp.top).some((e) => classesOf(e).includes('home--elder')), 'elder mode off')
    })

    it('实人认证 before the first filing: 我要备案 sends the unverified person to face verification; a face that fails is refused, the next passes, checked with WeChat', async () => {
      const s = sim()
      expect((await api<{ verification: { status: string } }>(s, 'GET', '/api/me')).body.verification.status).toBe('UNVERIFIED')
      s.mp.open('pages/index/index')
      await tap(s, 'entry-file')
      await onPage(s, 'packages/filing/pages/start/index')
      await waitFor(() => byId(s.mp.top, 'verify-card'), 'the 先完成实人认证 card')
      expect(byId(s.mp.top, 'verify-card')!.text).toContain('先完成实人认证')
      await tap(s, 'verify-card-go')
      await onPage(s, 'packages/profile/pages/verify/index')
      await waitForText(s, '实人认证：未认证')

      // WeChat checked the face, but not as this person's (identify_ret ≠ 0): the server asks WeChat and refuses.
      const now = () => Math.floor(Date.now() / 1000)
      const issued: string[] = []
      // Her son verified by face before (his invitation, above): only the checks from here on are hers.
      const before = s.wechat.getinfoCalls.length
      s.wx.face = ({ name, idCardNumber }) => {
        const failing = issued.length === 0
        const result = s.wechat.issue({ openid: openidOf(s.wx.loginCode), name, idNumber: idCardNumber, finishTime: now(), ...(failing ? { identify_ret: 10001 } : {}) })
        issued.push(result)
        return result
      }
      try {
        await tap(s, 'verify-face')
        await waitFor(() => s.wechat.getinfoCalls.length === before + 1, 'the backend asking WeChat getinfo')
        await waitFor(() => s.wx.requests.some((r) => r.url.endsWith('/api/me/verification') && r.status === 422), 'the refusal')
        // The button takes a tap again once the page has handled the refusal (NutUI ignores taps while loading).
        await waitFor(() => !classesOf(byId(s.mp.top, 'verify-face')!).includes('nut-button-loading'), 'the face button to be ready again')
        expect(textOf(s.mp.top)).toContain('实人认证：未认证')

        await tap(s, 'verify-face')
        const verifications = () => s.wx.requests.filter((r) => r.url.endsWith('/api/me/verification')).map((r) => r.status)
        await waitFor(() => textOf(s.mp.top).includes('实人认证：已认证'), () => `实人认证：已认证 (face calls ${s.wx.calls.filter((c) => c.api === 'startFacialRecognitionVerify').length}, getinfo ${s.wechat.getinfoCalls.length - before}, answers ${verifications().join(',')})`)
      } finally {
        s.wx.face = null
      }
      // The weapp called face verification with the name and ID number of 实名信息 …
      const faceCalls = s.wx.calls.filter((c) => c.api === 'startFacialRecognitionVerify').map((c) => ({ name: c.args.name, idCardNumber: c.args.idCardNumber }))
      expect(faceCalls).toEqual([{ name: '王桂兰', idCardNumber: ID }, { name: '王桂兰', idCardNumber: ID }])
      // … and the server checked each verify_result with WeChat, never trusting the app.
      expect(s.wechat.getinfoCalls.slice(before).map((c) => c.body)).toEqual(issued.map((verify_result) => ({ verify_result })))
      expect(s.wx.requests.filter((r) => r.url.endsWith('/api/me/verification')).map((r) => r.status)).toEqual([422, 200])
      const me = await api<{ verification: { status: string; method: string } }>(s, 'GET', '/api/me')
      expect(me.body.verification).toMatchObject({ status: 'VERIFIED', method: 'WECHAT_FACE' })
    })

    it('我要备案: chooser → form → two photos via wx.uploadFile → 确认提交; 修改信息 twelve times never passes 10 pages', async () => {
      const s = sim()
      s.mp.open('pages/index/index')
      await tap(s, 'entry-file')
      await onPage(s, 'packages/filing/pages/start/index')
      await tap(s, 'answer-reason-work')
      await tap(s, 'answer-workLength-sixMonthsPlus')
      await tap(s, 'choose-type')
      await onPage(s, 'packages/filing/pages/form/index')
      await pickRegion(s, '440000', '441700')
      await type(s, 'addressAtDestination', '阳江市江城区东风路 8 号 3 栋 201')
      await tap(s, 'form-next')
      await onPage(s, 'packages/filing/pages/materials/index')
      const uploads = s.wx.requests.length
      // The ID card: two slots, 正面 and 反面 (issue 13 item 11).
      const thumbs = () => elementsOf(s.mp.top).filter((e) => classesOf(e).some((c) => c === 'materials__thumb' || c === 'id-photos__thumb')).length
      await tap(s, 'pick-ID_DOCUMENT-FRONT')
      await waitFor(() => thumbs() === 1, 'the front of the ID card')
      await tap(s, 'pick-ID_DOCUMENT-BACK')
      await waitFor(() => thumbs() === 2, 'the back of the ID card')
      await tap(s, 'pick-DISPATCH_LETTER')
      await waitFor(() => thumbs() === 3, 'the dispatch letter')
      expect(s.wx.requests.slice(uploads).filter((r) => r.url.endsWith('/api/uploads')).map((r) => r.status)).toEqual([201, 201, 201])
      await tap(s, 'materials-next')
      await onPage(s, 'packages/filing/pages/review/index')

      // 确认提交 → 修改信息 → form → materials → 确认提交, twelve times.
      const before = s.wx.navigations.length
      for (let round = 0; round < 12; round++) {
        await tap(s, 'edit-form')
        await onPage(s, 'packages/filing/pages/form/index')
        await tap(s, 'form-next')
        await onPage(s, 'packages/filing/pages/materials/index')
        await tap(s, 'materials-next')
        await onPage(s, 'packages/filing/pages/review/index')
        expect(s.mp.stack.length).toBeLessThanOrEqual(MAX_PAGES)
      }
      expect(s.wx.navigations.slice(before).filter((n) => !n.ok)).toEqual([])
      expect(s.mp.routeStack).toEqual([
        'pages/index/index',
        'packages/filing/pages/start/index',
        'packages/filing/pages/form/index',
        'packages/filing/pages/materials/index',
        'packages/filing/pages/review/index',
      ])

      await tick(s, '我已阅读并承诺')
      await tap(s, 'submit')
      await onPage(s, 'packages/filing/pages/result/index')
      await waitFor(() => byId(s.mp.top, 'receipt-image'), 'the receipt image')
      number = byId(s.mp.top, 'filing-number')!.text.trim()
      expect(number).toMatch(/^YD\d{8}[A-Z0-9]{6}$/)
      expect(textOf(s.mp.top)).toContain('备案成功')
      // Verified by face above, so the filing took effect at once.
      const filed = await api<{ filings: Array<{ number: string; status: string }> }>(s, 'GET', '/api/filings')
      expect(filed.body.filings.find((f) => f.number === number)?.status).toBe('APPROVED')
      // The receipt was drawn on the offscreen canvas: its number and title are on it.
      const drawn = s.wx.contexts.at(-1)!.texts
      expect(drawn).toEqual(expect.arrayContaining(['异地就医备案回执', number]))
    })

    it('保存回执: refused once → the sheet with an openSetting button → allowed in settings → saved', async () => {
      const s = sim()
      expect(s.mp.top.route).toBe('packages/filing/pages/result/index')
      s.wx.albumAuth = undefined
      s.wx.albumAnswer = 'deny'
      await tap(s, 'save-receipt')
      await waitFor(() => byId(s.mp.top, 'album-permission'), 'the album permission sheet')
      expect(s.wx.savedToAlbum).toEqual([])
      const button = byId(s.mp.top, 'album-open-setting')!
      expect(attr(button, 'openType')).toBe('openSetting')
      // The person turns 添加到相册 on in the settings page; WeChat reports it on the button.
      s.wx.albumAuth = true
      button.dispatch('opensetting', { authSetting: s.wx.authSetting(), errMsg: 'openSetting:ok' })
      await waitFor(() => s.wx.savedToAlbum.length === 1, 'the second save')
      expect(s.wx.savedToAlbum[0]).toMatch(/^wxfile:\/\/tmp\/receipt-\d+\.png$/)
      await waitFor(() => !byId(s.mp.top, 'album-permission'), 'the sheet to close')
    })

    it.each([
      // what the offscreen canvas gives | why
      ['empty', "the simulator's own: a 2D context with no methods"],
      ['throw', 'getContext throws'],
    ] as const)('备案结果 with a receipt that cannot be drawn (%s: %s) still shows the number', async (canvas, _why) => {
      const s = sim()
      const filingId = (await api<{ filings: Array<{ id: string; number: string }> }>(s, 'GET', '/api/filings')).body.filings.find((f) => f.number === number)!.id
      s.wx.canvas = canvas
      try {
        s.mp.open('packages/filing/pages/result/index', { id: filingId })
        await waitFor(() => byId(s.mp.top, 'receipt-failed'), 'the plain message about the receipt')
        expect(byId(s.mp.top, 'filing-number')!.text.trim()).toBe(number)
        expect(textOf(s.mp.top)).not.toContain('暂时查不到结果')
        expect(byId(s.mp.top, 'save-receipt')).toBeUndefined()
      } finally {
        s.wx.canvas = 'record'
      }
    })

    it('进度查询: the filing number and the last 6 of the ID find the filing, without login', async () => {
      const s = sim()
      s.mp.open('pages/index/index')
      await tap(s, 'entry-status')
      await onPage(s, 'packages/status/pages/lookup/index')
      await type(s, 'number', number)
      await type(s, 'idTail', ID.slice(-6))
      await tap(s, 'status-search')
      await waitFor(() => byId(s.mp.top, 'status-result'), 'the status result')
      expect(byId(s.mp.top, 'status-result')!.text).toContain('备案成功')
      const lookup = s.wx.calls.filter((c) => c.api === 'request' && String((c.args as { url: string }).url).includes('/api/status'))
      expect(lookup.length).toBeGreaterThanOrEqual(1)
    })

    // The words of a question-only send-back, where she reads them: the home card, the filing's
    // page, its answer box (a textarea, WeChat's own), the confirmation, and 办理进度.
    it('审核员只问了一个问题: the home card says 去回答问题, the filing asks for 您的回答, ✓ 回答已提交', async () => {
      const s = sim()
      const admitted = formatDayNumber(parseDayNumber(chinaToday(new Date())) - 1)
      const id = await sentBackInShenzhen(s, admitted, ['为什么到深圳就医？'], { hospitalName: '深圳市人民医院', diagnosis: '急性胆囊炎', phone1: '13912345678' })

      const { card, text } = await homeCard(s, id)
      expect(text).toContain('审核员有个问题要您回答')
      expect(text).toContain('前回答')
      expect(byId(s.mp.top, card)!.text).toContain('去回答问题')
      await tap(s, card)
      await onPage(s, 'packages/mine/pages/detail/index')
      await waitFor(() => byId(s.mp.top, 'reply-note'), 'the answer box')
      expect(byId(s.mp.top, 'detail-status')!.text).toContain('待回答审核员的问题')
      expect(byId(s.mp.top, 'reply-note-heading')!.text.trim()).toBe('您的回答')
      expect(byId(s.mp.top, 'needs-deadline')!.text).toMatch(/前回答/)
      expect(byId(s.mp.top, 'detail-timeline')!.text).toContain('请回答审核员的问题：为什么到深圳就医？')
      expect(byId(s.mp.top, 'detail-timeline')!.text).not.toContain('请补充')
      const box = await waitFor(() => elementsOf(s.mp.top).find((n) => n.tagName === 'textarea' && attr(n, 'name') === 'replyNote'), 'the textarea')
      box.dispatch('input', { value: '在深圳看孙子，突然肚子疼', cursor: 11, keyCode: 0 })
      await tap(s, 'submit-materials')
      await waitFor(() => byId(s.mp.top, 'materials-sent'), 'the confirmation')
      expect(byId(s.mp.top, 'materials-sent')!.text).toContain('✓ 回答已提交')
      await waitFor(() => byId(s.mp.top, 'detail-timeline')?.text.includes('已回答审核员的问题：在深圳看孙子，突然肚子疼'), 'the answer in 办理进度')
    })

    // A trial: the card came after the page was drawn and pushed everything down. The height
    // WeChat laid the cards out at is kept; the next time, that space is held (with a line that
    // says what is happening, a status for a screen reader) until the read answers.
    it('首页: the cards’ height is kept; next time their space is held while the filings are read, then the card takes it', async () => {
      const s = sim()
      s.wx.layout.set('home-waiting', 287.5)
      s.mp.open('pages/index/index')
      // Her answered question's filing waits for review: a card.
      const cardsText = await waitFor(() => byId(s.mp.top, 'home-waiting')?.text, 'the waiting cards')
      const kept = () => JSON.parse(String(s.wx.storage.get('beian-home-waiting-space') || '{}')) as Record<string, number>
      await waitFor(() => kept().normal === 287.5, () => `the kept height (${JSON.stringify(kept())})`)
      expect(s.wx.calls.some((c) => c.api === 'createSelectorQuery.exec')).toBe(true)

      const slow = s.wx.holdRequests((p) => p === '/api/filings')
      try {
        s.mp.open('pages/index/index')
        const space = await waitFor(() => byId(s.mp.top, 'home-waiting-space'), 'the held space')
        expect(String(attr(space, 'style'))).toBe('min-height: 287.5px;')
        expect(space.text).toContain('正在查看有没有要您办的事…')
        expect(ariaOf(space)).toEqual({ 'aria-role': 'status', 'aria-live': 'polite' })
        expect(byId(s.mp.top, 'home-waiting')).toBeUndefined()
      } finally {
        slow.release()
      }
      await waitFor(() => byId(s.mp.top, 'home-waiting')?.text === cardsText, 'the cards in their place')
      expect(byId(s.mp.top, 'home-waiting-space')).toBeUndefined()
      expect(String(attr(byId(s.mp.top, 'home-waiting'), 'style') ?? '')).not.toContain('min-height')
    })

    // Staff ask her to correct the phone she gave; she leaves it as it was: the page says so once,
    // in the reviewer's words, before anything is sent, and the second 提交 sends it as it is.
    it('改正联系电话: 进度查询 says by when; left as filed, said once with the reviewer’s words (read out: alert), the second 提交 sends it', async () => {
      const s = sim()
      // Her filings for this stay so far are settled first, so this one is not a duplicate.
      await settleOpenEmergencies(s)
      const id = await sentBackInShenzhen(s, chinaToday(new Date()), [], { hospitalName: '深圳市人民医院', diagnosis: '肺炎', phone1: '13912345678' }, null, {
        reasons: ['联系电话打不通，请核对'],
        corrections: ['phone1'],
      })
      // 进度查询 by number (a family member's way in): what is asked, and by when, as her page says it.
      const own = await api<{ number: string; emergency: { deadline: string } }>(s, 'GET', `/api/filings/${id}`)
      s.mp.open('packages/status/pages/lookup/index', { number: own.body.number })
      await type(s, 'idTail', ID.slice(-6))
      await tap(s, 'status-search')
      await waitFor(() => byId(s.mp.top, 'status-asked-by'), 'by when, in the lookup')
      const [y, m, d] = own.body.emergency.deadline.split('-').map(Number)
      // A phone to correct, nothing to photograph: 改好 (a trial).
      expect(byId(s.mp.top, 'status-asked-by')!.text.trim()).toBe(`请在 ${y} 年 ${m} 月 ${d} 日 24:00 前改好`)
      expect(byId(s.mp.top, 'status-missing')!.text).toContain('改正联系电话')

      s.mp.open('packages/mine/pages/detail/index', { id })
      await waitFor(() => byId(s.mp.top, 'corrections'), 'the field to correct')
      expect(byId(s.mp.top, 'needs-deadline')!.text.trim()).toBe(`请在 ${y} 年 ${m} 月 ${d} 日 24:00 前改好`)
      expect(byId(s.mp.top, 'detail-status')!.text).toContain('待改正填写的内容')
      const posts = () => s.wx.requests.filter((r) => r.method === 'POST' && r.url.includes(`/api/filings/${id}/materials`)).length
      await tap(s, 'submit-materials')
      await waitFor(() => byId(s.mp.top, 'corrections-unchanged'), 'what was left as filed')
      expect(byId(s.mp.top, 'corrections-unchanged')!.text.trim()).toBe(
        '您还没有改联系电话，框里还是备案时填的。工作人员说：联系电话打不通，请核对。请改好再点“提交改正的内容”；如果您核对过，确实不用改，再点一次“提交改正的内容”。',
      )
      expect(ariaOf(byId(s.mp.top, 'corrections-unchanged'))).toMatchObject({ 'aria-role': 'alert', 'aria-live': 'assertive' })
      expect(posts()).toBe(0)
      await tap(s, 'submit-materials')
      await waitFor(() => byId(s.mp.top, 'materials-sent'), 'the confirmation')
      expect(posts()).toBe(1)
      expect(byId(s.mp.top, 'materials-sent')!.text).toContain('✓ 改正的内容已提交')
      // Her 办理进度 says she checked it and kept it, not 已补充材料 (a trial).
      await waitFor(() => byId(s.mp.top, 'detail-timeline')?.text.includes('已核对填写的内容，没有改动'), 'the kept phone in 办理进度')
      expect(byId(s.mp.top, 'detail-timeline')!.text).not.toContain('已补充材料')
    })

    // The emergency form asks no 外地住址; staff who need it ask her to 填写 it: the home card, its
    // button, the filing's badge and deadline say 填写, not 改正 (a trial: 去改正 led to 填好下面的内容).
    it('填写外地住址 the emergency filing never had: the home card says 去填写, the filing 待填写缺少的内容 and 前填好', async () => {
      const s = sim()
      await settleOpenEmergencies(s)
      const id = await sentBackInShenzhen(s, chinaToday(new Date()), [], { hospitalName: '深圳市人民医院', diagnosis: '急性胆囊炎', phone1: '13912345678', address: '' }, null, {
        reasons: ['请写到门牌号'],
        corrections: ['addressAtDestination'],
      })
      const { card, text } = await homeCard(s, id)
      for (const words of ['要填写缺少的内容', '1 项要填写的内容（外地住址）', '去填写', '前填好']) expect(text).toContain(words)
      expect(text).not.toContain('改')
      await tap(s, card)
      await onPage(s, 'packages/mine/pages/detail/index')
      await waitFor(() => byId(s.mp.top, 'corrections'), 'the field to fill')
      expect(byId(s.mp.top, 'detail-status')!.text).toContain('待填写缺少的内容')
      expect(byId(s.mp.top, 'needs-deadline')!.text.trim()).toMatch(/^请在 .* 24:00 前填好$/)
      expect(byId(s.mp.top, 'submit-materials')!.text).toContain('提交填写的内容')
      // Settled, so the flows after this one find no open emergency filing of hers.
      expect((await api(s, 'POST', `/api/review/filings/${id}/decision`, { decision: 'REJECT', reasons: ['不符合急诊条件'] }, 'weapp-sim-reviewer')).status).toBe(200)
    })

    // Her son files for her once she agreed; staff ask for her 入院记录 and his own ID at once. One
    // answer must hold both, so her phone hands hers to him: the home card names him, the page
    // says what to give him, with no photo button and no 提交 (a review: her own send was refused).
    it('家人代办, asked for her document beside her son’s ID: her page says to hand it to 王建军, no button, no 提交', async () => {
      const s = sim()
      const accepted = await api(s, 'POST', `/api/invitations/${invitation}/accept`, {})
      expect(accepted.status).toBe(200)
      // Her own emergency filing (above) is settled first, so the son's for the same stay is not a duplicate.
      const mine = await api<{ filings: { id: string; type: string; status: string }[] }>(s, 'GET', '/api/filings')
      for (const f of mine.body.filings.filter((x) => x.type === 'EMERGENCY' && x.status === 'UNDER_REVIEW')) {
        expect((await api(s, 'POST', `/api/review/filings/${f.id}/decision`, { decision: 'REJECT', reasons: ['不符合急诊条件'] }, 'weapp-sim-reviewer')).status).toBe(200)
      }
      const id = await sentBackInShenzhen(s, chinaToday(new Date()), ['入院记录', '代办人的有效身份证件'], { hospitalName: '深圳市第二人民医院', diagnosis: '脑梗', phone1: '13812340000' }, sonAccount)

      s.mp.open('pages/index/index')
      const card = `waiting-MATERIALS-${id}`
      await waitFor(() => byId(s.mp.top, card), 'the 补充材料 card')
      expect(byId(s.mp.top, card)!.text).toContain('您的儿子王建军替您办的')
      expect(byId(s.mp.top, card)!.text).toContain('您要做什么，点下面看。')
      await tap(s, card)
      await onPage(s, 'packages/mine/pages/detail/index')
      await waitFor(() => byId(s.mp.top, 'req-EMERGENCY_PROOF-hand-over'), 'the hand-over card')
      expect(byId(s.mp.top, 'needs-materials-what-to-do')!.text.trim()).toBe(
        '这次要补的要一次交齐，请您的儿子王建军在自己的手机上打开“我的备案”一起提交。您要做的：把下面您的材料交给王建军。',
      )
      expect(byId(s.mp.top, 'req-EMERGENCY_PROOF-what')!.text.trim()).toBe('要补：入院记录')
      expect(byId(s.mp.top, 'req-EMERGENCY_PROOF-hand-over')!.text.trim()).toBe('这一项是您的材料。请拍照发给王建军，或者把材料交给王建军拍，由王建军一起提交。')
      expect(byId(s.mp.top, 'req-PROXY_IDENTITY-by-proxy')!.text).toContain('要您的儿子王建军在自己的手机上')
      expect(elementsOf(s.mp.top).filter((e) => String(attr(e, 'id') ?? '').startsWith('pick-'))).toEqual([])
      expect(byId(s.mp.top, 'submit-materials')).toBeUndefined()
    })
  })
}
