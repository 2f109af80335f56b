import Taro from '@tarojs/taro'
import { now } from '@/lib/clock'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { useSettingsStore } from '@/stores/use-settings-store'
import { useSessionStore } from '@/stores/use-session-store'
import { useMeStore } from '@/stores/use-me-store'
import { useEmergencyDraftStore, emptyEmergencyDraft } from '@/stores/use-emergency-draft-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { useSeenNewsStore } from '@/stores/use-seen-news-store'
import { EMPTY_PROFILE_DRAFT, useProfileDraftStore } from '@/stores/use-profile-draft-store'
import { emptyFilingDraft, useFilingDraftStore } from '@/stores/use-filing-draft-store'
import { listFilings } from '@/services/filings'
import { listFamilyMembers, listWaitingInvitations } from '@/services/family'
import { fetchMe } from '@/services/me'
import { UNVERIFIED_REVIEW_NOTE } from '@/domain/verification/notes'
import { filingView } from '@/packages/mine/shared/test-fixtures'
import { memberView } from '@/packages/family/shared/test-fixtures'
import { chinaToday } from '@/domain/time/china-date'
import Home from './index'
import { WAITING_SPACE_KEY } from './waiting-space'

jest.mock('@/services/filings', () => ({ listFilings: jest.fn() }))
jest.mock('@/services/family', () => ({ listWaitingInvitations: jest.fn(), listFamilyMembers: jest.fn() }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn() }))
const mockedMe = fetchMe as jest.MockedFunction<typeof fetchMe>
const mockedList = listFilings as jest.MockedFunction<typeof listFilings>
const mockedInvitations = listWaitingInvitations as jest.MockedFunction<typeof listWaitingInvitations>
const mockedMembers = listFamilyMembers as jest.MockedFunction<typeof listFamilyMembers>

const text = (id: string) => document.getElementById(id)?.textContent ?? ''

let mounted: TestUtils | null = null

async function mountHome(elder: boolean) {
  useSettingsStore.setState({ elder })
  mounted = new TestUtils()
  await mounted.mount(Home, {})
  await waitFor(() => expect(document.getElementById('entry-family')).not.toBeNull())
}

/** Mounts the home page, finds its 实人认证 card reading `card` and leading to the progress when tapped, then takes the page down. */
async function verificationCardReads(elder: boolean, card: string) {
  await mountHome(elder)
  await waitFor(() => expect(document.getElementById('waiting-VERIFY-verification')).not.toBeNull())
  expect(text('waiting-VERIFY-verification')).toBe(card)
  fireEvent.click(document.getElementById('waiting-VERIFY-verification')!)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index?for=waiting' })
  mounted?.unmout()
  mounted = null
  document.body.innerHTML = ''
}

beforeEach(() => {
  useSessionStore.setState({ token: null, userId: null })
  useEmergencyDraftStore.setState({ subject: 'self', drafts: {} })
  useFilingDraftStore.setState({ subject: 'self', drafts: {} })
  useSeenNewsStore.setState({ seen: [] })
  useMeStore.setState({ me: null, awaited: null })
  mockedList.mockReset().mockResolvedValue({ filings: [] })
  mockedInvitations.mockReset().mockResolvedValue({ invitations: [] })
  mockedMembers.mockReset().mockResolvedValue({ members: [] })
  mockedMe.mockReset().mockRejectedValue(new Error('not asked for'))
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
})

afterEach(() => {
  mounted?.unmout()
  mounted = null
  document.body.innerHTML = ''
  jest.restoreAllMocks()
})

describe('home page tiles say whose task it is (issue 13 item 9)', () => {
  it.each([
    // mode, tile text, where it leads
    [false, '家人代办替父母、配偶等家人办理', '/packages/family/pages/list/index'],
    // 长辈模式: the same title, a hint for both ways (a trial: 让子女帮我办 assumed the elder holds the
    // phone; often a daughter set it up for her father, or files for him); it opens 谁可以替我办,
    // which leads on to the family list too.
    [true, '家人代办子女替我办，或我替家人办', '/packages/family/pages/proxies/index'],
  ])('长辈模式 %s: the family tile reads %s and opens %s', async (elder, tile, url) => {
    await mountHome(elder)
    expect(text('entry-family')).toBe(tile)
    fireEvent.click(document.getElementById('entry-family')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url })
  })
})

// A trial: a daughter left her father's filing half-way; the home page said nothing of it.
describe('还没填完的备案 on the home page', () => {
  it.each([false, true])('长辈模式 %s: names whose and which type, 继续填写 opens that person’s draft at its step, without a session too', async (elder) => {
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '王建国', relationLabel: '父母', insuredRegion: '450200' } } })
    useFilingDraftStore.setState({
      subject: 'self',
      drafts: {
        'member:m1': { ...emptyFilingDraft(), type: 'RETIRED_RESETTLED', step: 'materials' },
        self: { ...emptyFilingDraft(), chooserAnswers: { reason: 'retired' } },
      },
    })
    await mountHome(elder)
    await waitFor(() => expect(document.getElementById('draft-card-member-m1')).not.toBeNull())
    expect(text('draft-card-member-m1')).toContain('还没填完的备案：替王建国办的')
    expect(text('draft-card-member-m1')).toContain('您上次替王建国办「异地安置退休人员」备案，填到了“上传材料”，还没有提交。')
    // Only questions answered, no type yet: nothing to name.
    expect(document.getElementById('draft-card-self')).toBeNull()
    fireEvent.click(document.getElementById('draft-continue-member-m1')!)
    expect(useFilingDraftStore.getState().subject).toBe('member:m1')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/filing/pages/materials/index' })
  })

  it('不填了，删掉 asks first; 先留着 keeps it, 确定删掉 discards only that draft and the card goes', async () => {
    useSubjectsStore.setState({ members: {} })
    useFilingDraftStore.setState({
      subject: 'self',
      drafts: {
        self: { ...emptyFilingDraft(), type: 'LONG_TERM_RESIDENT', step: 'form', addressAtDestination: '阳江市江城区东风路 8 号' },
        'member:m1': { ...emptyFilingDraft(), type: 'REFERRAL', step: 'review' },
      },
    })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('draft-card-self')).not.toBeNull())
    // One's own first.
    expect(Array.from(document.querySelectorAll('.home__draft')).map((el) => el.id)).toEqual(['draft-card-self', 'draft-card-member-m1'])
    expect(text('draft-card-member-m1')).toContain('替家人办')

    fireEvent.click(document.getElementById('draft-discard-self')!)
    await waitFor(() => expect(document.getElementById('draft-confirm-self')).not.toBeNull())
    expect(text('draft-confirm-self')).toContain('确定不要这份备案了吗？')
    fireEvent.click(document.getElementById('draft-discard-no-self')!)
    await waitFor(() => expect(document.getElementById('draft-confirm-self')).toBeNull())
    expect(useFilingDraftStore.getState().drafts.self?.addressAtDestination).toBe('阳江市江城区东风路 8 号')

    fireEvent.click(document.getElementById('draft-discard-self')!)
    await waitFor(() => expect(document.getElementById('draft-discard-yes-self')).not.toBeNull())
    fireEvent.click(document.getElementById('draft-discard-yes-self')!)
    await waitFor(() => expect(document.getElementById('draft-card-self')).toBeNull())
    expect(useFilingDraftStore.getState().drafts.self).toBeUndefined()
    expect(useFilingDraftStore.getState().drafts['member:m1']?.type).toBe('REFERRAL')
    expect(document.getElementById('draft-card-member-m1')).not.toBeNull()
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })
})

// A trial: 继续填写 here went straight to the step, skipping 我要备案's warning that the person
// already has a filing of that type for that place (in force or in review): a duplicate (SPEC §7).
describe('还没填完的备案 that duplicates a filing the person has', () => {
  it.each([false, true])('长辈模式 %s: says so as 接着上次填 does, names the filing, and opens it instead of 继续填写', async (elder) => {
    useSessionStore.setState({ token: 't1', userId: 'u1' })
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '王建国', relationLabel: '父母', insuredRegion: '450200' } } })
    const today = chinaToday(now())
    useFilingDraftStore.setState({
      subject: 'self',
      drafts: {
        self: { ...emptyFilingDraft(), type: 'RETIRED_RESETTLED', step: 'materials', destination: '441700', startDate: today },
        // The father's draft is to another city: no clash, 继续填写 as before.
        'member:m1': { ...emptyFilingDraft(), type: 'RETIRED_RESETTLED', step: 'form', destination: '440100', startDate: today },
      },
    })
    mockedMembers.mockResolvedValue({ members: [memberView({ id: 'm1', name: '王建国', idNumberMasked: '110105********0033' })] })
    mockedList.mockResolvedValue({
      filings: [
        // Her own, in review, to 阳江: the draft to 阳江 duplicates it.
        filingView({ id: 'f-own', status: 'UNDER_REVIEW', statusLabel: '审核中', validFrom: null, startDate: today }),
        // The father's, made by her, to 阳江: his draft is to 广州.
        filingView({
          id: 'f-father', filedBySelf: false, subject: { name: '王建国', idNumberMasked: '110105********0033', relationLabel: '父母' }, startDate: today,
        }),
      ],
    })
    await mountHome(elder)
    await waitFor(() => expect(document.getElementById('draft-open-existing-self')).not.toBeNull())
    expect(text('draft-card-self')).toContain('上次填的不用再提交')
    expect(text('draft-card-self')).toContain('上次填的「异地安置退休人员」和您已有的备案重复了，不用再提交；要改地方或日期，请打开已有的备案办理变更。')
    expect(text('draft-existing-self')).toBe('已有的备案：异地安置退休人员（去广东省阳江市），审核中，备案号 YD20261123ABCDEF')
    expect(document.getElementById('draft-continue-self')).toBeNull()
    expect(document.getElementById('draft-continue-member-m1')).not.toBeNull()
    expect(text('draft-card-member-m1')).toContain('还没填完的备案：替王建国办的')

    fireEvent.click(document.getElementById('draft-open-existing-self')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=f-own' })
    // 不填了，删掉 is still there, asking first.
    fireEvent.click(document.getElementById('draft-discard-self')!)
    await waitFor(() => expect(document.getElementById('draft-confirm-self')).not.toBeNull())
  })
})

describe('home page order', () => {
  it.each([false, true])('长辈模式 %s: 实名信息, which every flow needs first, comes right after the two main tasks', async (elder) => {
    await mountHome(elder)
    const order = Array.from(document.querySelectorAll('.home__entry')).map((el) => el.id)
    expect(order.slice(0, 3)).toEqual(['entry-file', 'entry-emergency', 'entry-profile'])
    expect(text('entry-profile')).toContain('第一次用')
  })

  // A trial: the tile still said 第一次用先填 after the 实名信息 was saved.
  it.each([
    [false, '实名信息已填好，可以查看或修改'],
    [true, '实名信息已填好，点这里看'],
  ])('长辈模式 %s: once 实名信息 is saved on this phone the tile reads %s, also while an edit is half-typed; typed and never saved, still 第一次用', async (elder, tile) => {
    const saved = { ...EMPTY_PROFILE_DRAFT, name: '王德福', idNumber: '450221195503120017', phone: '13800000000', insuredRegion: '450200', insuranceType: 'EMPLOYEE' as const }
    const remount = async () => {
      mounted?.unmout()
      document.body.innerHTML = ''
      await mountHome(elder)
    }
    useProfileDraftStore.getState().setField('name', '王德福')
    await mountHome(elder)
    expect(text('entry-profile')).toContain('第一次用')
    useProfileDraftStore.getState().markSaved(saved)
    await remount()
    expect(text('entry-profile')).toBe(tile)
    useProfileDraftStore.getState().setField('phone', '1390000')
    await remount()
    expect(text('entry-profile')).toBe(tile)
    useProfileDraftStore.setState({ draft: EMPTY_PROFILE_DRAFT, touched: {}, dirty: false, onServer: false })
  })
})

describe('the emergency tile names no deadline: it differs by 参保地 (江苏 视同已备案, 阳江 before discharge)', () => {
  it.each([
    [false, '在外地急诊住院了突然生病住院，看看要不要补办、最晚哪天'],
    [true, '在外地急诊住院了突然生病住院，看看要不要补办'],
  ])('长辈模式 %s: %s', async (elder, tile) => {
    await mountHome(elder)
    expect(text('entry-emergency')).toBe(tile)
    expect(text('entry-emergency')).not.toMatch(/工作日|尽快/)
  })
})

describe('home page offers a human to ask, in both modes (issue 13 item 13)', () => {
  it.each([
    [false, '办不明白？可以找人问'],
    [true, '不会弄？打电话问'],
  ])('长辈模式 %s: 12393 on the home page under “%s”', async (elder, title) => {
    await mountHome(elder)
    expect(text('help-line-home')).toContain(title)
    expect(text('help-line-home-call')).toContain('12393')
    expect(text('help-line-home-office')).toContain('参保地')
  })
})

describe('home page cards for what waits on the person (issue 13 item 12)', () => {
  it('补充材料 asked for, and an emergency filing started for a parent: a card each, leading there', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedList.mockResolvedValue({
      filings: [
        filingView({
          id: 'f9', status: 'NEEDS_MATERIALS', statusLabel: '待补充材料', typeName: '异地长期居住人员',
          review: { decision: 'REQUEST_MATERIALS', reasons: [], missingItems: ['身份证反面', '居住证'], corrections: [], decidedAt: '2026-11-30T02:00:00Z' },
        }),
        filingView({ id: 'ok' }),
      ],
    })
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '王秀英', relationLabel: '父母', insuredRegion: '450200' } } })
    useEmergencyDraftStore.setState({
      subject: 'self',
      drafts: { 'member:m1': { ...emptyEmergencyDraft(), step: 'details', admittedOn: '2026-11-29' }, self: emptyEmergencyDraft() },
    })
    await mountHome(true)
    await waitFor(() => expect(document.getElementById('waiting-MATERIALS-f9')).not.toBeNull())
    expect(text('waiting-MATERIALS-f9')).toBe('您的异地长期居住人员备案要补充材料工作人员列出了 2 项要补的材料（身份证反面、居住证），补齐后才能继续审核。去补充材料 ›')
    // Asks something: the card's own orange, not the plain look of one that asks nothing.
    expect(document.getElementById('waiting-MATERIALS-f9')!.className).toBe('home__waiting-card')
    expect(text('waiting-EMERGENCY_DRAFT-member-m1')).toBe(
      '王秀英的急诊补办备案还没提交11 月 29 日入院，补办备案有期限，越早交越好。点下面接着办，能看到截止日期。接着办急诊备案 ›',
    )
    expect(document.getElementById('waiting-EMERGENCY_DRAFT-self')).toBeNull()
    expect(document.getElementById('waiting-MATERIALS-ok')).toBeNull()
    fireEvent.click(document.getElementById('waiting-MATERIALS-f9')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=f9' })
    fireEvent.click(document.getElementById('waiting-EMERGENCY_DRAFT-member-m1')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?member=m1' })
  })

  it('a stay looked up on the first page, then 实名信息 filled: a card leads back to it, naming nobody; one only looked up, none (a trial)', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2026-12-04', askWhoseAfterProfile: true } } })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('waiting-EMERGENCY_DRAFT-self')).not.toBeNull())
    expect(text('waiting-EMERGENCY_DRAFT-self')).toBe('刚才查的急诊住院，备案还没办完12 月 4 日入院，补办备案有期限，越早交越好。点下面接着办，能看到截止日期。接着办急诊备案 ›')
    fireEvent.click(document.getElementById('waiting-EMERGENCY_DRAFT-self')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?whom=self' })
    mounted?.unmout()
    mounted = null
    document.body.innerHTML = ''
    // Only looked up (the deadline checked, nothing more): no card urges it.
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyEmergencyDraft(), admittedOn: '2026-12-04' } } })
    await mountHome(false)
    expect(document.getElementById('waiting-EMERGENCY_DRAFT-self')).toBeNull()
  })

  it.each([false, true])('长辈模式 %s: a send-back that only asks a question says so, not 补充材料', async (elder) => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedList.mockResolvedValue({
      filings: [
        filingView({
          id: 'q1', status: 'NEEDS_MATERIALS', statusLabel: '待补充材料', typeName: '异地长期居住人员',
          review: { decision: 'REQUEST_MATERIALS', reasons: [], missingItems: ['为什么到广州长住？'], corrections: [], decidedAt: '2026-11-30T02:00:00Z' },
        }),
      ],
    })
    await mountHome(elder)
    await waitFor(() => expect(document.getElementById('waiting-MATERIALS-q1')).not.toBeNull())
    const card = text('waiting-MATERIALS-q1')
    expect(card).toContain('审核员有个问题要您回答')
    expect(card).toContain('去回答问题')
    expect(card).not.toContain('补充材料')
  })

  // A trial: after 撤销 the home page offered nothing; 重新办急诊备案 was only under 我的备案 → 查看详情.
  it.each([false, true])('长辈模式 %s: an emergency filing cancelled before its deadline — a card offers 重新办急诊备案; past it, 零星报销', async (elder) => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    const day = (offset: number) => chinaToday(new Date(now().getTime() + offset * 86_400_000))
    const cancelled = (id: string, deadline: string) =>
      filingView({
        id, type: 'EMERGENCY', typeName: '异地急诊（抢救）人员', status: 'CANCELLED', statusLabel: '已取消',
        emergency: { admittedOn: day(-3), awayReason: 'VISIT', hospitalName: '深圳市人民医院', diagnosis: '急性阑尾炎', criteria: ['ACUTE_PAIN'], deadline, mode: 'WINDOW' },
      })
    mockedList.mockResolvedValue({ filings: [cancelled('c1', day(4))] })
    await mountHome(elder)
    await waitFor(() => expect(document.getElementById('waiting-EMERGENCY_CANCELLED-c1')).not.toBeNull())
    const card = document.getElementById('waiting-EMERGENCY_CANCELLED-c1')!
    expect(text('waiting-EMERGENCY_CANCELLED-c1')).toContain('您的急诊备案已经撤销，这次住院还能重新办')
    expect(text('waiting-EMERGENCY_CANCELLED-c1')).toContain('重新办急诊备案 ›')
    expect(card.getAttribute('role')).toBe('link')
    fireEvent.click(card)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=c1' })
    mounted?.unmout()
    document.body.innerHTML = ''

    mockedList.mockResolvedValue({ filings: [cancelled('c2', day(-1))] })
    await mountHome(elder)
    await waitFor(() => expect(document.getElementById('waiting-EMERGENCY_CANCELLED-c2')).not.toBeNull())
    expect(text('waiting-EMERGENCY_CANCELLED-c2')).toContain('来不及重新办了')
    expect(text('waiting-EMERGENCY_CANCELLED-c2')).toContain('别着急，医药费还是能报的：先自己付，回参保地申请报销（零星报销）。看零星报销怎么办 ›')
  })

  it('an emergency whose 参保地 deems it filed (苏州, 002 第三十七条): a calm card leading to what to tell the hospital, none once 知道了 (a trial)', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '王建国', relationLabel: '父母', insuredRegion: '320500' } } })
    useEmergencyDraftStore.setState({
      subject: 'self',
      drafts: { 'member:m1': { ...emptyEmergencyDraft(), step: 'details', admittedOn: '2026-11-29', nothingToFile: 'DEEMED_FILED' } },
    })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('waiting-EMERGENCY_DEEMED-member-m1')).not.toBeNull())
    expect(text('waiting-EMERGENCY_DEEMED-member-m1')).toBe(
      '王建国这次急诊住院视同已备案，不用补办11 月 29 日入院。不用交什么，出院时直接用医保结算；跟医院怎么说，点下面再看一遍。看跟医院怎么说 ›',
    )
    expect(document.getElementById('home-waiting')!.textContent).not.toMatch(/还没提交|越早交越好/)
    expect(document.getElementById('waiting-EMERGENCY_DEEMED-member-m1')!.className).toContain('home__waiting-card--good')
    fireEvent.click(document.getElementById('waiting-EMERGENCY_DEEMED-member-m1')!)
    expect(useEmergencyDraftStore.getState().subject).toBe('member:m1')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/emergency/pages/details/index' })
  })

  it.each([false, true])('长辈模式 %s: a daughter’s invitation waits: the card says whose request it is and opens the accept page', async (elder) => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedInvitations.mockResolvedValue({
      invitations: [{
        id: 'a7', proxyName: '王*', proxyFullName: '王丽', proxyKin: '女儿', callerNeeds: [],
        memberName: '张*华', relationLabel: '父母', memberInsuredRegion: '440300', memberInsuranceType: 'EMPLOYEE', expiresAt: '2026-12-08T02:00:00.000Z', status: 'PENDING_INVITE', emergency: null,
      }],
    })
    await mountHome(elder)
    await waitFor(() => expect(document.getElementById('waiting-INVITATION-a7')).not.toBeNull())
    expect(text('waiting-INVITATION-a7')).toBe(
      '您的女儿 王丽 请您同意她替您办理备案同意以后，她可以用自己的手机替您办理异地就医备案、查看办理进度；随时可以撤销。去看看，同意 ›',
    )
    expect(document.getElementById('waiting-INVITATION-a7')!.className).toBe('home__waiting-card')
    expect(document.querySelector('.home')!.classList.contains('home--elder')).toBe(elder)
    fireEvent.click(document.getElementById('waiting-INVITATION-a7')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/accept/index?invitation=a7' })
  })

  it('the proxy’s side: her father has not agreed yet — “等待父亲张建华同意”, leading to 家人代办', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedMembers.mockResolvedValue({
      members: [{
        id: 'm1', name: '张建华', idNumberMasked: '1101**********002X', relation: 'PARENT', relationLabel: '父母', kin: '父亲',
        phoneMasked: '139****5678', phone: '13912345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE',
        authorization: { id: 'a1', method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2026-12-08T02:00:00.000Z', reasons: [] },
        canFile: false,
      }],
    })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('waiting-AWAITING_MEMBER-m1')).not.toBeNull())
    expect(text('waiting-AWAITING_MEMBER-m1')).toBe('等待父亲张建华同意邀请已发出，请张建华用自己的手机打开邀请，点“同意”后您才能替张建华办理。去家人代办看看 ›')
    fireEvent.click(document.getElementById('waiting-AWAITING_MEMBER-m1')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/list/index' })
  })

  it('the proxy’s side, the invitation sent for his emergency stay: the card leads back to that stay, not to 家人代办 (a trial)', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    const emergency = { admittedOn: '2026-12-02', mode: 'WINDOW' as const, deadline: '2026-12-09', closed: false }
    mockedMembers.mockResolvedValue({
      members: [{
        id: 'm1', name: '张建华', idNumberMasked: '1101**********002X', relation: 'PARENT', relationLabel: '父母', kin: '父亲',
        phoneMasked: '139****5678', phone: '13912345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE',
        authorization: { id: 'a1', method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2026-12-08T02:00:00.000Z', reasons: [], emergency },
        canFile: false,
      }],
    })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('waiting-AWAITING_MEMBER-m1')).not.toBeNull())
    expect(text('waiting-AWAITING_MEMBER-m1')).toContain('2026 年 12 月 9 日 24:00 前提交')
    expect(text('waiting-AWAITING_MEMBER-m1')).toMatch(/去看这次急诊补办 ›$/)
    fireEvent.click(document.getElementById('waiting-AWAITING_MEMBER-m1')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?member=m1' })
  })

  it.each([false, true])('长辈模式 %s: his 授权委托书 waits for staff — a card says so (nothing to do), leading to 家人代办', async (elder) => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedMembers.mockResolvedValue({
      members: [{
        id: 'm2', name: '张建华', idNumberMasked: '1101**********002X', relation: 'PARENT', relationLabel: '父母', kin: '父亲',
        phoneMasked: '139****5678', phone: '13912345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE',
        authorization: { id: 'a2', method: 'DOCUMENT', status: 'PENDING_REVIEW', expiresAt: null, reasons: [] },
        canFile: false,
      }],
    })
    await mountHome(elder)
    await waitFor(() => expect(document.getElementById('waiting-LETTER_IN_REVIEW-m2')).not.toBeNull())
    expect(text('waiting-LETTER_IN_REVIEW-m2')).toBe(
      '父亲张建华的授权委托书正在审核工作人员正在看您上传的授权委托书，您不用再做什么。审核通过后，首页会告诉您，就能替张建华办理了。去家人代办看看 ›',
    )
    expect(document.getElementById('waiting-LETTER_IN_REVIEW-m2')!.getAttribute('role')).toBe('link')
    // Nothing to do: drawn plain, not in the orange of a card that asks something (a trial).
    expect(document.getElementById('waiting-LETTER_IN_REVIEW-m2')!.className).toContain('home__waiting-card--quiet')
    fireEvent.click(document.getElementById('waiting-LETTER_IN_REVIEW-m2')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/list/index' })
  })

  // A trial: 去重新上传 opened the page on 发邀请, the upload hidden under it.
  it('his 授权委托书 was refused: the card opens the authorisation page with the upload open', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedMembers.mockResolvedValue({
      members: [{
        id: 'm3', name: '张建华', idNumberMasked: '1101**********002X', relation: 'PARENT', relationLabel: '父母', kin: '父亲',
        phoneMasked: '139****5678', phone: '13912345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE',
        authorization: { id: 'a3', method: 'DOCUMENT', status: 'REJECTED', expiresAt: null, reasons: ['没有签名'] },
        canFile: false,
      }],
    })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('waiting-LETTER_REJECTED-m3')).not.toBeNull())
    fireEvent.click(document.getElementById('waiting-LETTER_REJECTED-m3')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/authorize/index?id=m3&method=DOCUMENT' })
  })

  it.each([false, true])('长辈模式 %s: 实人认证 photos sent, no filing waiting on them: a card says they are being checked and leads to the progress (a trial)', async (elder) => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedList.mockResolvedValue({ filings: [] })
    const me = { user: { id: 'u1' }, profile: null, verification: { status: 'PENDING' as const, statusLabel: '等待人工核对', method: 'STAFF' as const, at: '2026-12-04T08:00:00.000Z', reason: null, conflict: null } }
    // This phone last knew the photos were being checked (the 实人认证 page's answer): the home page asks again.
    useMeStore.setState({ me })
    mockedMe.mockReset().mockResolvedValue(me)
    await verificationCardReads(elder, '您的实人认证照片正在核对工作人员一般 1 个工作日内核对好，您不用再做什么，也不用重新拍。核对好以后，办备案不用再等核对身份。查看实人认证进度 ›')
    // Sent for his son's invitation, opened on this phone (a trial): its 同意 comes next; not once it has expired.
    useMeStore.setState({ me, awaited: { proxyKin: '儿子', proxyFullName: '王强', expiresAt: '2099-01-01T00:00:00.000Z' } })
    await verificationCardReads(elder, '您的实人认证照片正在核对工作人员一般 1 个工作日内核对好，您不用再做什么，也不用重新拍。核对好以后，这里会出现您儿子 王强的邀请，点“同意”，他就能替您办备案了。查看实人认证进度 ›')
    useMeStore.setState({ me, awaited: { proxyKin: '儿子', proxyFullName: '王强', expiresAt: '2020-01-01T00:00:00.000Z' } })
    await verificationCardReads(elder, '您的实人认证照片正在核对工作人员一般 1 个工作日内核对好，您不用再做什么，也不用重新拍。核对好以后，办备案不用再等核对身份。查看实人认证进度 ›')
    useMeStore.setState({ awaited: null })
    // Checked since: no card (the status asked again, not the one this phone kept).
    mockedMe.mockReset().mockResolvedValue({ ...me, verification: { ...me.verification, status: 'VERIFIED' as never, statusLabel: '已认证' } })
    await mountHome(elder)
    await waitFor(() => expect(mockedMe).toHaveBeenCalled())
    await waitFor(() => expect(document.getElementById('waiting-VERIFY-verification')).toBeNull())
  })

  it('a filing waiting only on his own 实人认证: a card leads there, asked for only then; none while the photos wait', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    const waiting = filingView({
      id: 'f5', status: 'UNDER_REVIEW', statusLabel: '审核中', typeName: '其他临时外出就医人员',
      timeline: [
        { status: 'SUBMITTED', label: '已提交', at: '2026-12-02T13:10:00.000Z', note: null },
        { status: 'UNDER_REVIEW', label: '审核中', at: '2026-12-02T13:10:00.000Z', note: UNVERIFIED_REVIEW_NOTE },
      ],
    })
    mockedList.mockResolvedValue({ filings: [waiting] })
    const verification = (status: 'UNVERIFIED' | 'PENDING') => ({ status, statusLabel: status, method: null, at: null, reason: null, conflict: null })
    mockedMe.mockReset().mockResolvedValue({ user: { id: 'u1' }, profile: null, verification: verification('UNVERIFIED') })
    // H5 (these tests' platform): staff check it; the photos would speed up later filings.
    // Nothing is asked (as the result page says): 实人认证 is offered as optional, with what it brings.
    await verificationCardReads(true, '您的其他临时外出就医人员备案在等工作人员核对身份您不用再做什么：工作人员核对好身份，备案就生效。可选：做实人认证，以后办备案不用再等核对 ›')

    // The photos sent: nothing for him to do, and the card says so, leading to the progress.
    mockedMe.mockReset().mockResolvedValue({ user: { id: 'u1' }, profile: null, verification: verification('PENDING') })
    await mountHome(false)
    await waitFor(() => expect(text('waiting-VERIFY-verification')).toContain('您的实人认证照片正在核对'))
    expect(text('waiting-VERIFY-verification')).toContain('查看实人认证进度 ›')
    // Asking nothing, it is drawn plain, its action a link (a trial: a big orange button above the
    // card with the real next step).
    expect(document.getElementById('waiting-VERIFY-verification')!.className).toBe('home__waiting-card home__waiting-card--quiet')
  })

  // A fresh trial: his daughter filed for him (家人代办); his own home page showed nothing while it
  // was in review. Now a card says who filed it and that he need do nothing, in both modes.
  it.each([false, true])('长辈模式 %s: a filing his daughter made for him, in review: a card naming her, leading to its details', async (elder) => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedList.mockResolvedValue({
      filings: [filingView({
        id: 'f8', status: 'UNDER_REVIEW', statusLabel: '审核中', typeName: '异地长期居住人员', filedBySelf: false,
        filedBy: { self: false, nameMasked: '李*梅', name: '李红梅', kin: '子女' },
        subject: { name: '李建国', idNumberMasked: '4502**********0017', relationLabel: '父母' },
      })],
    })
    await mountHome(elder)
    await waitFor(() => expect(document.getElementById('waiting-FILED_FOR_YOU-f8')).not.toBeNull())
    expect(text('waiting-FILED_FOR_YOU-f8')).toBe(
      '您的子女李红梅替您办的异地长期居住人员备案正在审核您不用做什么。工作人员审核通过后备案就生效，首页会告诉您。查看这份备案 ›',
    )
    fireEvent.click(document.getElementById('waiting-FILED_FOR_YOU-f8')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=f8' })
  })

  it('no filing waits on 实人认证: GET /api/me is not asked', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedList.mockResolvedValue({ filings: [filingView({ id: 'f6', status: 'APPROVED' })] })
    await mountHome(false)
    await waitFor(() => expect(mockedMembers).toHaveBeenCalled())
    expect(mockedMe).not.toHaveBeenCalled()
  })

  it('the invitations cannot be read (offline): the other cards still show', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedInvitations.mockRejectedValue(new Error('offline'))
    mockedList.mockResolvedValue({ filings: [filingView({ id: 'f9', status: 'NEEDS_MATERIALS', statusLabel: '待补充材料' })] })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('waiting-MATERIALS-f9')).not.toBeNull())
    expect(document.querySelectorAll('.home__waiting-card')).toHaveLength(1)
  })

  it('without a session, no account is made just to look: no request, no card', async () => {
    await mountHome(false)
    expect(mockedList).not.toHaveBeenCalled()
    expect(mockedInvitations).not.toHaveBeenCalled()
    expect(mockedMembers).not.toHaveBeenCalled()
    expect(document.getElementById('home-waiting')).toBeNull()
  })
})

describe('home page cards for good news: 备案已通过, 授权委托书已通过 (shown until opened, or 7 days)', () => {
  // An hour before the app's clock (tests/setup/components.setup.ts fixes it; never the real one).
  const anHourAgo = () => new Date(now().getTime() - 3_600_000).toISOString()
  /** 王秀英, the proxy's mother, who said 同意 to her invitation an hour ago. */
  const motherWhoAgreed = () => ({
    id: 'm2', name: '王秀英', idNumberMasked: '4201**********1240', relation: 'PARENT' as const, relationLabel: '父母', kin: '母亲',
    phoneMasked: '138****2222', phone: '13800002222', insuredRegion: '420100', insuranceType: 'RESIDENT' as const,
    authorization: { id: 'a2', method: 'INVITATION' as const, status: 'ACTIVE' as const, expiresAt: '2026-12-09T02:00:00.000Z', reasons: [], decidedAt: null, acceptedAt: anHourAgo() },
    canFile: true,
  })
  const approved = () =>
    filingView({
      id: 'f7', number: 'YD20261202VBTABB', status: 'APPROVED', statusLabel: '备案成功', typeName: '异地长期居住人员',
      destination: { province: '440000', city: '440100', name: '广东省广州市' },
      review: { decision: 'APPROVE', reasons: [], missingItems: [], corrections: [], decidedAt: anHourAgo() },
    })
  const letterApproved = () => ({
    id: 'm1', name: '王建国', idNumberMasked: '4201**********1238', relation: 'PARENT' as const, relationLabel: '父母', kin: '父亲',
    phoneMasked: '138****1111', phone: '13800001111', insuredRegion: '420100', insuranceType: 'EMPLOYEE' as const,
    authorization: { id: 'a1', method: 'DOCUMENT' as const, status: 'ACTIVE' as const, expiresAt: null, reasons: [], decidedAt: anHourAgo() },
    canFile: true,
  })

  it.each([false, true])('长辈模式 %s: a card each, in the good-news style, as links, leading to the filing and to filing for him', async (elder) => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedList.mockResolvedValue({ filings: [approved(), filingView({ id: 'instant' })] })
    mockedMembers.mockResolvedValue({ members: [letterApproved()] })
    await mountHome(elder)
    await waitFor(() => expect(document.getElementById('news-FILING_APPROVED-f7')).not.toBeNull())
    expect(text('news-FILING_APPROVED-f7')).toBe(
      '您的异地长期居住人员备案已通过（YD20261202VBTABB）备案成功（广东省广州市）。有效期和看病时要注意的事，在备案详情里。查看 ›',
    )
    expect(text('news-LETTER_APPROVED-m1')).toBe('王建国的授权委托书已通过现在可以替王建国办理备案了。去办理 ›')
    // An instant filing (即时办结) was told on its result page: no card.
    expect(document.getElementById('news-FILING_APPROVED-instant')).toBeNull()
    const card = document.getElementById('news-FILING_APPROVED-f7')!
    expect(card.className).toBe('home__waiting-card home__waiting-card--good')
    expect(card.getAttribute('role')).toBe('link')
    expect(document.querySelector('.home')!.classList.contains('home--elder')).toBe(elder)
    fireEvent.click(card)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=f7' })
    fireEvent.click(document.getElementById('news-LETTER_APPROVED-m1')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index?member=m1' })
    // Opened: not shown again.
    await waitFor(() => expect(document.getElementById('news-FILING_APPROVED-f7')).toBeNull())
    expect(document.getElementById('news-LETTER_APPROVED-m1')).toBeNull()
    expect(useSeenNewsStore.getState().seen).toEqual(['FILING_APPROVED:f7', 'LETTER_APPROVED:a1'])
  })

  it('the mother said 同意 on her own phone: her son is told on his home page, and the card leads to filing for her', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedList.mockResolvedValue({ filings: [] })
    mockedMembers.mockResolvedValue({ members: [motherWhoAgreed()] })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('news-INVITATION_ACCEPTED-m2')).not.toBeNull())
    expect(text('news-INVITATION_ACCEPTED-m2')).toBe('母亲王秀英已同意让您代办现在可以替王秀英办理备案了。去办理 ›')
    // No 等待…同意 card beside it: the invitation is answered.
    expect(document.getElementById('waiting-AWAITING_MEMBER-m2')).toBeNull()
    fireEvent.click(document.getElementById('news-INVITATION_ACCEPTED-m2')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index?member=m2' })
    await waitFor(() => expect(document.getElementById('news-INVITATION_ACCEPTED-m2')).toBeNull())
    expect(useSeenNewsStore.getState().seen).toEqual(['INVITATION_ACCEPTED:a2'])
  })

  it('her emergency stay, filled in before her mother agreed: the one card leads back to it (trials)', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    // Past the first page: the stay has a card of its own, which gives way to this one.
    useEmergencyDraftStore.setState({ subject: 'member:m2', drafts: { 'member:m2': { ...emptyEmergencyDraft(), admittedOn: '2026-12-03', admitted: 'YES', step: 'details' } } })
    mockedList.mockResolvedValue({ filings: [] })
    mockedMembers.mockResolvedValue({ members: [motherWhoAgreed()] })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('news-INVITATION_ACCEPTED-m2')).not.toBeNull())
    expect(text('news-INVITATION_ACCEPTED-m2')).toBe(
      '母亲王秀英已同意让您代办现在可以替王秀英办理备案了。您替王秀英查过的急诊住院（12 月 3 日入院）接着办就行，答过的都还在。补办有期限，越早交越好。接着办急诊备案 ›',
    )
    expect(document.getElementById('waiting-EMERGENCY_DRAFT-member-m2')).toBeNull()
    fireEvent.click(document.getElementById('news-INVITATION_ACCEPTED-m2')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?member=m2' })
  })

  it('a card opened before does not come back; 补充材料 still comes first', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    useSeenNewsStore.setState({ seen: ['FILING_APPROVED:f7'] })
    mockedList.mockResolvedValue({ filings: [approved(), filingView({ id: 'f9', status: 'NEEDS_MATERIALS', statusLabel: '待补充材料' })] })
    mockedMembers.mockResolvedValue({ members: [letterApproved()] })
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('news-LETTER_APPROVED-m1')).not.toBeNull())
    expect(document.getElementById('news-FILING_APPROVED-f7')).toBeNull()
    expect(Array.from(document.querySelectorAll('.home__waiting-card')).map((el) => el.id)).toEqual(['waiting-MATERIALS-f9', 'news-LETTER_APPROVED-m1'])
  })
})

// A trial: the cards came after the page was drawn and pushed the entries down ~230 px; a tap
// aimed below landed on what moved there. The space the cards took last time is held while they load.
describe('the cards’ space is held while they load (waiting-space.tsx)', () => {
  // Through Taro's storage, as the app keeps it (a JSON text under the key).
  const kept = () => JSON.parse((Taro.getStorageSync(WAITING_SPACE_KEY) as string) || '{}') as Record<string, number>
  const keep = (value: Record<string, number>) => Taro.setStorageSync(WAITING_SPACE_KEY, JSON.stringify(value))
  afterEach(() => Taro.removeStorageSync(WAITING_SPACE_KEY))

  it.each([false, true])('长辈模式 %s: last time’s height is held, with a line that says what is happening, then the cards take it; their height is kept for next time', async (elder) => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    keep({ [elder ? 'elder' : 'normal']: 236, [elder ? 'normal' : 'elder']: 99 })
    let answer: (value: { filings: ReturnType<typeof filingView>[] }) => void = () => undefined
    mockedList.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    // The drawn cards' height, as the browser would measure it.
    jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return { height: this.id === 'home-waiting' ? 251.4 : 0, width: 0, top: 0, left: 0, right: 0, bottom: 0, x: 0, y: 0, toJSON: () => ({}) } as DOMRect
    })
    await mountHome(elder)
    const space = document.getElementById('home-waiting-space')!
    expect(space).not.toBeNull()
    expect(space.style.minHeight).toBe('236px')
    expect(space.textContent).toBe('正在查看有没有要您办的事…')
    expect(space.getAttribute('role')).toBe('status')
    expect(document.getElementById('home-waiting')).toBeNull()

    answer({ filings: [filingView({ id: 'f9', status: 'NEEDS_MATERIALS', statusLabel: '待补充材料' })] })
    await waitFor(() => expect(document.getElementById('waiting-MATERIALS-f9')).not.toBeNull())
    expect(document.getElementById('home-waiting-space')).toBeNull()
    // Read: no space held any more, the cards are as tall as they are.
    expect(document.getElementById('home-waiting')!.style.minHeight).toBe('')
    await waitFor(() => expect(kept()[elder ? 'elder' : 'normal']).toBe(251.4))
    expect(kept()[elder ? 'normal' : 'elder']).toBe(99)
  })

  it('nothing waits any more: the space goes, and 0 is kept (none held next time)', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    keep({ normal: 236 })
    await mountHome(false)
    await waitFor(() => expect(mockedMembers).toHaveBeenCalled())
    await waitFor(() => expect(document.getElementById('home-waiting-space')).toBeNull())
    expect(document.getElementById('home-waiting')).toBeNull()
    await waitFor(() => expect(kept().normal).toBe(0))
  })

  it('offline (every read fails): the space goes, the page does not wait on it', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    keep({ normal: 236 })
    mockedList.mockRejectedValue(new Error('offline'))
    mockedInvitations.mockRejectedValue(new Error('offline'))
    mockedMembers.mockRejectedValue(new Error('offline'))
    await mountHome(false)
    await waitFor(() => expect(document.getElementById('home-waiting-space')).toBeNull())
  })

  it('without a session nothing is held (there is nothing to read), whatever was kept', async () => {
    keep({ normal: 236 })
    await mountHome(false)
    expect(document.getElementById('home-waiting-space')).toBeNull()
  })

  it('the three reads go out at once, not one after another', async () => {
    useSessionStore.setState({ token: 't', userId: 'u1' })
    mockedList.mockReturnValue(new Promise(() => undefined))
    await mountHome(false)
    await waitFor(() => expect(mockedList).toHaveBeenCalled())
    expect(mockedInvitations).toHaveBeenCalled()
    expect(mockedMembers).toHaveBeenCalled()
  })
})
