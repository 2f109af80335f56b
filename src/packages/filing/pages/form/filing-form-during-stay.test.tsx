import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { emptyFilingDraft, useFilingDraftStore, type FilingDraft } from '@/stores/use-filing-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { submissionOf } from '../../shared/flow'
import FilingForm from './index'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

// Issue 12 item 1: the ordinary form asks whether the person is in hospital now (补办, 002 通知 二).
// The page reads the phone's clock, so the dates here are relative to it.
const PROFILE = {
  name: '王桂兰', idNumber: '360102195503150020', phone: '13912345678', insuredRegion: '360100',
  insuranceType: 'RESIDENT' as const, birthDate: '1955-03-15', sex: 'F' as const, updatedAt: '2026-11-23T10:00:00+08:00',
}
// Component tests run on a fixed clock, 2026-12-01 (tests/setup/components.setup.ts): admitted 5 days before.
const today = '2026-12-01'
const admitted = '2026-11-26'
const READY = { type: 'OTHER_TEMPORARY' as const, destination: '441700', addressAtDestination: '阳江市江城区东风路 8 号', phone1: PROFILE.phone }

function withDraft(patch: Partial<FilingDraft>) {
  useFilingDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyFilingDraft(), step: 'form', startDate: today, ...READY, ...patch } } })
}
const draft = () => useFilingDraftStore.getState().drafts.self as FilingDraft
const errorText = (name: string) => document.getElementById(`error-${name}`)?.textContent ?? null
const click = (id: string) => fireEvent.click(document.getElementById(id)!)
let navigate: jest.SpyInstance

beforeEach(() => {
  useMeStore.setState({ me: { user: { id: 'u1' }, profile: PROFILE }, loading: false, error: null })
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})
afterEach(() => {
  navigate.mockRestore()
  document.body.innerHTML = ''
})

describe('备案信息 form: already in hospital (补办)', () => {
  it('asks in plain words, and with the admission date the start goes back to it and the filing carries admittedOn', async () => {
    withDraft({ inHospital: 'YES', admittedOn: admitted, startDate: admitted })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('in-hospital-yes')).not.toBeNull())
    expect(document.getElementById('field-inHospital')?.textContent).toContain('您现在是不是已经在外地住院了？')
    expect(document.getElementById('admitted-on')?.textContent).toContain('已选：2026 年 11 月 26 日')
    await waitFor(() => expect(draft().endDate).not.toBe(''))
    click('form-next')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/materials/index' })
    expect(submissionOf(draft(), true, { self: true })).toMatchObject({ startDate: admitted, admittedOn: admitted })
  })

  it('changing the answer to 没有住院 takes the start back to today, not the admission day left hidden (a trial)', async () => {
    withDraft({ inHospital: 'YES', admittedOn: admitted, startDate: admitted })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('in-hospital-no')).not.toBeNull())
    click('in-hospital-no')
    await waitFor(() => expect(draft().startDate).toBe(today))
    click('form-next')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/materials/index' }))
    expect(errorText('startDate')).toBeNull()
  })

  it('without saying so, a past start is refused with a pointer to the question', async () => {
    withDraft({ inHospital: 'NO', startDate: admitted })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('form-next')).not.toBeNull())
    click('form-next')
    await waitFor(() => expect(errorText('startDate')).not.toBeNull())
    expect(errorText('startDate')).toContain('请选“已经住院了”并填入院日期')
    expect(navigate).not.toHaveBeenCalled()
    expect(submissionOf(draft(), true, { self: true }).admittedOn).toBeNull()
  })

  it('discharge already settled: explains 零星报销 with the cut in money and leads there, not to the materials', async () => {
    // Insured in 柳州 (Guangxi: the cut is known, 20 points outside the region).
    useMeStore.setState({ me: { user: { id: 'u1' }, profile: { ...PROFILE, insuredRegion: '450200' } }, loading: false, error: null })
    withDraft({ inHospital: 'YES', admittedOn: admitted, startDate: admitted })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('discharge-settled-yes')).not.toBeNull())
    click('discharge-settled-yes')
    await waitFor(() => expect(document.getElementById('settled-claim')).not.toBeNull())
    expect(document.getElementById('settled-claim')?.textContent).toContain('回参保地办“零星报销”')
    expect(document.getElementById('settled-cut')?.textContent).toContain('您要多自付 2000 元')
    click('form-next')
    expect(navigate).not.toHaveBeenCalledWith({ url: '/packages/filing/pages/materials/index' })
    click('settled-claim-open')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/after-window/index' }))
  })

  it('says the question may be left unanswered, and what that means; unanswered goes on as 没有住院 (a trial)', async () => {
    withDraft({ inHospital: '' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('field-inHospital')).not.toBeNull())
    const field = document.getElementById('field-inHospital')!.textContent ?? ''
    expect(field).toContain('您现在是不是已经在外地住院了？（可以不选）')
    expect(field).toContain('不选，就按没有住院办：备案从下面选的开始日期起生效。')
    expect(field).toContain('已经住进外地医院、还没出院结算的，请选“已经住院了”：备案从入院那天开始，这次住院也能直接结算。')
    await waitFor(() => expect(draft().endDate).not.toBe(''))
    click('form-next')
    expect(errorText('inHospital')).toBeNull()
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/materials/index' })
    expect(submissionOf(draft(), true, { self: true })).toMatchObject({ startDate: today, admittedOn: null })
  })
})
