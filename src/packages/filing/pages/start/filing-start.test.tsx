import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { fetchMe } from '@/services/me'
import { emptyFilingDraft, useFilingDraftStore } from '@/stores/use-filing-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { setRouterParams } from '@/packages/mine/shared/test-fixtures'
import { listFamilyMembers } from '@/services/family'
import { authorizationView, memberView } from '@/packages/family/shared/test-fixtures'
import FilingStart from './index'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/family', () => ({ listFamilyMembers: jest.fn().mockResolvedValue({ members: [] }) }))
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
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})

afterEach(() => navigate.mockRestore())

async function mount() {
  await new TestUtils().mount(FilingStart, {})
  await waitFor(() => expect(document.getElementById('subject-self')).not.toBeNull())
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

  it('for a family member, the contact phone is the member’s own; the filer’s is the second (issue 13 item 11)', async () => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValueOnce({
      members: [memberView({ id: 'm1', phone: '13798765432', canFile: true, authorization: authorizationView({ status: 'ACTIVE' }) })],
    })
    setRouterParams({ member: 'm1' })
    await mount()
    await waitFor(() => expect(useFilingDraftStore.getState().subject).toBe('member:m1'))
    click('mode-direct')
    await waitFor(() => expect(document.getElementById('type-REFERRAL')).not.toBeNull())
    click('type-REFERRAL')
    click('choose-type')
    expect(useFilingDraftStore.getState().drafts['member:m1']).toMatchObject({ type: 'REFERRAL', phone1: '13798765432', phone2: '13912345678' })
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
    expect(text('verify-card')).toContain('先完成您本人的实人认证')
    click('subject-self')
    await waitFor(() => expect(text('verify-card')).not.toContain('张建华'))
    expect(text('verify-card')).toContain('先完成实人认证')
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
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index' })
  })

  it('offers to resume a draft left half-way, at its step', async () => {
    useFilingDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyFilingDraft(), type: 'STATIONED_WORKER', step: 'materials' } } })
    await mount()
    expect(text('resume-draft')).toContain('常驻异地工作人员')
    expect(text('resume-draft')).toContain('上传材料')
    click('resume-continue')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/materials/index' })
  })

  it('asks for 实名信息 first when there is none', async () => {
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await new TestUtils().mount(FilingStart, {})
    await waitFor(() => expect(document.getElementById('go-profile')).not.toBeNull())
    // The filer's own, even when filing for a family member: not the 参保人's (the father's).
    expect(document.body.textContent).toContain('先填您本人的实名信息（替家人办，也是先填您本人的）')
  })
})
