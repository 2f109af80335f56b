import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { fetchMe } from '@/services/me'
import { emptyEmergencyDraft, useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { emptyFilingDraft, useFilingDraftStore } from '@/stores/use-filing-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { filingView, setRouterParams } from '@/packages/mine/shared/test-fixtures'
import { listFilings } from '@/services/filings'
import { listFamilyMembers } from '@/services/family'
import { authorizationView, memberView } from '@/packages/family/shared/test-fixtures'
import type { FamilyMemberView } from '@/domain/family'
import FilingStart from './index'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/family', () => ({ listFamilyMembers: jest.fn().mockResolvedValue({ members: [] }) }))
jest.mock('@/services/filings', () => ({ listFilings: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const PROFILE = {
  name: '王桂兰', idNumber: '360102195503150020', phone: '13912345678', insuredRegion: '360100',
  insuranceType: 'RESIDENT' as const, birthDate: '1955-03-15', sex: 'F' as const, updatedAt: '2026-11-23T10:00:00+08:00',
}

const click = (id: string) => fireEvent.click(document.getElementById(id)!)
const text = (id: string) => document.getElementById(id)?.textContent ?? ''

let navigate: jest.SpyInstance

beforeEach(() => {
  setRouterParams({})
  useFilingDraftStore.setState({ subject: 'self', drafts: {} })
  useMeStore.setState({ me: null, loading: false, error: null })
  ;(fetchMe as jest.Mock).mockReset().mockResolvedValue({ user: { id: 'u1' }, profile: PROFILE })
  ;(listFilings as jest.Mock).mockReset().mockResolvedValue({ filings: [] })
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})

let page: TestUtils | null = null

afterEach(() => {
  navigate.mockRestore()
  // One page at a time: ids are read from the page under test only.
  page?.unmout() // (sic) @tarojs/test-utils-react's spelling
  page = null
  document.body.innerHTML = ''
})

async function mount() {
  page = new TestUtils()
  await page.mount(FilingStart, {})
  await waitFor(() => expect(document.getElementById('subject-self')).not.toBeNull())
}

/** 我要备案 opened for family member m1 (?member=m1), who has authorised the filer: mounted, with m1 chosen. */
async function mountForMember(fields: Partial<FamilyMemberView>) {
  ;(listFamilyMembers as jest.Mock).mockResolvedValueOnce({
    members: [memberView({ id: 'm1', ...fields, canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })],
  })
  setRouterParams({ member: 'm1' })
  await mount()
  await waitFor(() => expect(useFilingDraftStore.getState().subject).toBe('member:m1'))
}

describe('我要备案: who and which type', () => {
  it('files for oneself, named, and leads through plain questions to a type with its reason', async () => {
    await mount()
    expect(text('subject-self')).toContain('王桂兰')
    click('answer-reason-retired')
    await waitFor(() => expect(document.getElementById('question-hukou')).not.toBeNull())
    click('answer-hukou-no')
    click('answer-stayLength-sixMonthsPlus')
    await waitFor(() => expect(text('chooser-result')).toContain('异地长期居住人员'))

    click('choose-type')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/form/index' })
    const draft = useFilingDraftStore.getState().drafts.self!
    expect(draft).toMatchObject({ type: 'LONG_TERM_RESIDENT', step: 'form', phone1: '13912345678' })
    expect(draft.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('insured in 苏州, admitted as an emergency while living away: the type for later visits, and this stay 视同已备案 said beside it (a trial)', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: { ...PROFILE, insuredRegion: '320500' } })
    await mount()
    click('answer-reason-sudden')
    await waitFor(() => expect(document.getElementById('question-admitted')).not.toBeNull())
    click('answer-admitted-yes')
    click('answer-awayLength-moreThanThreeMonths')
    click('answer-stayLength-sixMonthsPlus')
    await waitFor(() => expect(text('chooser-result')).toContain('异地长期居住人员'))
    expect(text('chooser-deemed-stay')).toBe('这次急诊住院不用另外办：您的参保地规定急诊抢救视同已备案，住院时请医院按急诊登记，出院直接用医保结算。上面这个备案，是为了以后在那里看门诊、住院。')
  })

  it('王建国, insured in 苏州, suddenly ill within 3 months away: 视同已备案 with the profile’s words and 依据, leading to what to tell the hospital — not 去办急诊备案 (a trial)', async () => {
    useEmergencyDraftStore.setState({ subject: 'self', drafts: {} })
    await mountForMember({ name: '王建国', insuredRegion: '320500' })
    click('answer-reason-sudden')
    await waitFor(() => expect(document.getElementById('question-admitted')).not.toBeNull())
    click('answer-admitted-yes')
    click('answer-awayLength-upToThreeMonths')
    await waitFor(() => expect(document.getElementById('chooser-result')).not.toBeNull())
    expect(text('chooser-result')).not.toContain('要办的是')
    expect(text('chooser-deemed-title')).toBe('异地急诊（抢救）人员：视同已备案，不用办')
    expect(text('chooser-deemed-this-stay')).toBe(
      '王建国的参保地规定：异地急诊抢救视同已备案，不用另外办理；医院按“急诊”登记后可以直接结算。急诊医疗费用不降低报销比例。点下面看住院时跟医院怎么说。',
    )
    click('basis-chooser')
    await waitFor(() => expect(text('chooser-result')).toContain('苏医保发〔2022〕75号'))
    expect(text('chooser-result')).toMatch(/第八条\(五\)[\s\S]*第三十七条/)
    expect(text('choose-type')).toBe('看跟医院怎么说')
    click('choose-type')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/details/index' }))
    expect(useEmergencyDraftStore.getState().subject).toBe('member:m1')
    // Nothing started that the home page would count as an emergency to send.
    expect(useEmergencyDraftStore.getState().drafts).toEqual({})
  })

  it('insured in 南昌 (5 working days), suddenly ill within 3 months away, for a family member: 去办急诊备案 opens it for him', async () => {
    await mountForMember({ name: '张建华', insuredRegion: '360100' })
    click('answer-reason-sudden')
    await waitFor(() => expect(document.getElementById('question-admitted')).not.toBeNull())
    click('answer-admitted-yes')
    click('answer-awayLength-upToThreeMonths')
    await waitFor(() => expect(text('chooser-result')).toContain('张建华要办的是：异地急诊（抢救）人员'))
    expect(document.getElementById('chooser-deemed-this-stay')).toBeNull()
    expect(text('choose-type')).toBe('去办急诊备案')
    click('choose-type')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?member=m1' }))
    // 住院了 and 不超过 3 个月 are answered there already (a trial: asked twice); the rest is not.
    expect(useEmergencyDraftStore.getState().subject).toBe('member:m1')
    expect(useEmergencyDraftStore.getState().drafts['member:m1']).toMatchObject({ admitted: 'YES', awayLength: 'UP_TO_3_MONTHS', criteria: [], awayReason: null, admittedOn: '' })
  })

  it('an answer the emergency draft has already is kept, not overwritten by the questions here', async () => {
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { 'member:m1': { ...emptyEmergencyDraft(), awayLength: 'MORE' } } })
    await mountForMember({ name: '张建华', insuredRegion: '360100' })
    click('answer-reason-sudden')
    await waitFor(() => expect(document.getElementById('question-admitted')).not.toBeNull())
    click('answer-admitted-yes')
    click('answer-awayLength-upToThreeMonths')
    await waitFor(() => expect(text('choose-type')).toBe('去办急诊备案'))
    click('choose-type')
    await waitFor(() => expect(navigate).toHaveBeenCalled())
    expect(useEmergencyDraftStore.getState().drafts['member:m1']).toMatchObject({ admitted: 'YES', awayLength: 'MORE' })
  })

  it('insured in 南昌 (an emergency is filed), the same answers: the type, and no such line', async () => {
    await mount()
    click('answer-reason-sudden')
    await waitFor(() => expect(document.getElementById('question-admitted')).not.toBeNull())
    click('answer-admitted-yes')
    click('answer-awayLength-moreThanThreeMonths')
    click('answer-stayLength-sixMonthsPlus')
    await waitFor(() => expect(text('chooser-result')).toContain('异地长期居住人员'))
    expect(document.getElementById('chooser-deemed-stay')).toBeNull()
  })

  it('the type’s 依据, a 阳江 document, is said first to be not the 南昌 参保地’s own rule (new-user trial)', async () => {
    await mount()
    click('answer-reason-retired')
    await waitFor(() => expect(document.getElementById('question-hukou')).not.toBeNull())
    click('answer-hukou-no')
    click('answer-stayLength-sixMonthsPlus')
    await waitFor(() => expect(document.getElementById('basis-chooser')).not.toBeNull())
    click('basis-chooser')
    await waitFor(() => expect(document.getElementById('basis-chooser-list')).not.toBeNull())
    const list = text('basis-chooser-list')
    expect(list.indexOf('参保地自己的规定，这里还没有收录')).toBe(0)
    expect(list).toContain('《阳医保通〔2021〕23号》第五条(二)')
  })

  it('for a family member, the contact phone is the member’s own; the filer’s is the second (issue 13 item 11)', async () => {
    await mountForMember({ phone: '13798765432' })
    click('mode-direct')
    await waitFor(() => expect(document.getElementById('type-REFERRAL')).not.toBeNull())
    click('type-REFERRAL')
    click('choose-type')
    expect(useFilingDraftStore.getState().drafts['member:m1']).toMatchObject({ type: 'REFERRAL', phone1: '13798765432', phone2: '13912345678' })
  })

  // A trial: the daughter read "户口…改到您养老的地方" as a question about herself.
  it('for a family member, the questions and the answer name them, not 您', async () => {
    await mountForMember({ name: '张建华' })
    click('answer-reason-treatment')
    await waitFor(() => expect(document.getElementById('question-referred')).not.toBeNull())
    expect(text('question-referred')).toContain('是医院让张建华转过去的吗？')
    expect(text('question-referred')).not.toContain('您')
    click('answer-referred-yes')
    await waitFor(() => expect(text('chooser-result')).toContain('根据您的回答，张建华要办的是：'))
    expect(text('chooser-result')).toContain('本地医院开了转诊证明让张建华去外地治疗')
  })

  it('for a family member, an unverified filer is asked for their own 实人认证, named as such', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({
      user: { id: 'u1' },
      profile: PROFILE,
      verification: { status: 'UNVERIFIED', statusLabel: '未认证', method: null, at: null, reason: null, conflict: null },
    })
    ;(listFamilyMembers as jest.Mock).mockResolvedValueOnce({
      members: [memberView({ id: 'm1', name: '张建华', canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })],
    })
    setRouterParams({ member: 'm1' })
    await mount()
    await waitFor(() => expect(text('verify-card')).toContain('不是张建华'))
    // H5 (these tests' platform): ID photos, so it is not "先完成": filing on is no slower.
    expect(text('verify-card')).toContain('您本人还没有做实人认证')
    click('subject-self')
    await waitFor(() => expect(text('verify-card')).not.toContain('张建华'))
    expect(text('verify-card')).toContain('还没有做实人认证')
  })

  it('lets a person change an earlier answer: later answers are asked again', async () => {
    await mount()
    click('answer-reason-treatment')
    await waitFor(() => expect(document.getElementById('question-referred')).not.toBeNull())
    click('answer-referred-yes')
    await waitFor(() => expect(text('chooser-result')).toContain('异地转诊人员'))
    click('reask-referred')
    await waitFor(() => expect(document.getElementById('question-referred')).not.toBeNull())
    expect(document.getElementById('chooser-result')).toBeNull()
  })

  it('a person who knows the type picks it directly; the emergency type is not offered here', async () => {
    await mount()
    click('mode-direct')
    await waitFor(() => expect(document.getElementById('type-RETIRED_RESETTLED')).not.toBeNull())
    expect(document.getElementById('type-EMERGENCY')).toBeNull()
    expect(text('type-OTHER_TEMPORARY')).toContain('自己决定去外地看病')
    click('type-REFERRAL')
    click('choose-type')
    expect(useFilingDraftStore.getState().drafts.self!.type).toBe('REFERRAL')
    // Where text pointed at the home page, a link goes there (issue 13 item 12).
    expect(document.body.textContent).not.toContain('请从首页')
    click('go-emergency')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?whom=self' })
  })

  // A trial: 异地安置 picked directly said nothing of the 户口, which the guided questions ask.
  describe('异地安置 picked directly asks the guided chooser’s 户口 question before going on', () => {
    it('insured in 南昌 (江西: 户籍迁入 required), 户口 not moved: says so and offers 异地长期居住人员 instead', async () => {
      await mount()
      click('mode-direct')
      await waitFor(() => expect(document.getElementById('type-RETIRED_RESETTLED')).not.toBeNull())
      expect(document.getElementById('direct-hukou')).toBeNull()
      click('type-RETIRED_RESETTLED')
      await waitFor(() => expect(text('direct-hukou')).toContain('您的户口迁过去了吗？'))
      // Not yet answered: no going on.
      expect(text('choose-type')).toBe('请先回答户口迁没迁')
      click('choose-type')
      expect(navigate).not.toHaveBeenCalled()

      click('direct-hukou-no')
      await waitFor(() => expect(document.getElementById('resettle-advice')).not.toBeNull())
      expect(text('resettle-advice')).toContain('户口没迁，您办不了异地安置')
      expect(text('resettle-advice')).toContain('户籍也迁入定居地')
      expect(text('choose-type')).toBe('改办异地长期居住人员')
      click('choose-type')
      expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/form/index' })
      expect(useFilingDraftStore.getState().drafts.self).toMatchObject({ type: 'LONG_TERM_RESIDENT', step: 'form' })
    })

    it('户口 moved: no warning, 异地安置 goes on', async () => {
      await mount()
      click('mode-direct')
      await waitFor(() => expect(document.getElementById('type-RETIRED_RESETTLED')).not.toBeNull())
      click('type-RETIRED_RESETTLED')
      click('direct-hukou-yes')
      await waitFor(() => expect(text('choose-type')).toBe('下一步'))
      expect(document.getElementById('resettle-advice')).toBeNull()
      click('choose-type')
      expect(useFilingDraftStore.getState().drafts.self).toMatchObject({ type: 'RETIRED_RESETTLED' })
    })

    it('insured in 苏州 (江苏: the 个人承诺书 stands in), 户口 not moved: may go on with it, or take the other type', async () => {
      ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: { ...PROFILE, insuredRegion: '320500', idNumber: '320502195503150028' } })
      await mount()
      click('mode-direct')
      await waitFor(() => expect(document.getElementById('type-RETIRED_RESETTLED')).not.toBeNull())
      click('type-RETIRED_RESETTLED')
      click('direct-hukou-no')
      await waitFor(() => expect(text('resettle-advice')).toContain('户口没迁，要用承诺书代替'))
      expect(text('resettle-advice')).toContain('个人承诺书')
      expect(text('choose-type')).toBe('办异地安置，下一步')
      expect(text('choose-otherwise')).toBe('改办异地长期居住人员')
      // The buttons are in the advice, where the 户口 question is answered.
      expect(document.getElementById('resettle-advice')!.contains(document.getElementById('choose-type'))).toBe(true)
      click('choose-otherwise')
      expect(useFilingDraftStore.getState().drafts.self).toMatchObject({ type: 'LONG_TERM_RESIDENT' })
    })

    it('for a family member the question names him; picking another type takes the question away', async () => {
      ;(listFamilyMembers as jest.Mock).mockResolvedValueOnce({
        members: [memberView({ id: 'm1', name: '张建华', canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })],
      })
      setRouterParams({ member: 'm1' })
      await mount()
      await waitFor(() => expect(useFilingDraftStore.getState().subject).toBe('member:m1'))
      click('mode-direct')
      await waitFor(() => expect(document.getElementById('type-RETIRED_RESETTLED')).not.toBeNull())
      click('type-RETIRED_RESETTLED')
      await waitFor(() => expect(text('direct-hukou')).toContain('张建华的户口迁过去了吗？'))
      expect(text('direct-hukou')).toContain('改到张建华养老的地方')
      click('type-STATIONED_WORKER')
      await waitFor(() => expect(document.getElementById('direct-hukou')).toBeNull())
      expect(text('choose-type')).toBe('下一步')
    })
  })

  it('offers to resume a draft left half-way, at its step', async () => {
    useFilingDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyFilingDraft(), type: 'STATIONED_WORKER', step: 'materials' } } })
    await mount()
    expect(text('resume-draft')).toContain('常驻异地工作人员')
    expect(text('resume-draft')).toContain('上传材料')
    click('resume-continue')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/materials/index' })
  })

  it('a draft kept for one family member is not offered for another; choosing her offers hers, named, at the step it reached', async () => {
    // Trial: 李晓梅's refused 海南 draft for her mother had reached 确认提交; opened for her father,
    // the page said "您上次办，填到了“选择备案类型”" and 继续填写 did nothing useful.
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({
      members: [
        memberView({ id: 'mom', name: '王秀英', idNumberMasked: '360102********0021', kin: '母亲', canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) }),
        memberView({ id: 'dad', name: '李建国', idNumberMasked: '360102********0013', kin: '父亲', canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) }),
      ],
    })
    useFilingDraftStore.setState({
      subject: 'member:mom',
      drafts: { 'member:mom': { ...emptyFilingDraft(), type: 'LONG_TERM_RESIDENT', step: 'review', destination: '460000', startDate: '2026-12-03' } },
    })
    setRouterParams({ member: 'dad' })
    await mount()
    await waitFor(() => expect(useFilingDraftStore.getState().subject).toBe('member:dad'))
    await waitFor(() => expect(document.getElementById('subject-dad')).not.toBeNull())
    expect(document.getElementById('resume-draft')).toBeNull()
    click('subject-mom')
    await waitFor(() => expect(text('resume-what')).toBe('您上次替王秀英办「异地长期居住人员」，填到了“确认提交”。'))
    click('resume-continue')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/review/index' })
  })

  it('asks for 实名信息 first when there is none', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await new TestUtils().mount(FilingStart, {})
    await waitFor(() => expect(document.getElementById('go-profile')).not.toBeNull())
    // The filer's own, even when filing for a family member: not the 参保人's (the father's).
    expect(document.body.textContent).toContain('先填您本人的实名信息（替家人办，也是先填您本人的）')
  })
})

// A fresh trial: right after the home page said "父亲李建国已同意让您代办", 我要备案 opened on 为我自己,
// and only the card's own 去办理 chose the father. Whom for is asked, with nothing chosen (askWhom).
describe('我要备案 by the general entry, for someone who may file for family: 为谁备案 is asked first', () => {
  const father = () => memberView({ id: 'dad', name: '李建国', kin: '父亲', canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })
  afterEach(() => (listFamilyMembers as jest.Mock).mockResolvedValue({ members: [] }))

  it('nothing chosen, a line asking, no type questions; choosing the father names him in the questions', async () => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [father()] })
    await mount()
    await waitFor(() => expect(document.getElementById('subject-ask')).not.toBeNull())
    expect(text('subject-ask')).toBe('这次为谁办？请先点一个：为您自己，还是为家人。')
    expect(document.querySelectorAll('#subject-chooser .flow__choice--selected')).toHaveLength(0)
    expect(document.getElementById('question-reason')).toBeNull()
    expect(document.getElementById('mode-guided')).toBeNull()
    click('subject-dad')
    await waitFor(() => expect(document.getElementById('question-reason')).not.toBeNull())
    expect(useFilingDraftStore.getState().subject).toBe('member:dad')
    expect(document.getElementById('subject-ask')).toBeNull()
    expect(document.getElementById('subject-dad')!.className).toContain('flow__choice--selected')
    expect(text('question-reason')).toContain('李建国')
  })

  it('choosing 为我自己 files for herself', async () => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [father()] })
    await mount()
    await waitFor(() => expect(document.getElementById('subject-ask')).not.toBeNull())
    click('subject-self')
    await waitFor(() => expect(document.getElementById('question-reason')).not.toBeNull())
    expect(useFilingDraftStore.getState().subject).toBe('self')
    expect(document.getElementById('subject-self')!.className).toContain('flow__choice--selected')
  })

  it('a father who has not authorised her yet: nothing chosen, and tapping him leads to 家人代办, not his questions', async () => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [memberView({ id: 'dad', canFile: false, authorization: authorizationView({ status: 'PENDING_INVITE' }) })] })
    await mount()
    await waitFor(() => expect(document.getElementById('subject-ask')).not.toBeNull())
    expect(document.querySelectorAll('#subject-chooser .flow__choice--selected')).toHaveLength(0)
    click('subject-dad')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/packages/family/pages/') })))
    expect(useFilingDraftStore.getState().subject).toBe('self')
    expect(document.getElementById('question-reason')).toBeNull()
  })

  // case | members | opened with | the draft kept for the one last chosen | asks
  it.each<[string, ReturnType<typeof memberView>[], Record<string, string>, Partial<ReturnType<typeof emptyFilingDraft>>, boolean]>([
    ['no family member', [], {}, {}, false],
    // A trial: it opened on 为我自己 while her father had not authorised her yet.
    ['a member not authorised yet', [memberView({ id: 'dad', canFile: false, authorization: authorizationView({ status: 'PENDING_INVITE' }) })], {}, {}, true],
    ['opened for the father (his card’s 去办理)', [father()], { member: 'dad' }, {}, false],
    ['her own filing half-way (resumed, not asked)', [father()], {}, { type: 'STATIONED_WORKER', step: 'materials' }, false],
    ['her own answers begun', [father()], {}, { chooserAnswers: { reason: 'live' } }, false],
  ])('%s: asks %s', async (_case, members, params, draft, asks) => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members })
    useFilingDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyFilingDraft(), ...draft } } })
    setRouterParams(params)
    await mount()
    await waitFor(() => expect(document.getElementById('mode-guided') !== null || document.getElementById('subject-ask') !== null).toBe(true))
    // The members are read after the first render: let them come.
    await waitFor(() => expect(listFamilyMembers).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 20))
    expect(document.getElementById('subject-ask') !== null).toBe(asks)
  })
})

describe('我要备案: the filings the person already has (trial: refused only at the last tap)', () => {
  // 王大爷's filing for himself, still under review.
  const hisOwn = filingView({
    id: 'own', number: 'YD20261202VBTABB', type: 'LONG_TERM_RESIDENT', typeName: '异地长期居住人员', status: 'UNDER_REVIEW', statusLabel: '审核中',
    destination: { province: '440000', city: '440100', name: '广东省广州市' }, validFrom: null,
  })

  it('says before he starts what stands (place, type, status, number) and opens it', async () => {
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [hisOwn, filingView({ id: 'old', status: 'CANCELLED', statusLabel: '已取消' })] })
    await mount()
    await waitFor(() => expect(document.getElementById('standing-notice')).not.toBeNull())
    expect(text('standing-notice')).toContain('您已经有 1 条正在办理或已经生效的备案：')
    expect(text('standing-own')).toBe('去广东省广州市异地长期居住人员，审核中，备案号 YD20261202VBTABB查看这条备案 ›')
    expect(document.getElementById('standing-old')).toBeNull()
    expect(document.getElementById('standing-own')!.getAttribute('role')).toBe('link')
    expect(text('standing-advice')).toBe('同一种备案、同一个地方只能有一条。要改地方或日期，请打开已有的备案办理变更，不用重新办。')
    click('standing-own')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=own' })
  })

  it('once the same type is chosen, says that place would be refused; it only warns, he may go on', async () => {
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [hisOwn] })
    await mount()
    click('mode-direct')
    await waitFor(() => expect(document.getElementById('type-LONG_TERM_RESIDENT')).not.toBeNull())
    click('type-LONG_TERM_RESIDENT')
    await waitFor(() => expect(text('standing-advice')).toContain('您选的“异地长期居住人员”，去广东省广州市的已经有了，再办一条会被退回。'))
    expect(document.getElementById('standing-own')!.className).toContain('filing-start__standing-item--clash')
    // Already in hospital (the trial: a father sent here from the emergency flow, told only that he
    // had one): the emergency page weighs that filing against the stay.
    expect(text('standing-stay-hint')).toBe('已经在外地住院了？点这里看这次住院怎么报 ›')
    click('standing-stay-hint')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?whom=self' })
    click('type-REFERRAL')
    await waitFor(() => expect(text('standing-advice')).toMatch(/^同一种备案/))
    expect(document.getElementById('standing-stay-hint')).toBeNull()
    click('choose-type')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/form/index' })
  })

  it('a standing filing on a 承诺书 says from when it can be changed, in the list and when it clashes', async () => {
    const locked = filingView({
      ...hisOwn, status: 'APPROVED', statusLabel: '备案成功', basis: 'COMMITMENT', validFrom: '2026-12-02',
      actions: { canCancel: false, canChange: false, firstAllowedOn: '2027-06-02', explanation: '' },
    })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [locked] })
    await mount()
    await waitFor(() => expect(document.getElementById('standing-lock-own')).not.toBeNull())
    expect(text('standing-lock-own')).toBe('按个人承诺书办理，2027 年 6 月 2 日起才能变更或取消')
    click('mode-direct')
    await waitFor(() => expect(document.getElementById('type-LONG_TERM_RESIDENT')).not.toBeNull())
    click('type-LONG_TERM_RESIDENT')
    await waitFor(() => expect(text('standing-advice')).toContain('2027 年 6 月 2 日起才能变更或取消；确有客观原因要提前改的，请联系参保地医保经办机构。'))
  })

  it('for a family member: only the filings the filer made for that person', async () => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValueOnce({
      members: [memberView({ id: 'm1', name: '张建华', idNumberMasked: '110105********002X', canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })],
    })
    const forHim = filingView({ id: 'for-him', filedBySelf: false, subject: { name: '张建华', idNumberMasked: '110105********002X', relationLabel: '父母' } })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [hisOwn, forHim] })
    setRouterParams({ member: 'm1' })
    await mount()
    await waitFor(() => expect(text('standing-notice')).toContain('您替张建华办的备案里，有 1 条正在办理或已经生效：'))
    expect(document.getElementById('standing-for-him')).not.toBeNull()
    expect(document.getElementById('standing-own')).toBeNull()
    // His type clashes: the way on for a stay already begun opens the emergency page for him.
    click('mode-direct')
    await waitFor(() => expect(document.getElementById('type-RETIRED_RESETTLED')).not.toBeNull())
    click('type-RETIRED_RESETTLED')
    await waitFor(() => expect(document.getElementById('standing-stay-hint')).not.toBeNull())
    click('standing-stay-hint')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?member=m1' })
  })

  it('a draft refused as a duplicate: the notice comes first, and the draft says it duplicates the filing he has (trial: 继续填写 led back to the refusal)', async () => {
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [hisOwn] })
    useFilingDraftStore.setState({
      subject: 'self',
      drafts: { self: { ...emptyFilingDraft(), type: 'LONG_TERM_RESIDENT', step: 'review', destination: '440100', startDate: '2026-12-02' } },
    })
    await mount()
    await waitFor(() => expect(document.getElementById('resume-duplicate')).not.toBeNull())
    expect(text('resume-duplicate')).toBe('上次填的「异地长期居住人员」和您已有的备案重复了，不用再提交；要改地方或日期，请打开已有的备案办理变更。')
    expect(document.getElementById('resume-continue')).toBeNull()
    // What stands comes before the draft, its place marked as the clash.
    const notice = document.getElementById('standing-notice')!
    expect(notice.compareDocumentPosition(document.getElementById('resume-draft')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(document.getElementById('standing-own')!.className).toContain('filing-start__standing-item--clash')
    click('resume-open-existing')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=own' })
    expect(text('resume-restart')).toBe('放弃这份草稿')
    click('resume-restart')
    await waitFor(() => expect(document.getElementById('resume-draft')).toBeNull())
    expect(useFilingDraftStore.getState().drafts.self).toMatchObject({ step: 'start', type: null })
  })

  it('a draft to another place is offered back as usual, below what stands', async () => {
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [hisOwn] })
    useFilingDraftStore.setState({
      subject: 'self',
      drafts: { self: { ...emptyFilingDraft(), type: 'LONG_TERM_RESIDENT', step: 'review', destination: '440300', startDate: '2026-12-02' } },
    })
    await mount()
    await waitFor(() => expect(document.getElementById('standing-notice')).not.toBeNull())
    expect(document.getElementById('resume-continue')).not.toBeNull()
    expect(document.getElementById('resume-duplicate')).toBeNull()
    const resume = document.getElementById('resume-draft')!
    expect(resume.compareDocumentPosition(document.getElementById('standing-notice')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('says nothing when nothing stands or the list cannot be read', async () => {
    ;(listFilings as jest.Mock).mockRejectedValue(new Error('offline'))
    await mount()
    click('mode-direct')
    await waitFor(() => expect(document.getElementById('type-REFERRAL')).not.toBeNull())
    expect(document.getElementById('standing-notice')).toBeNull()
  })
})

