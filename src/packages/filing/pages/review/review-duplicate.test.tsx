import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { act, fireEvent, waitFor } from '@testing-library/react'
import { ApiError } from '@/services/api-error'
import { createFiling } from '@/services/filings'
import { fetchMe } from '@/services/me'
import { emptyFilingDraft, useFilingDraftStore, type FilingDraft } from '@/stores/use-filing-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import FilingReview from './index'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/filings', () => ({ createFiling: jest.fn() }))

// Trial: after the 409 DUPLICATE_FILING, the big blue 提交备案 was still the main button. The next
// step is now the main button, and 提交备案 is secondary and disabled with its reason — until the
// draft is changed.
const PROFILE = {
  name: '王建国', idNumber: '360102195503150011', phone: '13912345678', insuredRegion: '360100',
  insuranceType: 'RESIDENT' as const, birthDate: '1955-03-15', sex: 'M' as const, updatedAt: '2026-11-23T10:00:00+08:00',
}
const VERIFICATION = { status: 'UNVERIFIED', statusLabel: '未认证', method: null, at: null, reason: null, conflict: null }
const MESSAGE = '您已经有一条去广东省广州市的备案（异地长期居住人员，审核中，2026 年 12 月 2 日您本人办理，编号 YD20261202VBTABB），不用再办一次。'

const text = (id: string) => document.getElementById(id)?.textContent ?? ''
const click = (id: string) => fireEvent.click(document.getElementById(id)!)
let page: TestUtils | null = null
let navigate: jest.SpyInstance

function withDraft(subject: 'self' | 'member:m1') {
  const draft: FilingDraft = {
    ...emptyFilingDraft(), step: 'review', type: 'LONG_TERM_RESIDENT', destination: '440100', startDate: '2026-12-02',
    phone1: '13912345678', addressAtDestination: '广州市天河区体育西路 1 号', declarationAgreed: true,
  }
  useFilingDraftStore.setState({ subject, drafts: { [subject]: draft } })
}

async function submitRefused(details: Record<string, unknown>) {
  ;(createFiling as jest.Mock).mockRejectedValueOnce(new ApiError(409, 'DUPLICATE_FILING', MESSAGE, {}, details))
  page = new TestUtils()
  await page.mount(FilingReview, {})
  await waitFor(() => expect(document.getElementById('submit')).not.toBeNull())
  click('submit')
  await waitFor(() => expect(document.getElementById('duplicate-actions')).not.toBeNull())
}

beforeEach(() => {
  const me = { user: { id: 'u1' }, profile: PROFILE, verification: VERIFICATION }
  useMeStore.setState({ me: me as never, loading: false, error: null })
  // The page reads the person again when shown (their 实人认证 may have changed): the same answer.
  ;(fetchMe as jest.Mock).mockReset().mockResolvedValue(me)
  useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '王建国', relationLabel: '父母', insuredRegion: '360100' } } })
  ;(createFiling as jest.Mock).mockReset()
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})

afterEach(() => {
  navigate.mockRestore()
  page?.unmout() // (sic) @tarojs/test-utils-react's spelling
  page = null
  document.body.innerHTML = ''
})

describe('请核对 page: refused as a duplicate (SPEC §7)', () => {
  it('the filing he may open: 查看已有的备案 is the main button; 提交备案 is disabled, with why', async () => {
    withDraft('self')
    await submitRefused({ existingFilingId: 'f-own', existingNumber: 'YD20261202VBTABB' })
    expect(text('submit-problem')).toContain(MESSAGE)
    // One way to it: the main button, not also a link in the message.
    expect(document.querySelectorAll('#open-existing')).toHaveLength(1)
    const main = document.getElementById('open-existing')!
    expect(main.className).toContain('nut-button-primary')
    expect(main.textContent).toBe('查看已有的备案')
    const submit = document.getElementById('submit')!
    expect(submit.className).not.toContain('nut-button-primary')
    expect(submit.className).toContain('nut-button-disabled')
    expect(text('submit-blocked')).toBe('已经有这条备案了，不用再提交。要去的是别的地方，请点上面的“修改信息”改好再提交。')
    click('submit')
    expect(createFiling).toHaveBeenCalledTimes(1)
    click('open-existing')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=f-own' })
  })

  it('the 提交后 line (review-instant) is not shown above the refusal; it is back once the place is changed', async () => {
    const me = { user: { id: 'u1' }, profile: PROFILE, verification: { ...VERIFICATION, status: 'VERIFIED', statusLabel: '已认证' } }
    useMeStore.setState({ me: me as never, loading: false, error: null })
    ;(fetchMe as jest.Mock).mockResolvedValue(me)
    withDraft('self')
    ;(createFiling as jest.Mock).mockRejectedValueOnce(new ApiError(409, 'DUPLICATE_FILING', MESSAGE, {}, { existingFilingId: 'f-own' }))
    page = new TestUtils()
    await page.mount(FilingReview, {})
    await waitFor(() => expect(text('review-instant')).toBe('提交后马上出结果，不用等审核。'))
    click('submit')
    await waitFor(() => expect(document.getElementById('duplicate-actions')).not.toBeNull())
    expect(document.getElementById('review-instant')).toBeNull()
    expect(document.body.textContent).not.toContain('提交后马上出结果')
    act(() => useFilingDraftStore.getState().update({ destination: '440400' }))
    await waitFor(() => expect(text('review-instant')).toBe('提交后马上出结果，不用等审核。'))
  })

  it('his daughter, who may not open it: the main button is 进度查询 (the message says how to get the number)', async () => {
    withDraft('member:m1')
    await submitRefused({})
    expect(document.getElementById('open-existing')).toBeNull()
    expect(text('go-lookup')).toBe('去进度查询')
    click('go-lookup')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/status/pages/lookup/index' })
  })

  it('himself, not verified, may not open it: the main button is 实人认证 (then it shows in 我的备案)', async () => {
    withDraft('self')
    await submitRefused({})
    expect(text('go-verify')).toBe('去实人认证')
  })

  it('once the place is changed, 提交备案 is the main button again', async () => {
    withDraft('self')
    await submitRefused({ existingFilingId: 'f-own' })
    act(() => useFilingDraftStore.getState().update({ destination: '440400' }))
    await waitFor(() => expect(document.getElementById('duplicate-actions')).toBeNull())
    expect(document.getElementById('submit')!.className).toContain('nut-button-primary')
    // The message stays, with its link to the standing filing.
    expect(text('open-existing')).toBe('查看已有的备案 ›')
  })
})

describe('请核对 page: refused as 多地备案 on a 承诺书 (409 MULTI_PLACE_ON_COMMITMENT, 002 第十一条)', () => {
  // Trial: after the refusal, 提交备案 stayed the main button; another tap was refused the same way.
  const REFUSAL =
    '王建国在湖南省长沙市已有一个长期备案（异地长期居住人员，备案号 YD20261203CSCSCS）。同时在两个地方长期备案，不能用个人承诺书办理，必须有真实的证明材料。' +
    '您可以：一、把湖南省长沙市的备案变更到海南省（2027 年 6 月 3 日起可以办，在“我的备案”里点“变更”）；二、上传在海南省居住或工作的证明材料（如居住证、工作证明），不签承诺书，再提交。'

  async function refusedOnCommitment() {
    withDraft('member:m1')
    useFilingDraftStore.getState().update({ destination: '460000', useCommitment: true, commitmentByProxy: true, commitmentName: '王建国', commitmentAgreed: true })
    ;(createFiling as jest.Mock).mockRejectedValueOnce(
      new ApiError(409, 'MULTI_PLACE_ON_COMMITMENT', REFUSAL, {}, { existingFilingId: 'cs', existingNumber: 'YD20261203CSCSCS', firstAllowedOn: '2027-06-03' }),
    )
    page = new TestUtils()
    await page.mount(FilingReview, {})
    await waitFor(() => expect(document.getElementById('submit')).not.toBeNull())
    click('submit')
    await waitFor(() => expect(document.getElementById('commitment-refused-actions')).not.toBeNull())
  }

  it('the main button leads to the real proof, dropping the 承诺书; 提交备案 is disabled, with why', async () => {
    await refusedOnCommitment()
    expect(text('submit-problem')).toContain(REFUSAL)
    const main = document.getElementById('go-proof')!
    expect(main.className).toContain('nut-button-primary')
    expect(main.textContent).toBe('不用承诺书，去上传证明材料')
    const submit = document.getElementById('submit')!
    expect(submit.className).not.toContain('nut-button-primary')
    expect(submit.className).toContain('nut-button-disabled')
    expect(text('submit-blocked')).toBe('用承诺书提交还会被退回。上传了证明材料，就可以再提交。')
    // The standing filing can still be opened (a 变更 once its lock is over).
    expect(text('open-existing')).toBe('查看已有的备案 ›')
    click('go-proof')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/materials/index' })
    expect(useFilingDraftStore.getState().drafts['member:m1']).toMatchObject({ useCommitment: false, commitmentAgreed: false, commitmentName: '' })
  })

  it('once the draft no longer rests on the 承诺书, 提交备案 is the main button again', async () => {
    await refusedOnCommitment()
    act(() => useFilingDraftStore.getState().update({ useCommitment: false }))
    await waitFor(() => expect(document.getElementById('commitment-refused-actions')).toBeNull())
    expect(document.getElementById('submit')!.className).toContain('nut-button-primary')
  })
})
