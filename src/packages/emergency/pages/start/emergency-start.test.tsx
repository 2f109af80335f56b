import Taro from '@tarojs/taro'
import { waitFor } from '@testing-library/react'
import { fetchMe } from '@/services/me'
import { emptyEmergencyDraft, useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { EMPTY_FAMILY_DRAFT, useFamilyDraftStore } from '@/stores/use-family-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { INSURED, profileIn, text } from '../../shared/test-fixtures'
import { setRouterParams } from '@/packages/mine/shared/test-fixtures'
import { authorizationView, memberView } from '@/packages/family/shared/test-fixtures'
import { listFamilyMembers } from '@/services/family'
import { click, mount, unmount } from '@tests/helpers/page'
import EmergencyStart from './index'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/family', () => ({ listFamilyMembers: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
// The person's filings (我的备案): none here; emergency-start-standing.test.tsx is about them.
jest.mock('@/services/filings', () => ({ listFilings: jest.fn().mockResolvedValue({ filings: [] }) }))
jest.mock('@/hooks/use-now', () => ({ useNow: () => new Date('2025-09-28T10:00:00+08:00') }))
jest.mock('@/services/calendar', () => ({
  ...jest.requireActual('@/services/calendar'),
  loadCalendar: jest.fn().mockResolvedValue(undefined),
}))
// The page's didShow and didHide callbacks, called as Taro calls them when the page is shown again
// or left for another.
const shows: Array<() => void> = []
const hides: Array<() => void> = []
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return {
    ...actual, __esModule: true, default: actual.default ?? actual,
    useDidShow: (fn: () => void) => void shows.push(fn),
    useDidHide: (fn: () => void) => void hides.push(fn),
  }
})

let navigate: jest.SpyInstance
beforeEach(() => {
  setRouterParams({})
  useEmergencyDraftStore.setState({ subject: 'self', drafts: {} })
  useMeStore.setState({ me: null, loading: false, error: null })
  ;(fetchMe as jest.Mock).mockReset().mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('450200') })
  ;(listFamilyMembers as jest.Mock).mockReset().mockResolvedValue({ members: [] })
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})

afterEach(() => {
  unmount({ restoreMocks: false })
  navigate.mockRestore()
})

/** Picks the 参保地 in the first question's picker: the province, then the city. */
async function pickInsuredRegion(province: string, city: string) {
  click('check-region-picker-trigger')
  await waitFor(() => expect(document.getElementById(`check-region-${province}`)).not.toBeNull())
  click(`check-region-${province}`)
  await waitFor(() => expect(document.getElementById(`check-region-${city}`)).not.toBeNull())
  click(`check-region-${city}`)
}

async function mountPage() {
  shows.length = 0
  hides.length = 0
  await mount(EmergencyStart)
  await waitFor(() => expect(document.getElementById('question-criteria')).not.toBeNull())
}

describe('我能办急诊备案吗？', () => {
  it('lists every emergency of the reference range as a large tickable item', async () => {
    await mountPage()
    for (const id of ['TRAUMA', 'ACUTE_PAIN', 'VITAL_SIGNS', 'SHOCK', 'CONSCIOUSNESS', 'FOREIGN_BODY', 'VOMITING', 'INFECTIOUS', 'ACCIDENT', 'DOCTOR_JUDGED']) {
      expect(document.getElementById(`criterion-${id}`)).not.toBeNull()
    }
    expect(text('criterion-DOCTOR_JUDGED')).toContain('医生认为要急诊抢救')
    click('criterion-TRAUMA')
    click('criterion-DOCTOR_JUDGED')
    await waitFor(() => expect(useEmergencyDraftStore.getState().drafts.self!.criteria).toEqual(['TRAUMA', 'DOCTOR_JUDGED']))
    click('criterion-TRAUMA')
    await waitFor(() => expect(useEmergencyDraftStore.getState().drafts.self!.criteria).toEqual(['DOCTOR_JUDGED']))
  })

  it('ticking nothing: cannot go on, and says what to answer', async () => {
    await mountPage()
    click('admitted-YES')
    click('reason-TRAVEL')
    click('away-UP_TO_3_MONTHS')
    click('start-next')
    await waitFor(() => expect(text('start-missing')).toContain('至少勾一项'))
    expect(navigate).not.toHaveBeenCalled()
  })

  it('goes on to the admission details when it qualifies, with the chosen date and the profile phone filled in', async () => {
    await mountPage()
    click('check-admitted-on-yesterday')
    click('admitted-YES')
    click('criterion-ACUTE_PAIN')
    click('reason-VISIT')
    click('away-UP_TO_3_MONTHS')
    click('start-next')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/details/index' }))
    const draft = useEmergencyDraftStore.getState().drafts.self!
    expect(draft).toMatchObject({ step: 'details', admittedOn: '2025-09-27', awayReason: 'VISIT', criteria: ['ACUTE_PAIN'], phone1: '13912345678' })
  })

  it('no admission date picked: 下一步 does not take today; it goes up to the date and says there what to do', async () => {
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    await mountPage()
    click('admitted-YES')
    click('criterion-ACUTE_PAIN')
    click('reason-VISIT')
    click('away-UP_TO_3_MONTHS')
    await waitFor(() => expect(text('start-verdict')).toContain('先在上面选住院日期'))
    expect(text('error-checkAdmittedOn')).toBe('')
    click('start-next')
    await waitFor(() => expect(text('error-checkAdmittedOn')).toBe('请先选住院那天：点“今天”“昨天”或“前天”，更早的点“其他日期”。最晚哪天要办好，从这一天算。'))
    expect(text('start-missing')).toBe('请先回答：哪天住的院（在最上面）')
    await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#deadline-check' })))
    // A screen reader hears the question, not only the message at the foot.
    await waitFor(() => expect(document.activeElement?.id).toBe('deadline-check-title'))
    expect(navigate).not.toHaveBeenCalled()
    const draft = useEmergencyDraftStore.getState().drafts.self!
    expect(draft).toMatchObject({ step: 'start', admittedOn: '', criteria: ['ACUTE_PAIN'] })

    // The answers so far are kept (the draft store is persisted); picking the day clears the message.
    click('check-admitted-on-today')
    await waitFor(() => expect(text('error-checkAdmittedOn')).toBe(''))
    expect(document.getElementById('start-missing')).toBeNull()
    click('start-next')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/details/index' }))
    expect(useEmergencyDraftStore.getState().drafts.self!.admittedOn).toBe('2025-09-28')
    scroll.mockRestore()
  })

  it('gives the answer the intro promises once the four questions fit: yes, and by when', async () => {
    await mountPage()
    click('admitted-YES')
    click('criterion-ACUTE_PAIN')
    click('reason-VISIT')
    expect(document.getElementById('start-verdict')).toBeNull()
    click('away-UP_TO_3_MONTHS')
    await waitFor(() => expect(text('start-verdict')).toContain('能办急诊补办备案'))
    // The 参保地 comes from 实名信息 here: only the admission date is asked above.
    expect(text('start-verdict')).toContain('在上面选住院日期，就能看到')
    // Today is Sun 2025-09-28; 前天 is Fri 2025-09-26, the SPEC §6 example.
    click('check-admitted-on-day-before')
    await waitFor(() => expect(text('start-verdict')).toContain('最晚 2025 年 10 月 10 日 24:00 前要办好'))
    expect(text('start-next')).toContain('下一步：填住院信息')
  })

  it('past the window: says it counts as an emergency but the time is over, and leads to 零星报销', async () => {
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2025-09-01' } } })
    await mountPage()
    click('admitted-YES')
    click('criterion-TRAUMA')
    click('reason-TRAVEL')
    click('away-UP_TO_3_MONTHS')
    await waitFor(() => expect(text('start-verdict')).toContain('补办备案的时间已经过了'))
    expect(text('start-verdict')).toContain('零星报销')
    expect(document.getElementById('start-next')).toBeNull()
    click('start-after-window')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/after-window/index' }))
  })

  it('past the window before the questions are answered: the deadline block itself leads to 零星报销, and the foot too, not 下一步', async () => {
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2025-09-01' } } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('start-window-closed')).not.toBeNull())
    // A trial: the card said “点下面的按钮看怎么办” with the button far below, after questions 2–5.
    // The way on is in the card now, and the card points nowhere else.
    expect(text('start-window-closed')).toContain('回参保地申请报销（零星报销）')
    expect(text('start-window-closed')).not.toContain('点下面')
    const inCard = document.getElementById('start-window-closed-go')
    expect(inCard?.closest('#start-window-closed')).not.toBeNull()
    expect(text('start-window-closed-go')).toBe('看零星报销怎么办')
    click('start-window-closed-go')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/after-window/index' }))
    navigate.mockClear()
    expect(document.getElementById('start-next')).toBeNull()
    expect(text('start-after-window')).toBe('看零星报销怎么办')
    click('start-after-window')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/after-window/index' }))
  })

  it('away more than 3 months: suggests the long-term or temporary filing instead, and goes there', async () => {
    await mountPage()
    click('admitted-YES')
    click('criterion-TRAUMA')
    click('reason-LIVING')
    click('away-MORE')
    await waitFor(() => expect(text('suggest-other')).toContain('超过 3 个月'))
    expect(text('suggest-other')).toContain('长期居住')
    expect(document.getElementById('start-next')).toBeNull()
    click('go-other')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index' })
  })

  it('insured in 苏州 (an emergency counts as filed, 002 第三十七条), away more than 3 months: this stay needs nothing — not the type chooser — and later visits a filing of their own', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('320500') })
    await mountPage()
    click('check-admitted-on-yesterday')
    // Three questions: 为什么在外地 is for a filing, and nothing is filed here (a trial).
    expect(document.getElementById('question-reason')).toBeNull()
    expect(text('start-intro')).toContain('回答下面 4 个问题')
    expect(text('question-away')).toMatch(/^4\. /)
    click('admitted-YES')
    click('criterion-TRAUMA')
    click('away-MORE')
    await waitFor(() => expect(text('start-verdict')).toContain('能算急诊：视同已备案，不用补办'))
    expect(document.getElementById('suggest-other')).toBeNull()
    expect(document.getElementById('go-other')).toBeNull()
    expect(text('start-verdict')).toContain('这次住院不用再办备案、不用交材料，出院时直接用医保结算')
    expect(text('start-verdict')).toContain('您离开参保地超过 3 个月，以后还在那里看病的，急诊以外的看病不算备案，要另外办“长期居住”一类的备案')
    // The page ends with what to tell the hospital: no 下一步 to a page that says it again.
    expect(text('deemed-say-who')).toBe('· “我是李秀英，医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”')
    expect(document.getElementById('start-next')).toBeNull()
    expect(text('start-deemed-home')).toBe('知道了，回首页')
    click('start-long-stay')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index' })
    // Within 3 months: the same verdict, without the later-visits line or its button.
    click('away-UP_TO_3_MONTHS')
    await waitFor(() => expect(document.getElementById('start-long-stay')).toBeNull())
    expect(text('start-verdict')).not.toContain('超过 3 个月')
  })

  it('not admitted, or not an emergency: suggests 其他临时外出就医', async () => {
    await mountPage()
    click('admitted-NO')
    await waitFor(() => expect(text('suggest-other')).toContain('其他临时外出就医'))
    click('admitted-YES')
    click('criterion-NONE')
    await waitFor(() => expect(text('suggest-other')).toContain('不是急诊'))
    expect(text('suggest-other')).toContain('其他临时外出就医')
  })

  it('offers to resume a draft at the step it was left', async () => {
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), step: 'materials', awayReason: 'TRAVEL' } } })
    await mountPage()
    expect(text('resume-draft')).toContain('拍材料')
    click('resume-continue')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/materials/index' })
  })

  // A trial: one tap on 重新开始 wiped the hospital and diagnosis typed, unasked.
  it('重新开始 asks once more before it clears the draft; 不清空 goes on where it was left', async () => {
    const left = { ...emptyEmergencyDraft(), step: 'materials' as const, awayReason: 'TRAVEL' as const, hospitalName: '阳江市人民医院', diagnosis: '急性阑尾炎' }
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: left } })
    await mountPage()
    click('resume-restart')
    expect(text('resume-draft')).toContain('确定清空，重新开始吗？')
    expect(text('resume-confirm')).toBe('上次填的内容和拍好的照片都会清空，不能恢复。')
    expect(useEmergencyDraftStore.getState().drafts.self?.hospitalName).toBe('阳江市人民医院')
    click('resume-keep')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/materials/index' })
    unmount()
    await mountPage()
    click('resume-restart')
    click('resume-restart-confirm')
    await waitFor(() => expect(document.getElementById('resume-draft')).toBeNull())
    expect(useEmergencyDraftStore.getState().drafts.self?.hospitalName ?? '').toBe('')
  })

  it('asks for 实名信息 first when there is none', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await mountPage()
    // Nobody's 实名信息 yet: the stay may be a father's, so the questions speak of 病人 (a trial).
    await waitFor(() => expect(text('question-admitted')).toContain('医院让病人住院了吗？'))
    click('check-admitted-on-today')
    click('admitted-YES')
    click('criterion-ACUTE_PAIN')
    click('reason-TRAVEL')
    click('away-UP_TO_3_MONTHS')
    await waitFor(() => expect(text('start-next')).toContain('下一步：填实名信息'))
    expect(text('start-verdict')).toContain('点下一步，先填您本人的实名信息，再填住院信息。')
    // The filer's own, even when filing for a family member: not the 参保人's (the father's).
    expect(text('start-needs-profile')).toContain('下一步先填您本人的实名信息（替家人办，也是先填您本人的）')
    // No 参保地 picked: 下一步 marks its box, as it does the date (a trial: every question was marked but this box).
    expect(text('error-checkInsuredRegion')).toBe('')
    click('start-next')
    await waitFor(() => expect(text('error-checkInsuredRegion')).toBe('请先选参保地：点上面的框，选病人交医保的省、市。最晚哪天要办好，要按参保地的规定算。'))
    expect(text('start-missing')).toBe('请先回答：参保地（在最上面）')
    await waitFor(() => expect(document.activeElement?.id).toBe('deadline-check-title'))
    expect(navigate).not.toHaveBeenCalled()
    await pickInsuredRegion('450000', INSURED.GUANGXI)
    await waitFor(() => expect(text('error-checkInsuredRegion')).toBe(''))
    expect(document.getElementById('start-missing')).toBeNull()
    click('start-next')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/profile/pages/edit/index?for=emergency' }))
  })

  it('下一步 with nothing answered and no 实名信息: the date, the 参保地 box and every question are marked and named at the foot', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await mountPage()
    await waitFor(() => expect(text('start-next')).toContain('下一步：填实名信息'))
    click('start-next')
    await waitFor(() => expect(text('start-missing')).toBe('请先回答：哪天住的院（在最上面）；参保地（在最上面）；有没有住院；是哪种急诊情况（至少勾一项）；为什么在外地；离开参保地多久'))
    expect(text('error-checkAdmittedOn')).toContain('请先选住院那天')
    expect(text('error-checkInsuredRegion')).toContain('请先选参保地')
    expect(document.getElementById('field-checkInsuredRegion')!.className).toContain('form-field--error')
    for (const block of ['question-admitted', 'question-criteria', 'question-reason', 'question-away']) expect(document.getElementById(`${block}-missing`)).not.toBeNull()
    expect(navigate).not.toHaveBeenCalled()
  })

  it('answered before 实名信息, then her own saved with the same 参保地: back here, it asks whose the answers were, not 为我自己 at once (a trial)', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await mountPage()
    click('check-admitted-on-today')
    await pickInsuredRegion('450000', INSURED.GUANGXI)
    click('admitted-YES')
    click('criterion-ACUTE_PAIN')
    click('reason-TRAVEL')
    click('away-UP_TO_3_MONTHS')
    await waitFor(() => expect(text('start-next')).toContain('下一步：填实名信息'))
    click('start-next')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/profile/pages/edit/index?for=emergency' }))
    expect(useEmergencyDraftStore.getState().drafts.self!.askWhoseAfterProfile).toBe(true)

    // Her own 实名信息 saved, insured in 柳州 as her father is: the page asks for whom she checked.
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn(INSURED.GUANGXI) })
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    hides.forEach((fn) => fn())
    shows.forEach((fn) => fn())
    await waitFor(() => expect(document.getElementById('start-whose')).not.toBeNull())
    // It comes up above where she was: brought into view (a trial found it off-screen).
    await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#start-whose' })))
    scroll.mockRestore()
    expect(text('start-whose-text')).toBe('下面这些是填您本人的实名信息以前答的。请说一下刚才是替谁查的：答过的都跟着这个人走，最晚哪天要办好也按这个人的参保地算。')
    expect(text('start-whose-add')).toContain('为家人查的')
    expect(text('start-whose-self')).toContain('按您的参保地')
    expect(text('start-whose-self')).not.toContain('改按')
    // 下一步 asks for it first.
    click('start-next')
    await waitFor(() => expect(text('start-missing')).toContain('刚才查的是谁（在最上面）'))
    // 为我自己: the answers stay, and the page goes on as hers.
    click('start-whose-self')
    await waitFor(() => expect(document.getElementById('start-whose')).toBeNull())
    expect(useEmergencyDraftStore.getState().drafts.self).toMatchObject({ askWhoseAfterProfile: false, admitted: 'YES', criteria: ['ACUTE_PAIN'] })
    await waitFor(() => expect(text('start-next')).toContain('下一步：填住院信息'))
  })

  it('issue 13, trap 3: shows the deadline from the admission date and 参保地 alone, before any 实名信息', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await mountPage()
    expect(document.getElementById('start-deadline')).toBeNull()
    // Today is Sun 2025-09-28; 前天 is Fri 2025-09-26, the SPEC §6 example.
    click('check-admitted-on-day-before')
    await pickInsuredRegion('450000', INSURED.GUANGXI)
    await waitFor(() => expect(document.getElementById('start-deadline')).not.toBeNull())
    expect(text('start-deadline-date')).toBe('2025 年 10 月 10 日 24:00 前')
    // Sun 28 is a make-up working day, the window's first: today counts, and the page says so (a trial).
    expect(text('start-deadline-left')).toBe('还剩 5 个工作日（含今天）')
    // The rule itself, not only the date (a trial never read "5").
    expect(text('start-deadline-rule')).toBe('急诊住院要在入院后 5 个工作日内办备案：入院当天不算，从第二天算起；周末和法定节假日不算，调休上班的日子算。')
    expect(fetchMe).toHaveBeenCalled()
    expect(useMeStore.getState().me?.profile).toBeNull()
  })

  it('issue 13, trap 1: 实名信息 saved elsewhere shows up when the page is shown again', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await mountPage()
    await waitFor(() => expect(text('start-next')).toContain('下一步：填实名信息'))
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('450200') })
    shows.forEach((fn) => fn())
    await waitFor(() => expect(text('start-next')).toContain('下一步：填住院信息'))
    expect(document.getElementById('subject-self')).not.toBeNull()
  })

  it('a draft left past the first page while it is asked whose the answers were: no 接着上次填 above 刚才查的是谁; offered once answered 为我自己 (a trial)', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn(INSURED.GUANGXI) })
    useEmergencyDraftStore.setState({
      subject: 'self',
      drafts: { self: { ...emptyEmergencyDraft(), step: 'details', admitted: 'YES', criteria: ['ACUTE_PAIN'], awayReason: 'TRAVEL', awayLength: 'UP_TO_3_MONTHS', admittedOn: '2025-09-27', askWhoseAfterProfile: true } },
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('start-whose')).not.toBeNull())
    expect(document.getElementById('resume-draft')).toBeNull()
    click('start-whose-self')
    await waitFor(() => expect(document.getElementById('start-whose')).toBeNull())
    expect(text('resume-what')).toBe('您上次为自己办急诊补办备案，填到了“填住院信息”。')
  })

  it('a stay the 参保地 deems filed (苏州): the draft says nothing is to be sent, for the home page, and 接着上次填 is not offered (a trial)', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn(INSURED.JIANGSU) })
    useEmergencyDraftStore.setState({
      subject: 'self',
      drafts: { self: { ...emptyEmergencyDraft(), step: 'details', admitted: 'YES', criteria: ['TRAUMA'], awayReason: 'TRAVEL', awayLength: 'UP_TO_3_MONTHS', admittedOn: '2025-09-27' } },
    })
    await mountPage()
    await waitFor(() => expect(useEmergencyDraftStore.getState().drafts.self!.nothingToFile).toBe('DEEMED_FILED'))
    // Opened again: nothing to 继续填写.
    unmount({ restoreMocks: false })
    await mountPage()
    await waitFor(() => expect(text('start-deemed-filed')).toContain('视同已备案'))
    expect(document.getElementById('resume-draft')).toBeNull()
  })

  it('insured in 苏州, answers that rule the stay out (没有住院, 以上都不是): no 好消息 above saying it is covered (a trial)', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('320500') })
    await mountPage()
    click('check-admitted-on-yesterday')
    click('admitted-YES')
    click('criterion-TRAUMA')
    await waitFor(() => expect(text('start-deemed-filed')).toContain('急诊抢救视同已备案，不用补办'))
    click('admitted-NO')
    await waitFor(() => expect(document.getElementById('start-deemed-filed')).toBeNull())
    expect(document.getElementById('start-deemed-pending')).toBeNull()
    expect(text('suggest-other')).toContain('没有住院，不用办急诊备案')
    click('admitted-YES')
    await waitFor(() => expect(document.getElementById('start-deemed-filed')).not.toBeNull())
    click('criterion-NONE')
    await waitFor(() => expect(document.getElementById('start-deemed-filed')).toBeNull())
    expect(document.getElementById('start-deemed-pending')).toBeNull()
    expect(text('suggest-other')).toContain('不是急诊，不能办急诊备案')
  })

  it('insured in 苏州: 好消息 waits until the answers make it an emergency admission (a trial: it showed before 住院了吗); no step bar, nothing follows this page', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('320500') })
    await mountPage()
    click('check-admitted-on-yesterday')
    // The rule is said as a rule, not as this stay's answer.
    await waitFor(() => expect(text('start-deemed-pending')).toBe('参保地规定：急诊抢救住院的，视同已备案，不用补办。先回答下面的问题，看这次算不算。'))
    expect(document.getElementById('start-deemed-filed')).toBeNull()
    expect(document.querySelector('.flow-steps')).toBeNull()
    click('admitted-YES')
    await waitFor(() => expect(document.getElementById('admitted-YES')?.getAttribute('aria-checked')).toBe('true'))
    expect(document.getElementById('start-deemed-filed')).toBeNull()
    click('criterion-ACUTE_PAIN')
    await waitFor(() => expect(text('start-deemed-filed')).toContain('急诊抢救视同已备案，不用补办'))
    expect(document.getElementById('start-deemed-pending')).toBeNull()
    expect(document.querySelector('.flow-steps')).toBeNull()
  })

  it('a 参保地 where a filing is needed keeps the step bar', async () => {
    await mountPage()
    expect(document.querySelector('.flow-steps')?.getAttribute('aria-label')).toBe('办理步骤，共 4 步')
  })

  it('the intro counts the blocks on the screen, and asks for the 参保地 only where its picker is', async () => {
    await mountPage()
    const blocks = ['deadline-check', 'question-admitted', 'question-criteria', 'question-reason', 'question-away']
    expect(text('start-intro')).toContain(`回答下面 ${blocks.length} 个问题`)
    blocks.forEach((id, i) => expect(document.querySelector(`#${id} .emergency__question`)!.textContent).toMatch(new RegExp(`^${i + 1}\\. `)))
    // The 参保地 is known from 实名信息: no picker, and the line does not ask for it.
    await waitFor(() => expect(text('deadline-check-hint')).toContain('参保地已经有了'))
    expect(document.getElementById('field-checkInsuredRegion')).toBeNull()
    expect(text('deadline-check-hint')).not.toContain('和参保地')
  })

  it('without 实名信息 the line asks for the 参保地, and its picker is there', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await mountPage()
    expect(document.getElementById('field-checkInsuredRegion')).not.toBeNull()
    expect(text('deadline-check-hint')).toContain('只要选住院那天和参保地')
  })

  it('with a family member, by the general entry: asks 为谁 with nothing chosen, and the questions wait for the answer (a trial)', async () => {
    // A trial: a daughter rushing to file her father's stay found 为我自己 chosen; 请核对 at the end
    // was the only place to notice. A member who has not authorised her yet counts too: the page
    // looks things up for him (checkOnly).
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({
      members: [memberView({ id: 'm1', insuredRegion: INSURED.YANGJIANG, canFile: false, authorization: null })],
    })
    await mount(EmergencyStart)
    await waitFor(() => expect(document.getElementById('subject-m1')).not.toBeNull())
    expect(text('subject-ask')).toBe('这次为谁办？请先点一个：为您自己，还是为家人。')
    expect(document.getElementById('subject-self')!.getAttribute('aria-checked')).toBe('false')
    expect(document.getElementById('subject-m1')!.getAttribute('aria-checked')).toBe('false')
    expect(document.querySelector('.flow__choice--selected')).toBeNull()
    // Nothing below until it is answered: no date, no question, no button that would go on as 为我自己.
    for (const id of ['deadline-check', 'question-admitted', 'question-criteria', 'start-next']) expect(document.getElementById(id)).toBeNull()
    expect(text('start-intro')).toBe('在外地突然生病、急诊住了院，补办备案后医保照样能报。先选为谁办，再回答几个问题，马上知道能不能办。')
    click('subject-m1')
    await waitFor(() => expect(document.getElementById('question-admitted')).not.toBeNull())
    expect(useEmergencyDraftStore.getState().subject).toBe('member:m1')
    expect(document.getElementById('subject-ask')).toBeNull()
    expect(document.getElementById('subject-m1')!.getAttribute('aria-checked')).toBe('true')
    expect(text('start-intro')).toMatch(/回答下面 \d 个问题/)
  })

  it('once 为谁 is answered, choosing another keeps the date and counts their 参保地’s deadline (a trial)', async () => {
    // The father is insured in 阳江 (before discharge); the filer in 柳州 (5 working days).
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({
      members: [memberView({ id: 'm1', insuredRegion: INSURED.YANGJIANG, canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })],
    })
    await mount(EmergencyStart)
    await waitFor(() => expect(document.getElementById('subject-m1')).not.toBeNull())
    click('subject-self')
    await waitFor(() => expect(document.getElementById('question-admitted')).not.toBeNull())
    const order = ['subject-chooser', 'deadline-check', 'question-admitted'].map((id) => document.getElementById(id)!)
    expect(order[0].compareDocumentPosition(order[1]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(order[1].compareDocumentPosition(order[2]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

    // Today is Sun 2025-09-28; 前天 is Fri 2025-09-26, the SPEC §6 example.
    click('check-admitted-on-day-before')
    await waitFor(() => expect(text('start-deadline-date')).toBe('2025 年 10 月 10 日 24:00 前'))
    click('subject-m1')
    await waitFor(() => expect(useEmergencyDraftStore.getState().subject).toBe('member:m1'))
    expect(useEmergencyDraftStore.getState().drafts['member:m1']!.admittedOn).toBe('2025-09-26')
    // The date stays picked; the deadline is his 参保地’s (阳江: before discharge settlement).
    await waitFor(() => expect(text('start-deadline')).toContain('出院结算之前，随时都可以补办'))
    expect(document.getElementById('check-admitted-on-day-before')!.className).toContain('date-choice__quick-btn--on')
    expect(document.getElementById('error-checkAdmittedOn')?.textContent ?? '').toBe('')

    // Back to oneself: the date is still there, and the 5-working-day deadline again.
    click('subject-self')
    await waitFor(() => expect(text('start-deadline-date')).toBe('2025 年 10 月 10 日 24:00 前'))
    expect(useEmergencyDraftStore.getState().drafts.self!.admittedOn).toBe('2025-09-26')
  })

  it('a person with a draft of their own keeps their own date when chosen', async () => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({
      members: [memberView({ id: 'm1', insuredRegion: INSURED.YANGJIANG, canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })],
    })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { 'member:m1': { ...emptyEmergencyDraft(), admittedOn: '2025-09-20' } } })
    await mount(EmergencyStart)
    await waitFor(() => expect(document.getElementById('subject-m1')).not.toBeNull())
    click('subject-self')
    await waitFor(() => expect(document.getElementById('check-admitted-on-today')).not.toBeNull())
    click('check-admitted-on-today')
    click('subject-m1')
    await waitFor(() => expect(useEmergencyDraftStore.getState().subject).toBe('member:m1'))
    expect(useEmergencyDraftStore.getState().drafts['member:m1']!.admittedOn).toBe('2025-09-20')
  })

  it.each<[string, () => void]>([
    // From a page where 为我自己 was the answer already (我要备案's first step, a home card of one's own):
    // for oneself, even when this flow was last used for the father.
    ['opened with ?whom=self', () => {
      setRouterParams({ whom: 'self' })
      useEmergencyDraftStore.setState({ subject: 'member:m1', drafts: {} })
    }],
    // Continuing: the draft of the person last chosen has answers.
    ['a draft in progress', () => useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2025-09-27' } } })],
  ])('with a family member, %s: 为谁 is not asked again', async (_case, arrange) => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({
      members: [memberView({ id: 'm1', insuredRegion: INSURED.YANGJIANG, canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })],
    })
    arrange()
    await mountPage()
    await waitFor(() => expect(document.getElementById('subject-m1')).not.toBeNull())
    expect(document.getElementById('subject-ask')).toBeNull()
    expect(useEmergencyDraftStore.getState().subject).toBe('self')
    expect(document.getElementById('subject-self')!.getAttribute('aria-checked')).toBe('true')
  })

  it('alone (no family member), the deadline keeps the first screen and 为谁 comes after it', async () => {
    await mountPage()
    await waitFor(() => expect(document.getElementById('subject-self')).not.toBeNull())
    const check = document.getElementById('deadline-check')!
    expect(check.compareDocumentPosition(document.getElementById('subject-chooser')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('picking the admission date brings its deadline into view (长辈模式 trial: the card was below the first screen)', async () => {
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    try {
      await mountPage()
      click('check-admitted-on-day-before')
      await waitFor(() => expect(scroll).toHaveBeenCalledWith({ selector: '#start-deadline-answer', offsetTop: -24, duration: 300 }))
      expect(document.querySelector('#start-deadline-answer #start-deadline')).not.toBeNull()
    } finally {
      scroll.mockRestore()
    }
  })

  it('no 参保地 yet: picking the date does not scroll away from the 参保地 picker below it', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    try {
      await mountPage()
      click('check-admitted-on-today')
      await new Promise((resolve) => setTimeout(resolve, 150))
      expect(scroll).not.toHaveBeenCalled()
    } finally {
      scroll.mockRestore()
    }
  })

  it('南昌 (江西, no emergency rule of its own), past the window: the 依据 list 江西’s own documents and the national ones first, the note above only the other places’ (a trial)', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('360100') })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2025-09-01' } } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('basis-start-deadline')).not.toBeNull())
    click('basis-start-deadline')
    await waitFor(() => expect(document.getElementById('basis-start-deadline-list')).not.toBeNull())
    const applying = text('basis-start-deadline-applying')
    expect(applying).toMatch(/^全国通用的和参保地自己的文件：/)
    for (const doc of ['《中华人民共和国民法典》第二百零一条', '《赣人社发〔2017〕57号》第八条', '《赣医保发〔2023〕13号》表8 温馨提示1']) expect(applying).toContain(doc)
    const list = text('basis-start-deadline-list')
    const note = list.indexOf('参保地自己的规定，这里还没有收录')
    expect(note).toBeGreaterThan(list.indexOf('赣医保发〔2023〕13号'))
    for (const doc of ['柳江区异地急诊人员备案服务指南', '桂人社发〔2017〕6号', '苏医保发〔2022〕75号']) {
      expect(list.indexOf(doc)).toBeGreaterThan(note)
      expect(applying).not.toContain(doc)
    }
  })
})

describe('刚才查的是谁？ a 参保地 picked before 实名信息, other than the one saved since (a trial)', () => {
  // A son without 实名信息 picked 江苏 苏州 (his father's 参保地) and read 视同已备案; he then saved his
  // own 实名信息 (深圳) to go on, and came back to 为我自己, his own 深圳 deadline and 能办急诊补办备案.
  const SHENZHEN = '440300'
  const father = memberView({ id: 'm1', name: '王建国', insuredRegion: INSURED.JIANGSU })

  /** He picks the father's 参保地 (苏州 unless `place` says another: [province, city]) and answers. */
  async function checkForFather(place: [string, string] = ['320000', INSURED.JIANGSU]) {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    useFamilyDraftStore.setState({ draft: EMPTY_FAMILY_DRAFT, touched: {} })
    await mountPage()
    click('check-admitted-on-yesterday')
    await pickInsuredRegion(place[0], place[1])
    click('admitted-YES')
    click('criterion-VITAL_SIGNS')
    // Not asked where the 参保地 deems an emergency filed (苏州): nothing is sent.
    if (document.getElementById('question-reason')) click('reason-VISIT')
    click('away-UP_TO_3_MONTHS')
  }

  it('the trial: 苏州 picked before any 实名信息 — the page ends with what to tell the hospital, never 下一步：填实名信息', async () => {
    await checkForFather()
    await waitFor(() => expect(text('start-deemed-filed')).toContain('急诊抢救视同已备案，不用补办'))
    expect(text('start-verdict')).toContain('跟医院怎么说、要带好留好什么，看下面')
    // Nobody's name is known: the patient is 病人, and the 参保地 and the document are named.
    expect(text('deemed-say-who')).toBe('· “病人的医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”')
    expect(text('deemed-say-rule')).toContain('江苏省规定急诊抢救视同已备案（苏医保发〔2022〕75号第八条(五)、第三十七条')
    expect(text('deemed-keep-receipts')).toContain('发票、费用清单、诊断证明和急诊病历收好')
    expect(document.getElementById('start-next')).toBeNull()
    expect(document.getElementById('start-needs-profile')).toBeNull()
    expect(document.body.textContent).not.toContain('填实名信息')
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    try {
      click('start-deemed-home')
      await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' }))
    } finally {
      reLaunch.mockRestore()
    }
    expect(navigate).not.toHaveBeenCalled()
    // Read and understood: nothing to send, and no card urging a deadline on the home page.
    expect(useEmergencyDraftStore.getState().drafts.self).toMatchObject({ step: 'start', nothingToFile: 'DEEMED_FILED' })
  })

  it('苏州 then 柳州: the 为什么在外地 that appears empty is where 下一步 goes, and its heading takes the focus (a trial)', async () => {
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    try {
      await checkForFather()
      await waitFor(() => expect(text('start-deemed-filed')).toContain('视同已备案'))
      expect(document.getElementById('question-reason')).toBeNull()
      await pickInsuredRegion('450000', INSURED.GUANGXI)
      await waitFor(() => expect(document.getElementById('question-reason')).not.toBeNull())
      // 柳州 needs a filing: the steps are back, and no 好消息.
      expect(document.querySelector('.flow-steps')).not.toBeNull()
      expect(document.getElementById('start-deemed-filed')).toBeNull()
      scroll.mockClear()
      click('start-next')
      await waitFor(() => expect(text('start-missing')).toBe('请先回答：为什么在外地'))
      await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#question-reason' })))
      await waitFor(() => expect(document.activeElement?.id).toBe('question-reason-title'))
      expect(document.getElementById('question-reason-title')?.getAttribute('tabindex')).toBe('-1')
      expect(navigate).not.toHaveBeenCalled()
      click('reason-VISIT')
      await waitFor(() => expect(document.getElementById('start-missing')).toBeNull())
    } finally {
      scroll.mockRestore()
    }
  })

  it('several questions open: 下一步 goes to the first on the page', async () => {
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    try {
      ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('450200') })
      await mountPage()
      click('check-admitted-on-yesterday')
      click('admitted-YES')
      click('away-UP_TO_3_MONTHS')
      scroll.mockClear()
      click('start-next')
      await waitFor(() => expect(text('start-missing')).toBe('请先回答：是哪种急诊情况（至少勾一项）；为什么在外地'))
      await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#question-criteria' })))
      await waitFor(() => expect(document.activeElement?.id).toBe('question-criteria-title'))
      // Each open question is marked where it stands (red edge, a red line under its heading); the answered are not.
      expect(text('question-criteria-missing')).toBe('这一题还没选：请点下面符合的，至少一项')
      expect(text('question-reason-missing')).toBe('这一题还没选：请点下面一项')
      expect(document.getElementById('question-reason')!.className).toContain('flow__section--missing')
      expect(document.getElementById('question-admitted-missing')).toBeNull()
      expect(document.getElementById('question-away')!.className).not.toContain('flow__section--missing')
      click('reason-VISIT')
      await waitFor(() => expect(document.getElementById('question-reason-missing')).toBeNull())
      expect(document.getElementById('question-criteria-missing')).not.toBeNull()
    } finally {
      scroll.mockRestore()
    }
  })

  it('重新办急诊备案 with one answer left (?ask=open): it is marked, and brought into view at once', async () => {
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    try {
      setRouterParams({ ask: 'open' })
      useEmergencyDraftStore.setState({
        subject: 'self',
        drafts: { self: { ...emptyEmergencyDraft(), admitted: 'YES', criteria: ['ACUTE_PAIN'], awayReason: 'TRAVEL', admittedOn: '2025-09-26' } },
      })
      await mountPage()
      await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#question-away' })))
      expect(text('question-away-missing')).toBe('这一题还没选：请点下面一项')
      expect(document.getElementById('question-criteria-missing')).toBeNull()
      click('away-UP_TO_3_MONTHS')
      await waitFor(() => expect(document.getElementById('question-away-missing')).toBeNull())
      expect(scroll.mock.calls.filter(([o]) => (o as { selector?: string }).selector === '#question-away')).toHaveLength(1)
    } finally {
      scroll.mockRestore()
    }
  })

  it('苏州 picked, a question still open: the button asks for it, and leads nowhere else', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await mountPage()
    await pickInsuredRegion('320000', INSURED.JIANGSU)
    // 视同已备案 there: no deadline to count, so the first question asks only for the day (a trial).
    await waitFor(() => expect(text('deadline-check-title')).toBe('1. 哪天住的院？'))
    expect(text('deadline-check-hint')).toBe('选住院那天和参保地（交医保的地方）。')
    click('start-next')
    await waitFor(() => expect(text('start-missing')).toContain('哪天住的院'))
    expect(document.getElementById('deadline-check')!.textContent).toContain('请先选住院那天：点“今天”“昨天”或“前天”，更早的点“其他日期”。')
    expect(document.getElementById('deadline-check')!.textContent).not.toContain('最晚哪天要办好')
    click('check-admitted-on-yesterday')
    await waitFor(() => expect(text('start-next')).toBe('看跟医院怎么说'))
    click('start-next')
    await waitFor(() => expect(text('start-missing')).toContain('有没有住院'))
    expect(navigate).not.toHaveBeenCalled()
  })

  /** 实名信息 saved elsewhere (his own, insured in 深圳), then the page is shown again. */
  async function checkForFatherThenSaveOwnProfile(members: ReturnType<typeof memberView>[] = [], place?: [string, string]) {
    await checkForFather(place)
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn(SHENZHEN) })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members })
    shows.forEach((fn) => fn())
    await waitFor(() => expect(document.getElementById('start-whose')).not.toBeNull())
  }

  it('keeps the answer he saw, named as 苏州’s, and asks whose it was — not 为我自己 with 深圳’s deadline', async () => {
    await checkForFatherThenSaveOwnProfile()
    expect(text('start-whose-text')).toBe('刚才选的参保地是江苏省苏州市，您实名信息里的是广东省深圳市。下面的答案还是按江苏省苏州市算的。请说一下刚才是替谁查的，再接着办。')
    expect(text('start-deemed-filed')).toContain('急诊抢救视同已备案，不用补办')
    expect(document.getElementById('start-deadline')).toBeNull()
    expect(text('deadline-check-hint')).toBe('下面按刚才选的参保地（江苏省苏州市）算。')
    expect(text('start-verdict')).toContain('视同已备案')
    expect(text('start-verdict')).not.toContain('能办急诊补办备案')
    // Nobody is shown as chosen until he says.
    expect(document.getElementById('subject-chooser')).toBeNull()
    expect(text('start-whose-self')).toContain('为我自己（李秀英）查的')
    // Nothing is marked as missing before he has tapped anything again.
    expect(document.getElementById('start-missing')).toBeNull()
    // 视同已备案 asks nothing more: the answer is on the page, with nobody named before he says whose.
    expect(document.getElementById('start-next')).toBeNull()
    expect(text('deemed-say-who')).toContain('病人的医保在江苏省苏州市参保')
    expect(useEmergencyDraftStore.getState().drafts.self!.insuredRegionGuess).toBe(INSURED.JIANGSU)
  })

  it('为家人查的 in 苏州 (视同已备案): no 添加家人 and no 授权 for this stay — what to tell the hospital is on the page', async () => {
    await checkForFatherThenSaveOwnProfile()
    expect(text('start-whose-add')).toContain('不用添加家人，也不用请家人授权')
    navigate.mockClear()
    click('start-whose-add')
    expect(navigate).not.toHaveBeenCalled()
    expect(text('deemed-say-who')).toBe('· “病人的医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”')
    expect(text('start-deemed-home')).toBe('知道了，回首页')
    expect(document.getElementById('start-ask-consent')).toBeNull()
  })

  it('为家人查的, no family member yet, in 南昌 (a filing is needed): 添加家人 with 南昌 filled in as the 参保地, the answers kept', async () => {
    await checkForFatherThenSaveOwnProfile([], ['360000', '360100'])
    expect(text('start-whose-add')).toContain('先添加这位家人（参保地填江西省南昌市）')
    navigate.mockClear()
    click('start-whose-add')
    // ?for=emergency: once added, the add page hands these answers to the member.
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/family/pages/add/index?for=emergency' }))
    expect(useFamilyDraftStore.getState().draft.insuredRegion).toBe('360100')
    expect(useEmergencyDraftStore.getState().drafts.self).toMatchObject({ insuredRegionGuess: '360100', admittedOn: '2025-09-27', awayReason: 'VISIT' })
  })

  it('为父亲王建国查的 (added meanwhile): the answers move to his draft, and the page is his, 视同已备案', async () => {
    await checkForFatherThenSaveOwnProfile([father])
    expect(text('start-whose-m1')).toContain('为父亲王建国查的')
    click('start-whose-m1')
    await waitFor(() => expect(useEmergencyDraftStore.getState().subject).toBe('member:m1'))
    const { drafts } = useEmergencyDraftStore.getState()
    expect(drafts.self).toBeUndefined()
    expect(drafts['member:m1']).toMatchObject({ admittedOn: '2025-09-27', admitted: 'YES', criteria: ['VITAL_SIGNS'], awayReason: null, awayLength: 'UP_TO_3_MONTHS', insuredRegionGuess: '' })
    await waitFor(() => expect(document.getElementById('start-whose')).toBeNull())
    expect(document.getElementById('subject-m1')!.className).toContain('flow__choice--selected')
    expect(text('start-deemed-filed')).toContain('急诊抢救视同已备案，不用补办')
    expect(text('start-verdict')).toContain('王建国的参保地规定急诊抢救视同已备案')
  })

  it('为我自己查的: the page goes on with his own 参保地 (深圳: 5 working days), and does not ask again', async () => {
    await checkForFatherThenSaveOwnProfile([father])
    click('start-whose-self')
    await waitFor(() => expect(document.getElementById('start-whose')).toBeNull())
    expect(useEmergencyDraftStore.getState().drafts.self!.insuredRegionGuess).toBe('')
    expect(text('start-deadline-date')).toBe('2025 年 10 月 10 日 24:00 前')
    // 深圳 files an emergency: 为什么在外地, not asked for 苏州, is asked now, and named as missing.
    click('start-next')
    await waitFor(() => expect(text('start-missing')).toContain('为什么在外地'))
    click('reason-VISIT')
    await waitFor(() => expect(text('start-verdict')).toContain('能办急诊补办备案'))
    expect(document.getElementById('subject-self')!.className).toContain('flow__choice--selected')
  })

  it('the 参保地 picked is his own after all: nothing is asked', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn(INSURED.JIANGSU) })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), insuredRegionGuess: INSURED.JIANGSU } } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('subject-self')).not.toBeNull())
    expect(document.getElementById('start-whose')).toBeNull()
  })
})

describe('替家人办理？先添加家人 after answering under 为我自己, no 参保地 picked (a trial)', () => {
  // A son (深圳) answered for his father without picking a 参保地, then tapped 替家人办理？先添加家人.
  const father = memberView({ id: 'm1', name: '王建国', insuredRegion: INSURED.JIANGSU })

  it('a 参保地 picked that is his own too: asked without naming the same place twice (a trial)', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('440300') })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [father] })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), insuredRegionGuess: '440300', askWhose: true, admitted: 'YES' } } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('start-whose')).not.toBeNull())
    expect(text('start-whose-text')).toBe('下面这些是添加家人以前答的。请说一下刚才是替谁查的：答过的都跟着这个人走，最晚哪天要办好也按这个人的参保地算。')
  })

  it('opens 添加家人 and comes back here; on return it asks whose the answers were, and they follow the father with his 参保地', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('440300') })
    await mountPage()
    await waitFor(() => expect(document.getElementById('manage-family')).not.toBeNull())
    click('check-admitted-on-yesterday')
    click('admitted-YES')
    click('criterion-VITAL_SIGNS')
    click('manage-family')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/family/pages/add/index?for=emergency-return' }))
    expect(useEmergencyDraftStore.getState().drafts.self!.askWhose).toBe(true)
    unmount({ restoreMocks: false })

    // Back with the father added: 刚才查的是谁, and no deadline until it is said.
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [father] })
    await mountPage()
    await waitFor(() => expect(text('start-whose-text')).toContain('请说一下刚才是替谁查的'))
    expect(text('deadline-check-hint')).toBe('先在上面说一下刚才是替谁查的，再按那个人的参保地算。')
    click('start-whose-m1')
    await waitFor(() => expect(useEmergencyDraftStore.getState().subject).toBe('member:m1'))
    const his = useEmergencyDraftStore.getState().drafts['member:m1']!
    expect(his.admitted).toBe('YES')
    expect(his.criteria).toEqual(['VITAL_SIGNS'])
    expect(his.admittedOn).toBe('2025-09-27')
    expect(useEmergencyDraftStore.getState().drafts.self).toBeUndefined()
    // 苏州: 视同已备案, no deadline to count.
    await waitFor(() => expect(text('deadline-check-hint')).toBe('选住院那天。'))
  })

  it('answered for himself: 为我自己 keeps the answers on his own draft, with his own 参保地', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: profileIn('440300') })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2025-09-27', admitted: 'YES', askWhose: true } } })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [father] })
    await mountPage()
    await waitFor(() => expect(document.getElementById('start-whose-self')).not.toBeNull())
    click('start-whose-self')
    await waitFor(() => expect(document.getElementById('start-whose')).toBeNull())
    expect(useEmergencyDraftStore.getState().drafts.self!.admitted).toBe('YES')
    expect(useEmergencyDraftStore.getState().drafts.self!.askWhose).toBe(false)
  })
})
