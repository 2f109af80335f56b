import Taro from '@tarojs/taro'
import { waitFor } from '@testing-library/react'
import { acceptInvitation, acceptWaitingInvitation, getInvitation, getWaitingInvitation } from '@/services/family'
import { click, mount, text, unmount } from '@tests/helpers/page'
import { invitationView, setRouterParams } from '../../shared/test-fixtures'
import { fetchMe } from '@/services/me'
import { useMeStore } from '@/stores/use-me-store'
import { EMPTY_PROFILE_DRAFT, useProfileDraftStore } from '@/stores/use-profile-draft-store'
import { useSettingsStore } from '@/stores/use-settings-store'
import AcceptInvitation from './index'

jest.mock('@/services/family', () => ({
  getInvitation: jest.fn(), acceptInvitation: jest.fn(), getWaitingInvitation: jest.fn(), acceptWaitingInvitation: jest.fn(),
}))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const mockedGet = getInvitation as jest.MockedFunction<typeof getInvitation>
const mockedAccept = acceptInvitation as jest.MockedFunction<typeof acceptInvitation>
const mockedGetById = getWaitingInvitation as jest.MockedFunction<typeof getWaitingInvitation>
const mockedAcceptById = acceptWaitingInvitation as jest.MockedFunction<typeof acceptWaitingInvitation>
const mockedFetchMe = fetchMe as jest.MockedFunction<typeof fetchMe>
const pendingMe = {
  user: { id: 'u-mum' },
  profile: null,
  verification: { status: 'PENDING' as const, statusLabel: '等待人工核对', method: 'STAFF' as const, at: '2026-12-01T08:00:00.000Z', reason: null, conflict: null },
}
const { ApiError } = jest.requireActual('@/services/api-error')


async function mountPage(params: Record<string, string> = { token: 'tok-1' }) {
  setRouterParams(params, '/packages/family/pages/accept/index')
  await mount(AcceptInvitation)
}

beforeEach(() => {
  mockedGet.mockReset().mockResolvedValue(invitationView())
  mockedAccept.mockReset()
  mockedGetById.mockReset()
  mockedAcceptById.mockReset()
  mockedFetchMe.mockReset().mockResolvedValue({ ...pendingMe, verification: { ...pendingMe.verification, status: 'UNVERIFIED', statusLabel: '未认证', method: null } })
  useMeStore.setState({ me: null, awaited: null, loading: false, error: null })
  jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'reLaunch:ok' }))
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
})

afterEach(() => unmount())

describe('确认授权 (the family member’s own account)', () => {
  it('says who asks and what it allows, and accepts on 同意', async () => {
    mockedAccept.mockResolvedValue(invitationView({ status: 'ACTIVE' }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    expect(mockedGet).toHaveBeenCalledWith('tok-1')
    // Named in full, as she entered herself, with the father's word for her; 她, never TA.
    expect(text('invitation-title')).toBe('您的女儿 张丽 想替您办理异地就医备案，请您同意。')
    expect(text('invitation')).toContain('用她自己的手机，替您提交、修改或取消备案')
    // What she may see is only what she files (a trial read 查看您的备案 as all of his).
    expect(text('invitation-sees')).toBe('· 查看她替您办的备案和办理进度（您自己办的，她看不到）')
    expect(text('invitation')).toContain('在首页点“家人代办”，再点“谁可以替我办？”')
    expect(document.body.textContent).not.toMatch(/TA|左上角|“我的”/)
    // Nothing is left to do first: no list of what is needed.
    expect(document.getElementById('invitation-needs')).toBeNull()
    // No sentence twice.
    const sentences = (document.body.textContent ?? '').split(/[。：]/).map((x) => x.trim()).filter((x) => x.length > 4)
    expect(new Set(sentences).size).toBe(sentences.length)

    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    const announce = document.getElementById('accept-announce')
    expect(announce?.textContent).toBe('')
    click('accept-invitation')
    await waitFor(() => expect(mockedAccept).toHaveBeenCalledWith('tok-1'))
    await waitFor(() => expect(text('invitation-accepted')).toContain('已同意 ✓'))
    // 同意 is at the foot of the invitation: the outcome is shown from the page's top, in the
    // live region that was already above the invitation (a screen reader reads it out).
    await waitFor(() => expect(scroll).toHaveBeenCalledWith({ scrollTop: 0, duration: 0 }))
    expect(document.getElementById('accept-announce')).toBe(announce)
    expect(announce?.getAttribute('role')).toBe('status')
    expect(announce?.getAttribute('aria-live')).toBe('polite')
    expect(announce?.textContent).toContain('已同意 ✓')
    // Where to revoke, as the invitation said it (there is no such button on this page).
    expect(text('invitation-accepted-revoke')).toBe('想取消，随时可以在首页点“家人代办”，再点“谁可以替我办？”，然后点“撤销”。')
  })

  // 长辈模式's home tile is 家人代办 too (a trial: 让子女帮我办 read as the elder's words only); it opens 谁可以替我办 directly.
  it('in 长辈模式, where to revoke names the 家人代办 tile, before and after 同意', async () => {
    useSettingsStore.setState({ elder: true })
    try {
      mockedAccept.mockResolvedValue(invitationView({ status: 'ACTIVE' }))
      await mountPage()
      await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
      expect(text('invitation')).toContain('在首页点“家人代办”')
      expect(document.body.textContent).not.toContain('让子女帮我办')
      click('accept-invitation')
      await waitFor(() => expect(text('invitation-accepted-revoke')).toBe('想取消，随时可以在首页点“家人代办”，然后点“撤销”。'))
    } finally {
      useSettingsStore.setState({ elder: false })
    }
  })

  // A trial: a 67-year-old opening her daughter's link found no way to larger text on it.
  it('has 长辈模式’s switch above the invitation, which turns the page to 长辈模式', async () => {
    try {
      await mountPage()
      await waitFor(() => expect(document.getElementById('accept-elder-toggle')).not.toBeNull())
      const toggle = document.getElementById('accept-elder-toggle')!
      expect(toggle.getAttribute('role')).toBe('switch')
      expect(toggle.getAttribute('aria-checked')).toBe('false')
      expect(document.querySelector('.page-root--elder')).toBeNull()
      click('accept-elder-toggle')
      await waitFor(() => expect(document.querySelector('.page-root--elder')).not.toBeNull())
      expect(useSettingsStore.getState().elder).toBe(true)
      expect(text('accept-elder-toggle')).toBe('长辈模式：开')
    } finally {
      useSettingsStore.setState({ elder: false })
    }
  })

  it('an invitation sent for an emergency stay says the stay and by when, above 同意 (a trial: it said only how long the invitation was valid)', async () => {
    mockedGet.mockResolvedValue(invitationView({ emergency: { admittedOn: '2026-12-02', mode: 'WINDOW', deadline: '2026-12-09', closed: false } }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('invitation-emergency')).not.toBeNull())
    expect(text('invitation-emergency')).toBe('您的女儿 张丽在替您补办急诊住院（12 月 2 日入院）的备案，要在 2026 年 12 月 9 日 24:00 前办好：您同意了才能提交，请尽早同意。')
    const stay = document.getElementById('invitation-emergency')!
    expect(stay.compareDocumentPosition(document.getElementById('accept-invitation')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('no stay, or one past its deadline: nothing urged; past it, what to do instead', async () => {
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    expect(document.getElementById('invitation-emergency')).toBeNull()
    unmount()
    mockedGet.mockResolvedValue(invitationView({ emergency: { admittedOn: '2026-12-02', mode: 'WINDOW', deadline: '2026-12-09', closed: true } }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('invitation-emergency')).not.toBeNull())
    expect(text('invitation-emergency')).toContain('补办的时间已经过了：这次住院的医药费先自己付，出院后回参保地申请零星报销。')
  })

  it('opened from the home card by the invitation’s id (issue 13): read and accepted by that id, never by a token', async () => {
    mockedGetById.mockResolvedValue(invitationView())
    mockedAcceptById.mockResolvedValue(invitationView({ status: 'ACTIVE' }))
    await mountPage({ invitation: 'a7' })
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    expect(mockedGetById).toHaveBeenCalledWith('a7')
    expect(text('invitation-title')).toBe('您的女儿 张丽 想替您办理异地就医备案，请您同意。')
    click('accept-invitation')
    await waitFor(() => expect(mockedAcceptById).toHaveBeenCalledWith('a7'))
    await waitFor(() => expect(text('invitation-accepted')).toContain('已同意 ✓'))
    expect(mockedGet).not.toHaveBeenCalled()
    expect(mockedAccept).not.toHaveBeenCalled()
  })

  it('says before 同意 what a new account will need, and leads there (issue 13 item 7)', async () => {
    mockedGet.mockResolvedValue(invitationView({ proxyKin: '儿子', proxyFullName: '王强', callerNeeds: ['PROFILE', 'VERIFICATION'] }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('invitation-needs')).not.toBeNull())
    expect(text('invitation-title')).toBe('您的儿子 王强 想替您办理异地就医备案，请您同意。')
    expect(text('invitation-needs')).toContain('填写您自己的实名信息：姓名、身份证号、手机号、参保地')
    // H5 has no face verification (WeChat's only): the photos, and the wait for staff.
    expect(text('invitation-needs')).toContain('实人认证：拍三张身份证照片，由工作人员核对，一般 1 个工作日')
    expect(text('invitation-needs')).not.toContain('刷一下脸')
    expect(text('invitation-needs')).toContain('不会给他看')
    // 同意 cannot be tapped yet, and says why (it used to look tappable and answer with a hint
    // that pointed at the home page).
    const agree = document.getElementById('accept-invitation')
    expect(agree?.textContent).toBe('先做完上面的，才能同意')
    expect(agree?.className).toContain('disabled')
    click('accept-invitation')
    expect(mockedAccept).not.toHaveBeenCalled()
    // The token goes along, so 回到邀请 finds the invitation even after 实名信息 was reloaded.
    // 实名信息 opens with the 参保地 and 险种 his son entered for him chosen (a trial: he typed it all
    // again); never his name or ID number, which whoever holds the link must type.
    useProfileDraftStore.setState({ draft: EMPTY_PROFILE_DRAFT, dirty: false })
    click('accept-go-profile')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/edit/index?for=invitation&token=tok-1' })
    expect(useProfileDraftStore.getState().draft).toEqual({ ...EMPTY_PROFILE_DRAFT, insuredRegion: '440300', insuranceType: 'EMPLOYEE' })
  })

  it('what he chose himself in 实名信息 already is kept, not replaced by what his son entered', async () => {
    mockedGet.mockResolvedValue(invitationView({ callerNeeds: ['PROFILE', 'VERIFICATION'], memberInsuredRegion: '450200', memberInsuranceType: 'RESIDENT' }))
    useProfileDraftStore.setState({ draft: { ...EMPTY_PROFILE_DRAFT, name: '张建华', insuredRegion: '440300' }, dirty: true })
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-go-profile')).not.toBeNull())
    click('accept-go-profile')
    expect(useProfileDraftStore.getState().draft).toEqual({ ...EMPTY_PROFILE_DRAFT, name: '张建华', insuredRegion: '440300', insuranceType: 'RESIDENT' })
    useProfileDraftStore.setState({ draft: EMPTY_PROFILE_DRAFT, dirty: false })
  })

  it('an account with 实名信息 but no 实人认证 is led to 实人认证 only', async () => {
    mockedGet.mockResolvedValue(invitationView({ callerNeeds: ['VERIFICATION'] }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('invitation-needs')).not.toBeNull())
    expect(text('invitation-needs')).not.toContain('填写您自己的实名信息')
    click('accept-go-verify')
    // With where to come back to once the photos are sent (实人认证's ?for=, and the token).
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index?for=invitation&token=tok-1' })
  })

  it('opened by the invitation’s id, carries that id to 实人认证 instead of a token', async () => {
    mockedGetById.mockResolvedValue(invitationView({ callerNeeds: ['VERIFICATION'] }))
    await mountPage({ invitation: 'a7' })
    await waitFor(() => expect(document.getElementById('accept-go-verify')).not.toBeNull())
    click('accept-go-verify')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index?for=invitation&invitation=a7' })
  })

  it('photos waiting for staff: says so plainly, and never sends her round to 实人认证 again', async () => {
    mockedGet.mockResolvedValue(invitationView({ callerNeeds: ['VERIFICATION'] }))
    mockedFetchMe.mockResolvedValue(pendingMe)
    await mountPage()
    await waitFor(() => expect(document.getElementById('invitation-verification-pending')).not.toBeNull())
    expect(text('invitation-verification-pending')).toBe('您的照片正在等工作人员核对，一般 1 个工作日；核对通过后再打开这个邀请点“同意”。')
    expect(text('invitation-title')).toContain('您的女儿 张丽')
    expect(document.getElementById('accept-go-verify')).toBeNull()
    expect(document.getElementById('accept-invitation')).toBeNull()
    expect(document.body.textContent).not.toContain('先去实人认证')
    // Kept on the phone: the home page's card says this invitation's 同意 comes once the photos are checked.
    expect(useMeStore.getState().awaited).toEqual({ proxyKin: '女儿', proxyFullName: '张丽', expiresAt: invitationView().expiresAt })
  })

  it('the invitation kept for the home page is let go once agreed to, or when it needs no 实人认证 of hers', async () => {
    useMeStore.setState({ awaited: { proxyKin: '女儿', proxyFullName: '张丽', expiresAt: '2099-01-01T00:00:00.000Z' } })
    mockedAccept.mockResolvedValue(invitationView({ status: 'ACTIVE' }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    expect(useMeStore.getState().awaited).toBeNull()
    useMeStore.setState({ awaited: { proxyKin: '女儿', proxyFullName: '张丽', expiresAt: '2099-01-01T00:00:00.000Z' } })
    click('accept-invitation')
    await waitFor(() => expect(text('invitation-accepted')).toContain('已同意 ✓'))
    expect(useMeStore.getState().awaited).toBeNull()
  })

  it('a 422 VERIFICATION_REQUIRED while the photos wait for staff shows the waiting note, not 去实人认证', async () => {
    mockedAccept.mockRejectedValue(new ApiError(422, 'VERIFICATION_REQUIRED', '确认授权前，请先在“实人认证”里确认是您本人'))
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    mockedFetchMe.mockResolvedValue(pendingMe)
    click('accept-invitation')
    await waitFor(() => expect(document.getElementById('invitation-verification-pending')).not.toBeNull())
    expect(document.getElementById('accept-go-verify')).toBeNull()
  })

  it('不同意 simply goes home', async () => {
    await mountPage()
    await waitFor(() => expect(document.getElementById('decline-invitation')).not.toBeNull())
    click('decline-invitation')
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
    expect(mockedAccept).not.toHaveBeenCalled()
  })

  it('asks for 实名信息 first when the account has none', async () => {
    mockedAccept.mockRejectedValue(new ApiError(422, 'PROFILE_REQUIRED', '请先在首页“实名信息”里填写您本人的实名信息（姓名、身份证号、参保地），再来确认授权'))
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    click('accept-invitation')
    // The page's own words, with the way there: not the server's, which point at the home page.
    await waitFor(() => expect(text('accept-needs-profile')).toContain('要先填写您自己的实名信息'))
    expect(text('accept-needs-profile')).not.toContain('首页')
    click('accept-go-profile')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/edit/index?for=invitation&token=tok-1' })
  })

  it('sends an unverified member to 实人认证 first (issue 11)', async () => {
    mockedAccept.mockRejectedValue(
      new ApiError(422, 'VERIFICATION_REQUIRED', '确认授权前，请先在“实人认证”里确认是您本人（刷脸或上传身份证照片），认证后再打开这个邀请确认'),
    )
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    click('accept-invitation')
    await waitFor(() => expect(text('accept-needs-profile')).toContain('要先做实人认证，确认是您本人'))
    click('accept-go-verify')
    // With where to come back to once the photos are sent (实人认证's ?for=, and the token).
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index?for=invitation&token=tok-1' })
  })

  it('says plainly when the invitation is for someone else', async () => {
    mockedAccept.mockRejectedValue(
      new ApiError(422, 'INVITATION_NOT_FOR_YOU', '这个邀请是给 张*华 的，和您的实名信息对不上；请让本人用自己的手机打开这个邀请'),
    )
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    click('accept-invitation')
    await waitFor(() => expect(text('invitation-problem')).toContain('这个邀请是给 张*华 的'))
    expect(document.getElementById('accept-invitation')).toBeNull()
  })

  it('says plainly when the invitation is gone (404)', async () => {
    mockedGet.mockRejectedValue(new ApiError(404, 'INVITATION_NOT_FOUND', '这个邀请已失效'))
    await mountPage()
    await waitFor(() => expect(text('invitation-problem')).toContain('邀请已经失效'))
    expect(text('help-line-error-call')).toContain('12393')
    click('accept-home')
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  it('shows 已同意 again when the member opens an invitation they already accepted', async () => {
    mockedGet.mockResolvedValue(invitationView({ status: 'ACTIVE' }))
    await mountPage()
    await waitFor(() => expect(text('invitation-accepted')).toContain('已同意'))
  })
})
