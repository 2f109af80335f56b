import Taro from '@tarojs/taro'
import { waitFor } from '@testing-library/react'
import type { FilingView } from '@/domain/filings'
import { fetchMe } from '@/services/me'
import { listFamilyMembers } from '@/services/family'
import { listFilings } from '@/services/filings'
import { emptyEmergencyDraft, useEmergencyDraftStore, type EmergencyDraft } from '@/stores/use-emergency-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { profileIn, text } from '../../shared/test-fixtures'
import { filingView, setRouterParams } from '@/packages/mine/shared/test-fixtures'
import { authorizationView, memberView } from '@/packages/family/shared/test-fixtures'
import { click, mount, unmount } from '@tests/helpers/page'
import EmergencyStart from './index'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/family', () => ({ listFamilyMembers: jest.fn() }))
jest.mock('@/services/filings', () => ({ listFilings: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/hooks/use-now', () => ({ useNow: () => new Date('2026-12-04T10:00:00+08:00') }))
jest.mock('@/services/calendar', () => ({
  ...jest.requireActual('@/services/calendar'),
  loadCalendar: jest.fn().mockResolvedValue(undefined),
}))
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { ...actual, __esModule: true, default: actual.default ?? actual, useDidShow: () => undefined }
})

// The trial: a daughter (李晓梅) files for her father 张建华, insured in 南昌 (360100, the default
// profile), who holds an approved long-term filing to 深圳 in force from 2026-12-03 — made by her —
// and was admitted in 深圳 as an emergency on 2026-12-01. Today 2026-12-04.
const FATHER = memberView({ id: 'm1', name: '张建华', insuredRegion: '360100', canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })
const SHENZHEN = { province: '440000', city: '440300', name: '广东省深圳市' }

function hisLongTerm(overrides: Partial<FilingView> = {}): FilingView {
  return filingView({
    id: 'lt',
    number: 'YD20261202LTLTLT',
    type: 'LONG_TERM_RESIDENT',
    typeName: '异地长期居住人员',
    destination: SHENZHEN,
    startDate: '2026-12-03',
    validFrom: '2026-12-03',
    insuredRegion: '360100',
    subject: { name: FATHER.name, idNumberMasked: FATHER.idNumberMasked, relationLabel: '父母', kin: '父亲' },
    filedBySelf: false,
    filedBy: { self: true, nameMasked: '李*梅' },
    ...overrides,
  })
}

let navigate: jest.SpyInstance
beforeEach(() => {
  setRouterParams({})
  useMeStore.setState({ me: null, loading: false, error: null })
  ;(fetchMe as jest.Mock).mockReset().mockResolvedValue({ user: { id: 'u1' }, profile: { ...profileIn('440300'), name: '李晓梅' } })
  ;(listFamilyMembers as jest.Mock).mockReset().mockResolvedValue({ members: [FATHER] })
  ;(listFilings as jest.Mock).mockReset().mockResolvedValue({ filings: [hisLongTerm()] })
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})

afterEach(() => {
  unmount({ restoreMocks: false })
  navigate.mockRestore()
})

/** The page for the father, admitted on 2026-12-01 (picked before). */
async function forFather(patch: Partial<EmergencyDraft> = {}) {
  useEmergencyDraftStore.setState({ subject: 'member:m1', drafts: { 'member:m1': { ...emptyEmergencyDraft(), admittedOn: '2026-12-01', ...patch } } })
  await mount(EmergencyStart)
  await waitFor(() => expect(document.getElementById('question-place')).not.toBeNull())
}

/** The page for the father with no filing of his that bears on the admission (no place to ask). */
async function forFatherWithout() {
  useEmergencyDraftStore.setState({ subject: 'member:m1', drafts: { 'member:m1': { ...emptyEmergencyDraft(), admittedOn: '2026-12-01' } } })
  await mount(EmergencyStart)
  await waitFor(() => expect(document.getElementById('subject-m1')).not.toBeNull())
}

function answerTheRest(away: 'UP_TO_3_MONTHS' | 'MORE') {
  click('admitted-YES')
  click('criterion-ACUTE_PAIN')
  // Not asked where the 参保地 deems an emergency filed (苏州): nothing is sent.
  if (document.getElementById('question-reason')) click('reason-VISIT')
  click(`away-${away}`)
}

describe('急诊 first page, beside a filing the person holds (the trial)', () => {
  it('asks where the hospital is, naming his filing’s place; the answer says his filing starts after the admission', async () => {
    await forFather()
    expect(text('question-place')).toContain('2. 在哪里住的院？')
    expect(text('question-place-why')).toBe('张建华已经有去这个地方的备案。住院的医院在那里，可能就不用再办急诊备案了。')
    expect(text('place-440300')).toBe('在广东省深圳市')
    expect(text('place-ELSEWHERE')).toBe('在别的地方')
    click('place-440300')
    await waitFor(() =>
      expect(text('standing-lead')).toBe(
        '张建华去广东省深圳市的备案（异地长期居住人员，备案号 YD20261202LTLTLT）2026 年 12 月 3 日起才生效，2026 年 12 月 1 日住院时还没生效：有效期内住的院才算，这次住院不在里面。',
      ),
    )
    // The hospital's city for the next page: 深圳, from his filing.
    expect(useEmergencyDraftStore.getState().drafts['member:m1']!).toMatchObject({ hospitalIn: '440300', destination: '440300' })
  })

  it('away more than 3 months: no loop to the type chooser; the 参保地 moves his filing’s start back to the admission (补办), with a number to call, his filing one tap away', async () => {
    await forFather({ hospitalIn: '440300' })
    answerTheRest('MORE')
    await waitFor(() => expect(document.getElementById('standing-answer')).not.toBeNull())
    expect(text('standing-headline')).toBe('已有的备案管不到这次住院，还能补办')
    const advice = text('standing-advice')
    expect(advice).toContain('张建华离开参保地超过 3 个月，不能按急诊办。')
    expect(advice).toContain('请他们把这条备案的开始日期改到入院那天（2026 年 12 月 1 日），这次住院就能直接结算')
    expect(advice).toContain('回参保地办零星报销')
    expect(text('help-line-standing')).toContain('12393')
    // Not the old answer: 离开超过 3 个月，要办别的备案 → 去选备案类型, which refused him.
    expect(document.getElementById('suggest-other')).toBeNull()
    expect(document.getElementById('go-other')).toBeNull()
    expect(document.getElementById('start-next')).toBeNull()
    expect(text('start-open-standing')).toBe('查看这条备案')
    expect(text('start-after-window')).toBe('出院结算了？看怎么报销')
    click('start-open-standing')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=lt' }))
  })

  it('insured in 苏州 (an emergency counts as filed) and away more than 3 months: this stay needs nothing, his filing kept for later — neither the chooser nor a 补办', async () => {
    const suzhou = memberView({ ...FATHER, insuredRegion: '320500' })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [suzhou] })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [hisLongTerm({ insuredRegion: '320500' })] })
    await forFather({ hospitalIn: '440300', destination: '440300' })
    answerTheRest('MORE')
    await waitFor(() => expect(text('start-verdict')).toContain('能算急诊：视同已备案，不用补办'))
    expect(text('start-verdict-standing')).toContain('这次住院不用另外办：住院时告诉医院是急诊')
    expect(text('start-verdict-standing')).toContain('以后在广东省深圳市看病，还用那条备案，不用改。')
    for (const id of ['suggest-other', 'go-other', 'standing-answer', 'start-long-stay']) expect(document.getElementById(id)).toBeNull()
    expect(text('start-verdict')).not.toContain('要另外办“长期居住”')
  })

  it('the trial: her father has not authorised her yet — she may still choose him and look things up; 下一步 becomes asking him first', async () => {
    const waiting = memberView({ ...FATHER, canFile: false, authorization: authorizationView({ method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2026-12-10T00:00:00Z' }) })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [waiting] })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [] })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2026-12-01' } } })
    await mount(EmergencyStart)
    await waitFor(() => expect(document.getElementById('subject-m1')).not.toBeNull())
    click('subject-m1')
    // The invitation is out: he is not asked to ask again (a trial, of a letter with staff).
    await waitFor(() => expect(text('start-check-only')).toBe('已经请张建华同意了，还在等张建华在自己的手机上点“同意”。下面的期限和能不能办，现在就能看。'))
    // His 参保地 (南昌) decides the deadline, not hers (深圳).
    await waitFor(() => expect(document.getElementById('start-deadline')).not.toBeNull())
    // No 下一步 to press while he has not agreed: the foot says what is still unanswered (a trial).
    click('admitted-YES')
    click('reason-VISIT')
    await waitFor(() => expect(text('start-open-questions')).toBe('上面还有没答的：是哪种急诊情况（至少勾一项）；离开参保地多久。答完就知道这次能不能办急诊备案。'))
    expect(document.getElementById('start-prepare')).toBeNull()
    answerTheRest('UP_TO_3_MONTHS')
    await waitFor(() => expect(text('start-verdict')).toContain('能办急诊补办备案'))
    expect(document.getElementById('start-open-questions')).toBeNull()
    // What the button does, not 点下一步 above a page without one (a trial).
    expect(text('start-verdict')).toContain('现在可以先填住院信息、拍材料，等张建华同意以后再提交。')
    expect(document.getElementById('start-next')).toBeNull()
    expect(text('start-needs-consent')).toBe('邀请已经发出，不用再发：等张建华在自己的手机上点了同意，回到这里接着办，上面答过的都还在。张建华不方便用手机的，也可以改交一份签了字的授权委托书。')
    expect(text('start-ask-consent')).toBe('看看给张建华的邀请')
    click('start-ask-consent')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/family/pages/authorize/index?id=m1' }))
    // The days count while he is asked (a trial: his 住院信息 and photos had to wait): all but 提交 now.
    expect(text('start-prepare')).toBe('先填住院信息、拍材料')
    click('start-prepare')
    await waitFor(() => expect(useEmergencyDraftStore.getState().drafts['member:m1']?.step).toBe('details'))
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/emergency/pages/details/index' })
  })

  it.each<[string, Parameters<typeof authorizationView>[0], string, string, string]>([
    // columns: case | authorisation | the line under the chooser | the foot's line | the button
    [
      'nothing asked for yet', undefined,
      '张建华还没同意让您代办。下面的期限和能不能办，现在就能看；要替张建华提交备案，要先等张建华同意。',
      '要替张建华办，先请张建华同意：在张建华自己的手机上点同意，或者交一份签了字的授权委托书。同意以后回到这里接着办，上面答过的都还在。',
      '先请张建华同意',
    ],
    [
      'the trial: his 授权委托书 is with staff', { method: 'DOCUMENT', status: 'PENDING_REVIEW' },
      '张建华的授权委托书已经交了，工作人员正在审核。下面的期限和能不能办，现在就能看；审核通过后，就能替张建华提交备案。',
      '张建华的授权委托书正在审核，您不用再做什么。审核一般要 1 个工作日，通过后首页会告诉您，回到这里接着办，上面答过的都还在。',
      '去家人代办看审核进度',
    ],
  ])('%s: the page says where his authorisation stands', async (_case, authorization, notice, next, action) => {
    const member = memberView({ ...FATHER, canFile: false, authorization: authorization ? authorizationView(authorization) : null })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [member] })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [] })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2026-12-01' } } })
    await mount(EmergencyStart)
    await waitFor(() => expect(document.getElementById('subject-m1')).not.toBeNull())
    click('subject-m1')
    await waitFor(() => expect(text('start-check-only')).toBe(notice))
    answerTheRest('UP_TO_3_MONTHS')
    await waitFor(() => expect(text('start-verdict')).toContain('能办急诊补办备案'))
    expect(text('start-needs-consent')).toBe(next)
    expect(text('start-ask-consent')).toBe(action)
    // The verdict's foot waits for what the authorisation waits for (a trial: 等张建华同意以后 over his
    // signed letter with staff).
    expect(text('start-verdict')).toContain(
      authorization?.status === 'PENDING_REVIEW' ? '现在可以先填住院信息、拍材料，授权委托书审核通过以后再提交。' : '现在可以先填住院信息、拍材料，等张建华同意以后再提交。',
    )
    click('start-ask-consent')
    const url = authorization?.status === 'PENDING_REVIEW' ? '/packages/family/pages/list/index' : '/packages/family/pages/authorize/index?id=m1'
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url }))
  })

  it('not authorised yet and insured in 苏州 (an emergency counts as filed): nothing is filed and no 授权 asked — the page ends with what to tell the hospital', async () => {
    const waiting = memberView({ ...FATHER, insuredRegion: '320500', canFile: false, authorization: authorizationView({ method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2026-12-10T00:00:00Z' }) })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [waiting] })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [] })
    await forFatherWithout()
    answerTheRest('MORE')
    await waitFor(() => expect(text('start-verdict')).toContain('能算急诊：视同已备案，不用补办'))
    expect(document.getElementById('start-ask-consent')).toBeNull()
    expect(document.getElementById('start-needs-consent')).toBeNull()
    // The line under the chooser says this stay asks no 授权, not 还在等…点“同意”.
    expect(text('start-check-only')).toBe('这次住院视同已备案，不用替张建华提交什么，也不用先请张建华授权。以后要替张建华办别的备案，再请张建华同意。')
    expect(text('deemed-say-who')).toBe('· “病人是张建华，医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”')
    expect(document.getElementById('start-next')).toBeNull()
    // 以后看病 opens 我要备案 without him chosen: he has not authorised her yet.
    click('start-long-stay')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index' })
  })

  it('a son with no 参保地 picked chooses his 苏州-insured father: no 视同已备案 until the answers make it an emergency admission (a trial)', async () => {
    const waiting = memberView({ ...FATHER, insuredRegion: '320500', canFile: false, authorization: authorizationView({ method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2026-12-10T00:00:00Z' }) })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [waiting] })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [] })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: emptyEmergencyDraft() } })
    await mount(EmergencyStart)
    await waitFor(() => expect(document.getElementById('subject-m1')).not.toBeNull())
    click('subject-m1')
    await waitFor(() => expect(text('start-deemed-pending')).toContain('先回答下面的问题，看这次算不算'))
    expect(document.body.textContent).not.toContain('这次住院视同已备案')
    expect(document.getElementById('start-deemed-filed')).toBeNull()
    expect(text('start-check-only')).toBe('已经请张建华同意了，还在等张建华在自己的手机上点“同意”。下面的期限和能不能办，现在就能看。')
    click('admitted-YES')
    await waitFor(() => expect(text('start-check-only')).not.toContain('视同已备案'))
    click('criterion-ACUTE_PAIN')
    await waitFor(() => expect(text('start-check-only')).toBe('这次住院视同已备案，不用替张建华提交什么，也不用先请张建华授权。以后要替张建华办别的备案，再请张建华同意。'))
    expect(text('start-deemed-filed')).toContain('急诊抢救视同已备案，不用补办')
  })

  it('authorised and insured in 苏州, away more than 3 months with no filing there: 以后看病 opens 我要备案 for him', async () => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [memberView({ ...FATHER, insuredRegion: '320500' })] })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [] })
    await forFatherWithout()
    answerTheRest('MORE')
    await waitFor(() => expect(document.getElementById('start-long-stay')).not.toBeNull())
    click('start-long-stay')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index?member=m1' })
  })

  it('away 3 months or less: he may file this stay as an emergency, told his long-term filing is for later; 下一步 goes on with 深圳 as the hospital’s city', async () => {
    await forFather({ hospitalIn: '440300', destination: '440300' })
    answerTheRest('UP_TO_3_MONTHS')
    await waitFor(() => expect(text('start-verdict')).toContain('能办急诊补办备案'))
    expect(text('start-verdict-standing')).toBe('这次住院要另外办急诊备案，从入院那天算起。以后在广东省深圳市看病，还用那条备案，不用改。')
    expect(document.getElementById('standing-answer')).toBeNull()
    click('start-next')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/details/index' }))
    expect(useEmergencyDraftStore.getState().drafts['member:m1']!).toMatchObject({ step: 'details', destination: '440300' })
  })

  it('his filing was in force on the admission day: nothing to file — said at once, the filing shown, no questions left, no deadline to chase', async () => {
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [hisLongTerm({ startDate: '2026-11-20', validFrom: '2026-11-20' })] })
    await forFather()
    click('place-440300')
    await waitFor(() => expect(text('standing-headline')).toBe('不用办急诊备案：这次住院已经有备案了'))
    expect(text('standing-answer-lead')).toBe('张建华去广东省深圳市的备案（异地长期居住人员，备案号 YD20261202LTLTLT）2026 年 11 月 20 日起生效，2026 年 12 月 1 日住院时已经在有效期内。')
    expect(text('standing-advice')).toContain('整次住院都算备案了')
    expect(text('standing-filing-lt')).toContain('查看这条备案')
    for (const id of ['question-admitted', 'question-criteria', 'question-reason', 'question-away', 'start-verdict', 'start-next', 'start-deadline']) {
      expect(document.getElementById(id)).toBeNull()
    }
    expect(text('start-intro')).toContain('回答下面 2 个问题')
    expect(text('deadline-check-title')).toBe('1. 哪天住的院？')
    click('start-open-standing')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=lt' }))
  })

  it('在别的地方: his filing does not bear on it; more than 3 months leads to the type chooser as before (nothing there refuses him)', async () => {
    await forFather()
    click('place-ELSEWHERE')
    answerTheRest('MORE')
    await waitFor(() => expect(document.getElementById('go-other')).not.toBeNull())
    expect(document.getElementById('standing-lead')).toBeNull()
    expect(useEmergencyDraftStore.getState().drafts['member:m1']!.destination).toBe('')
  })

  it('the place unanswered: 下一步 says to answer it', async () => {
    await forFather()
    answerTheRest('UP_TO_3_MONTHS')
    click('start-next')
    await waitFor(() => expect(text('start-missing')).toBe('请先回答：在哪里住的院'))
    expect(text('question-place-missing')).toBe('这一题还没选：请点下面一项')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('for himself, in his own account: 您, his own filing', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u2' }, profile: { ...profileIn('360100'), name: '张建华' } })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [] })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [hisLongTerm({ filedBySelf: true, filedBy: { self: true, nameMasked: '张*华' } })] })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2026-12-01', hospitalIn: '440300' } } })
    await mount(EmergencyStart)
    await waitFor(() => expect(text('standing-lead')).toContain('您去广东省深圳市的备案'))
    expect(useMeStore.getState().me?.profile?.name).toBe('张建华')
  })

  it('a filing that ended before the admission, or the list not readable: nothing asked', async () => {
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [hisLongTerm({ type: 'OTHER_TEMPORARY', startDate: '2026-05-01', validFrom: '2026-05-01', validTo: '2026-10-31' })] })
    useEmergencyDraftStore.setState({ subject: 'member:m1', drafts: { 'member:m1': { ...emptyEmergencyDraft(), admittedOn: '2026-12-01' } } })
    await mount(EmergencyStart)
    await waitFor(() => expect(document.getElementById('question-criteria')).not.toBeNull())
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(document.getElementById('question-place')).toBeNull()
    unmount({ restoreMocks: false })
    ;(listFilings as jest.Mock).mockRejectedValue(new Error('offline'))
    await mount(EmergencyStart)
    await waitFor(() => expect(document.getElementById('question-criteria')).not.toBeNull())
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(document.getElementById('question-place')).toBeNull()
  })
})
