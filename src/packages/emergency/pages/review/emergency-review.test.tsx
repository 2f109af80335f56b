import Taro from '@tarojs/taro'
import { act, waitFor } from '@testing-library/react'
import { createFiling } from '@/services/filings'
import { fetchNotificationTemplates } from '@/services/notifications'
import { useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { filingView } from '@/packages/mine/shared/test-fixtures'
import { authorizationView, memberView } from '@/packages/family/shared/test-fixtures'
import { listFamilyMembers } from '@/services/family'
import { click, mount, unmount } from '@tests/helpers/page'
import { INSURED, signedIn, text, withDraft } from '../../shared/test-fixtures'
import EmergencyReview from './index'

jest.mock('@/hooks/use-now', () => ({ useNow: () => new Date('2025-09-28T10:00:00+08:00') }))
jest.mock('@/services/calendar', () => ({
  ...jest.requireActual('@/services/calendar'),
  loadCalendar: jest.fn().mockResolvedValue(undefined),
}))
jest.mock('@/services/filings', () => ({ createFiling: jest.fn() }))
jest.mock('@/services/notifications', () => ({ fetchNotificationTemplates: jest.fn(), saveSubscriptions: jest.fn() }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/family', () => ({ listFamilyMembers: jest.fn().mockResolvedValue({ members: [] }) }))

const { ApiError } = jest.requireActual('@/services/api-error')
const mockedCreate = createFiling as jest.MockedFunction<typeof createFiling>
let redirect: jest.SpyInstance
const READY = {
  step: 'review' as const,
  destination: '441700',
  hospitalName: '阳江市人民医院',
  diagnosis: '急性阑尾炎',
  leftOn: '2025-09-20',
  uploads: [
    { id: 'up-id', kind: 'JPEG' as const, size: 1000, purpose: 'ID_DOCUMENT' as const, requirementId: 'IDENTITY', localPath: 'blob:1' },
    { id: 'up-er', kind: 'JPEG' as const, size: 1000, purpose: 'EMERGENCY_DIAGNOSIS' as const, requirementId: 'EMERGENCY_PROOF', localPath: 'blob:2' },
  ],
}

beforeEach(() => {
  signedIn(INSURED.GUANGXI)
  mockedCreate.mockReset()
  redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})
afterEach(() => {
  unmount({ restoreMocks: false })
  redirect.mockRestore()
})

async function mountPage() {
  await mount(EmergencyReview)
  await waitFor(() => expect(document.getElementById('submit')).not.toBeNull())
}

describe('急诊备案: review and submit', () => {
  it('shows the deadline and the summary, and needs the applicant’s declaration', async () => {
    withDraft(READY)
    await mountPage()
    expect(text('deadline-date')).toBe('2025 年 10 月 10 日 24:00 前')
    expect(text('review-summary')).toContain('阳江市人民医院')
    expect(text('review-summary')).toContain('突然剧烈疼痛')
    // The 参保地 as a place name, not a code.
    const rows = Array.from(document.querySelectorAll('#review-summary .review__row')).map((r) => r.textContent)
    expect(rows).toContain('参保地广西壮族自治区柳州市')
    // And the form's 险种 (004 表8), as 实名信息 has it.
    expect(rows).toContain('险种城乡居民医保')
    click('submit')
    await waitFor(() => expect(text('submit-problem')).toContain('申请人承诺'))
    expect(mockedCreate).not.toHaveBeenCalled()
  })

  it('filing for her mother: 参保人 says 母亲 and 由您代办, and each phone whose it is', async () => {
    withDraft({ ...READY, phone1: '13800001111', phone2: '13912345678' })
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '王秀英', relationLabel: '父母', kin: '母亲', insuredRegion: INSURED.GUANGXI, phone: '13800001111', insuranceType: 'EMPLOYEE' } as never } })
    useEmergencyDraftStore.setState((s) => ({ subject: 'member:m1', drafts: { 'member:m1': s.drafts.self! } }))
    await mountPage()
    expect(text('review-summary')).toContain('参保人王秀英（母亲，由您代办）')
    // Her 险种, not the daughter's.
    expect(text('review-summary')).toContain('险种职工医保')
    expect(text('review-summary')).toContain('13800001111（母亲王秀英的），13912345678（您的）')
    // The 申请人承诺's “我” is the daughter who files, said before it.
    expect(text('declaration-who')).toBe('由您（办理人）承诺：您替母亲王秀英填写、提交，下面的“我”就是您。')
  })

  it('files once with the emergency details, clears the draft and opens the result', async () => {
    withDraft({ ...READY, declarationAgreed: true })
    mockedCreate.mockResolvedValue(filingView({ id: 'e1', type: 'EMERGENCY', status: 'UNDER_REVIEW' }))
    await mountPage()
    click('submit')
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/packages/filing/pages/result/index?id=e1' }))
    const [body, key] = mockedCreate.mock.calls[0]
    expect(body).toEqual({
      type: 'EMERGENCY',
      subject: { self: true },
      destination: { province: '440000', city: '441700' },
      startDate: '2025-09-26',
      contacts: { phone1: '13912345678', phone2: null, addressAtDestination: '' },
      materials: ['up-id', 'up-er'],
      emergency: {
        admittedOn: '2025-09-26',
        leftOn: '2025-09-20',
        dischargedOn: null,
        awayReason: 'TRAVEL',
        hospitalName: '阳江市人民医院',
        diagnosis: '急性阑尾炎',
        criteria: ['ACUTE_PAIN'],
      },
    })
    expect(key).toMatch(/^filing-/)
    expect(useEmergencyDraftStore.getState().drafts.self).toBeUndefined()
    // Not in WeChat: no subscription dialog, nothing asked of the server for it.
    expect(fetchNotificationTemplates).not.toHaveBeenCalled()
  })

  it('a retry after a network drop sends the same idempotency key', async () => {
    withDraft({ ...READY, declarationAgreed: true })
    mockedCreate.mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(filingView({ id: 'e1', type: 'EMERGENCY', status: 'UNDER_REVIEW' }))
    await mountPage()
    click('submit')
    await waitFor(() => expect(text('submit-problem')).toContain('不会重复提交'))
    click('submit')
    await waitFor(() => expect(mockedCreate).toHaveBeenCalledTimes(2))
    expect(mockedCreate.mock.calls[1][1]).toBe(mockedCreate.mock.calls[0][1])
  })

  it('EMERGENCY_WINDOW_CLOSED from the server: on to what to do instead', async () => {
    withDraft({ ...READY, declarationAgreed: true })
    mockedCreate.mockRejectedValue(new ApiError(422, 'EMERGENCY_WINDOW_CLOSED', '已超过备案时限', {}, { code: 'EMERGENCY_WINDOW_CLOSED' }))
    await mountPage()
    click('submit')
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/packages/emergency/pages/after-window/index' }))
  })

  it('shows every field the server refused, with the way to fix it', async () => {
    withDraft({ ...READY, declarationAgreed: true })
    mockedCreate.mockRejectedValue(
      new ApiError(422, 'VALIDATION_FAILED', '有几处要改', { hospitalName: '请填写住院医院的名称', materials: '还缺：急诊住院的材料' }),
    )
    await mountPage()
    click('submit')
    await waitFor(() => expect(text('submit-problem')).toContain('请填写住院医院的名称'))
    expect(text('submit-problem')).toContain('去补拍材料')
    expect(text('submit-problem')).toContain('去修改住院信息')
  })

  it('refused as a duplicate (this admission is filed already): 查看已有的备案 is the main button, 提交急诊备案 disabled until the draft changes', async () => {
    withDraft({ ...READY, declarationAgreed: true })
    const message = '您已经有一条去广东省阳江市的急诊备案（审核中），不用再办一次。'
    mockedCreate.mockRejectedValueOnce(new ApiError(409, 'DUPLICATE_FILING', message, {}, { existingFilingId: 'e-old' }))
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mountPage()
    click('submit')
    await waitFor(() => expect(document.getElementById('duplicate-actions')).not.toBeNull())
    expect(text('submit-problem')).toContain(message)
    const main = document.getElementById('open-existing')!
    expect([main.textContent, main.className.includes('nut-button-primary')]).toEqual(['查看已有的备案', true])
    const submit = document.getElementById('submit')!
    expect([submit.textContent, submit.className.includes('nut-button-disabled')]).toEqual(['提交急诊备案', true])
    click('submit')
    expect(mockedCreate).toHaveBeenCalledTimes(1)
    click('open-existing')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=e-old' })
    navigate.mockRestore()

    // Another admission date is another admission: 提交急诊备案 is the main button again.
    act(() => useEmergencyDraftStore.getState().update({ admittedOn: '2025-09-27' }))
    await waitFor(() => expect(document.getElementById('duplicate-actions')).toBeNull())
    expect(document.getElementById('submit')!.className).toContain('nut-button-primary')
  })

  it('refused because a filing the person holds covers the stay (409 EMERGENCY_ALREADY_COVERED): the server’s words, 查看已有的备案 first', async () => {
    withDraft({ ...READY, declarationAgreed: true })
    const message =
      '不用办急诊备案：这次住院已经有备案了。您去广东省阳江市的备案（异地长期居住人员，备案号 YD20261120LTLTLT）2026 年 11 月 20 日起生效，2026 年 12 月 1 日住院时已经在有效期内。'
    mockedCreate.mockRejectedValueOnce(new ApiError(409, 'EMERGENCY_ALREADY_COVERED', message, {}, { existingFilingId: 'lt' }))
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mountPage()
    click('submit')
    await waitFor(() => expect(document.getElementById('duplicate-actions')).not.toBeNull())
    expect(text('submit-problem')).toContain(message)
    click('open-existing')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=lt' })
    navigate.mockRestore()
  })
})

// A daughter filled in her mother's stay while her consent was awaited (the first page's
// 先填住院信息、拍材料; a trial could not): 请核对 keeps it all and waits for the consent instead of 提交.
describe('急诊备案 for a family member who has not authorised yet', () => {
  const forMother = (canFile: boolean, status: 'PENDING_INVITE' | 'PENDING_REVIEW' | 'ACTIVE') => {
    withDraft({ ...READY, declarationAgreed: true })
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '王秀英', relationLabel: '父母', kin: '母亲', insuredRegion: INSURED.GUANGXI, phone: '13800001111' } as never } })
    useEmergencyDraftStore.setState((s) => ({ subject: 'member:m1', drafts: { 'member:m1': s.drafts.self! } }))
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [memberView({ id: 'm1', name: '王秀英', canFile, authorization: authorizationView({ status }) })] })
  }

  it('an invitation not yet answered: says so, offers the invitation, and sends nothing', async () => {
    forMother(false, 'PENDING_INVITE')
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mount(EmergencyReview)
    await waitFor(() => expect(document.getElementById('review-needs-consent')).not.toBeNull())
    expect(text('review-needs-consent')).toContain('等王秀英同意以后才能提交')
    expect(text('review-needs-consent-text')).toBe('填好的住院信息和拍好的照片都留着。等王秀英同意以后，回到这里点“提交急诊备案”。请留意上面的截止日期。')
    expect(document.getElementById('submit')).toBeNull()
    expect(text('review-ask-consent')).toBe('看看给王秀英的邀请')
    click('review-ask-consent')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/family/pages/authorize/index?id=m1' })))
    expect(mockedCreate).not.toHaveBeenCalled()
    expect(useEmergencyDraftStore.getState().drafts['member:m1']?.hospitalName).toBe('阳江市人民医院')
    navigate.mockRestore()
  })

  it('a 授权委托书 with staff: waits for its review, leading to 家人代办', async () => {
    forMother(false, 'PENDING_REVIEW')
    await mount(EmergencyReview)
    await waitFor(() => expect(document.getElementById('review-needs-consent')).not.toBeNull())
    expect(text('review-needs-consent')).toContain('授权委托书审核通过以后才能提交')
    expect(text('review-ask-consent')).toBe('去家人代办看审核进度')
  })

  it('once she has authorised: 提交 as for anyone', async () => {
    forMother(true, 'ACTIVE')
    await mountPage()
    await waitFor(() => expect(listFamilyMembers).toHaveBeenCalled())
    expect(document.getElementById('review-needs-consent')).toBeNull()
  })
})

