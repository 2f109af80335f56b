import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { emptyFilingDraft, useFilingDraftStore, type FilingDraft } from '@/stores/use-filing-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { useSettingsStore } from '@/stores/use-settings-store'
import FilingForm from './index'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const PROFILE = {
  name: '王桂兰', idNumber: '360102195503150020', phone: '13912345678', insuredRegion: '360100',
  insuranceType: 'RESIDENT' as const, birthDate: '1955-03-15', sex: 'F' as const, updatedAt: '2026-11-23T10:00:00+08:00',
}
// Component tests run on a fixed clock: 10:00 China time on 2026-12-01 (tests/setup/components.setup.ts).
const today = '2026-12-01'

function withDraft(patch: Partial<FilingDraft>) {
  useFilingDraftStore.setState({ subject: 'self', drafts: { self: { ...emptyFilingDraft(), step: 'form', startDate: today, phone1: PROFILE.phone, ...patch } } })
}

const errorText = (name: string) => document.getElementById(`error-${name}`)?.textContent ?? null
let navigate: jest.SpyInstance

beforeEach(() => {
  useMeStore.setState({ me: { user: { id: 'u1' }, profile: PROFILE }, loading: false, error: null })
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})
afterEach(() => navigate.mockRestore())

describe('备案信息 form', () => {
  it('says what not filing costs in plain words for the chosen place (issue 13 item 10)', async () => {
    document.body.innerHTML = ''
    useMeStore.setState({ me: { user: { id: 'u1' }, profile: { ...PROFILE, insuredRegion: '450200' } }, loading: false, error: null })
    withDraft({ type: 'LONG_TERM_RESIDENT', destination: '310000' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('notice-reduction')).not.toBeNull())
    expect(document.getElementById('notice-reduction')!.textContent).toBe(
      '· 不备案的后果：去上海（省外）没备案，报销比例要降 20 个百分点：1 万元的住院费多掏约 2,000 元。',
    )
    expect(document.getElementById('notice')!.textContent).not.toContain('统筹地区')
    fireEvent.click(document.getElementById('basis-notice')!)
    await waitFor(() => expect(document.getElementById('basis-notice-list')!.textContent).toContain('在区外住院降低 20 个百分点'))
    document.body.innerHTML = ''
  })

  it.each([
    // chronicDiseaseNote cites 苏医保发〔2022〕75号 only: 江苏's own to a 南京 person, another place's to a 北京 one.
    ['110100', true],
    ['320100', false],
  ])('门诊慢特病 依据 for a person insured in %s: the not-collected note first: %s', async (insuredRegion, noted) => {
    document.body.innerHTML = ''
    useMeStore.setState({ me: { user: { id: 'u1' }, profile: { ...PROFILE, insuredRegion } }, loading: false, error: null })
    withDraft({ type: 'LONG_TERM_RESIDENT' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('basis-chronic-disease')).not.toBeNull())
    fireEvent.click(document.getElementById('basis-chronic-disease')!)
    await waitFor(() => expect(document.getElementById('basis-chronic-disease-list')!.textContent).toContain('苏医保发〔2022〕75号'))
    expect(document.getElementById('basis-chronic-disease-default') !== null).toBe(noted)
    document.body.innerHTML = ''
  })

  it('asks only what the type needs: a long-term filing has no end date', async () => {
    withDraft({ type: 'LONG_TERM_RESIDENT' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('field-destination')).not.toBeNull())
    expect(document.getElementById('field-endDate')).toBeNull()
    expect(document.body.textContent).toContain('长期备案不用填结束日期')
    // The 告知书 essentials: the ratio follows the insured place, the lists the destination.
    expect(document.getElementById('notice')!.textContent).toContain('按就医地的目录')
  })

  it('a temporary filing gets an end date, defaulting to the shortest period allowed (6 months)', async () => {
    withDraft({ type: 'OTHER_TEMPORARY' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(useFilingDraftStore.getState().drafts.self!.endDate).not.toBe(''))
    expect(document.getElementById('field-endDate')).not.toBeNull()
    // 6 months from 2026-12-01 end on 2027-05-31 (the day before 2027-06-01; SPEC §4, 002 第十条).
    expect(useFilingDraftStore.getState().drafts.self!.endDate).toBe('2027-05-31')
  })

  it('does not go on with mistakes: every wrong field is marked, in plain words', async () => {
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }))
    withDraft({ type: 'LONG_TERM_RESIDENT', phone1: '123' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('form-next')).not.toBeNull())
    fireEvent.click(document.getElementById('form-next')!)
    await waitFor(() => expect(errorText('destination')).not.toBeNull())
    expect(errorText('phone1')).toContain('11 位')
    expect(errorText('addressAtDestination')).toContain('住址')
    expect(navigate).not.toHaveBeenCalled()
    // The first mistake is brought into view (a trial: the form stayed at its foot, the mistake above).
    await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '.form-field--error' })))
    expect(document.querySelector('.form-field--error')!.id).toBe('field-destination')
  })

  // A trial: 阳江 chosen, an address in 广州 went through to the agency.
  it('an address in another city than the 备案地 is marked, saying which and what to check', async () => {
    withDraft({ type: 'LONG_TERM_RESIDENT', destination: '441700', addressAtDestination: '广州市天河区体育西路 1 号' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('form-next')).not.toBeNull())
    fireEvent.click(document.getElementById('form-next')!)
    await waitFor(() => expect(errorText('addressAtDestination')).not.toBeNull())
    expect(errorText('addressAtDestination')).toBe('住址写的是广州市，和备案地（广东省阳江市）不一致。住址要写在备案地住的地方，请核对住址或备案地')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('goes on to the materials when the form is right, and keeps what was typed in the draft', async () => {
    withDraft({ type: 'LONG_TERM_RESIDENT', destination: '441700', addressAtDestination: '阳江市江城区东风路 8 号' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('form-next')).not.toBeNull())
    fireEvent.input(document.querySelector('taro-input-core[name="phone2"] input')!, { target: { value: '0662-1234567' } })
    fireEvent.click(document.getElementById('form-next')!)
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/materials/index' })
    expect(useFilingDraftStore.getState().drafts.self).toMatchObject({ step: 'materials', phone2: '0662-1234567' })
  })
})

describe('备案信息 form: the 门诊慢特病 field', () => {
  it.each([false, true])('keeps its long note and 依据 under the box, not inside it (elder mode %s)', async (elder) => {
    document.body.innerHTML = ''
    useSettingsStore.setState({ elder })
    withDraft({ type: 'LONG_TERM_RESIDENT' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('field-chronicDiseaseHospital')).not.toBeNull())
    const field = document.getElementById('field-chronicDiseaseHospital')!
    const box = field.querySelector('.form-field__control')!
    // Only the input is in the box, so it keeps the whole width to type in.
    expect(box.querySelector('taro-input-core[name="chronicDiseaseHospital"]')).not.toBeNull()
    expect(box.querySelector('#chronic-disease-note')).toBeNull()
    expect(box.querySelector('#basis-chronic-disease')).toBeNull()
    const note = field.querySelector('.form-field__note')!
    expect(note.querySelector('#chronic-disease-note')!.textContent).toContain('资格认定（医保部门认定您患有这种慢特病）')
    expect(note.querySelector('#basis-chronic-disease')).not.toBeNull()
    // Below the box: the note comes after it in the field.
    expect(box.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    useSettingsStore.setState({ elder: false })
    document.body.innerHTML = ''
  })
})

describe('备案信息 form, filed by a proxy', () => {
  it('names the family member where a question is about them, not 您', async () => {
    document.body.innerHTML = ''
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '张建华', relationLabel: '父母', insuredRegion: '360100' } as never } })
    useFilingDraftStore.setState({
      subject: 'member:m1',
      drafts: { 'member:m1': { ...emptyFilingDraft(), step: 'form', type: 'OTHER_TEMPORARY', startDate: today, inHospital: 'YES' } },
    })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('field-inHospital')).not.toBeNull())
    expect(document.getElementById('field-inHospital')!.textContent).toContain('张建华现在是不是已经在外地住院了？')
    expect(document.getElementById('field-admittedOn')!.textContent).toContain('张建华哪天入院的')
    expect(document.getElementById('field-addressAtDestination')!.textContent).toContain('张建华在外地的住址')
    expect(document.getElementById('field-inHospital')!.textContent).not.toContain('您')
    // Whose number goes where (a trial: the daughter could not tell): his first, hers second.
    expect(document.getElementById('field-phone1')!.textContent).toContain('父母张建华本人的手机（没有手机就填您的）。工作人员有事会打这个电话；办理结果在“我的备案”里看')
    expect(document.getElementById('field-phone2')!.textContent).toContain('您（办理人）的电话，联系不上张建华时打')
    // The 门诊慢特病 note is about him too (a trial: 认定您患有 read as about the daughter).
    expect(document.getElementById('chronic-disease-note')!.textContent).toContain('医保部门认定张建华患有这种慢特病')
    expect(document.getElementById('chronic-disease-note')!.textContent).not.toContain('您')
    document.body.innerHTML = ''
  })

  it('filing for oneself: the first number is one’s own, the second a child’s', async () => {
    document.body.innerHTML = ''
    withDraft({ type: 'OTHER_TEMPORARY' })
    await new TestUtils().mount(FilingForm, {})
    await waitFor(() => expect(document.getElementById('field-phone1')).not.toBeNull())
    expect(document.getElementById('field-phone1')!.textContent).toContain('您本人的手机。工作人员有事会打这个电话；办理结果在“我的备案”里看')
    expect(document.getElementById('field-phone2')!.textContent).toContain('比如子女的电话')
    document.body.innerHTML = ''
  })
})
