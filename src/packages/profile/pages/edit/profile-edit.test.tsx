import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { idCheckChar } from '../../../../domain/validation/id-number'
import { EMPTY_PROFILE_DRAFT, useProfileDraftStore } from '../../../../stores/use-profile-draft-store'
import { fetchMe, saveProfile } from '../../../../services/me'
import { ID_TAKEN_MESSAGE } from '../../../../domain/verification'
import ProfileEdit from './index'

jest.mock('../../../../services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('../../../../services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('../../../../services/privacy', () => ({
  ...jest.requireActual('../../../../services/privacy'),
  fetchPrivacyNotice: jest.fn(() => Promise.resolve(jest.requireActual('../../../../domain/privacy').PRIVACY_NOTICE)),
}))

const mockedFetchMe = fetchMe as jest.MockedFunction<typeof fetchMe>
const mockedSave = saveProfile as jest.MockedFunction<typeof saveProfile>

const VALID_ID = '11010519491231002' + idCheckChar('11010519491231002')
const UNVERIFIED = { status: 'UNVERIFIED', statusLabel: '未认证', method: null, at: null, reason: null, conflict: null } as const
const WRONG_CHECK = VALID_ID.slice(0, 17) + (VALID_ID[17] === '0' ? '1' : '0')
const CONSENT = { version: '2026-12-01', at: '2026-11-20T01:00:00.000Z' }

function inputOf(name: string): HTMLInputElement {
  const el = document.querySelector(`taro-input-core[name="${name}"] input`)
  if (!el) throw new Error(`no input ${name}`)
  return el as HTMLInputElement
}

function type(name: string, value: string) {
  const input = inputOf(name)
  fireEvent.input(input, { target: { value } })
}

function errorText(name: string): string | null {
  return document.getElementById(`error-${name}`)?.textContent ?? null
}

async function mountPage() {
  const utils = new TestUtils()
  await utils.mount(ProfileEdit, {})
  await waitFor(() => expect(mockedFetchMe).toHaveBeenCalled())
  await waitFor(() => expect(document.getElementById('profile-save')).not.toBeNull())
  return utils
}

beforeEach(() => {
  useProfileDraftStore.setState({ draft: EMPTY_PROFILE_DRAFT, touched: {}, dirty: false })
  // Consent already given: these tests are about the form (profile-consent.test.tsx: the consent step).
  mockedFetchMe.mockReset().mockResolvedValue({ user: { id: 'u1' }, profile: null, privacyConsent: CONSENT })
  mockedSave.mockReset()
})

describe('实名信息 page', () => {
  it('says which part of the ID is wrong as soon as 18 characters are typed, and clears it when fixed', async () => {
    await mountPage()
    type('idNumber', WRONG_CHECK)
    await waitFor(() => expect(errorText('idNumber')).toContain('校验不通过'))

    type('idNumber', VALID_ID)
    await waitFor(() => expect(errorText('idNumber')).toBeNull())
    // The confirmed facts read back from the number help a person spot a typo.
    expect(document.getElementById('field-idNumber')!.textContent).toContain('出生日期 1949-12-31')
  })

  it('does not send a form with mistakes: every wrong field is marked at once', async () => {
    await mountPage()
    type('name', '张')
    type('phone', '12345')
    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(errorText('name')).toContain('中文姓名'))
    expect(errorText('phone')).toContain('11 位')
    expect(errorText('idNumber')).toContain('请填写身份证号码')
    expect(errorText('insuredRegion')).toContain('请选择参保地')
    expect(errorText('insuranceType')).toContain('请选择险种')
    expect(mockedSave).not.toHaveBeenCalled()
  })

  it('keeps what was typed in the persisted draft, and saves a valid profile', async () => {
    useProfileDraftStore.setState({
      draft: { ...EMPTY_PROFILE_DRAFT, insuredRegion: '441700', insuranceType: 'RESIDENT' },
      dirty: true,
    })
    mockedSave.mockImplementation(async (input) => ({
      profile: { ...input, birthDate: '1949-12-31', sex: 'M', updatedAt: '2026-11-23T10:00:00+08:00' },
      verification: UNVERIFIED,
    }))
    await mountPage()
    type('name', '张建华')
    type('idNumber', VALID_ID)
    type('phone', '138 1234 5678')

    const persisted = JSON.parse(Taro.getStorageSync('beian-profile-draft') || '{}')
    expect(persisted.state.draft).toMatchObject({ name: '张建华', idNumber: VALID_ID, insuredRegion: '441700' })

    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(mockedSave).toHaveBeenCalledTimes(1))
    expect(mockedSave.mock.calls[0][0]).toMatchObject({
      name: '张建华',
      idNumber: VALID_ID,
      phone: '13812345678',
      insuredRegion: '441700',
      insuranceType: 'RESIDENT',
    })
    await waitFor(() => expect(document.getElementById('profile-saved')).not.toBeNull())
  })

  it('shows the server’s field messages at the field', async () => {
    useProfileDraftStore.setState({
      draft: { name: '张建华', idNumber: VALID_ID, phone: '13812345678', insuredRegion: '441700', insuranceType: 'EMPLOYEE' },
      dirty: true,
    })
    const { ApiError } = jest.requireActual('../../../../services/api-error')
    mockedSave.mockRejectedValue(new ApiError(422, 'VALIDATION_FAILED', '有几处需要修改', { phone: '这个号码已停用，请换一个' }))
    await mountPage()
    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(errorText('phone')).toBe('这个号码已停用，请换一个'))
  })

  it('fills the form from the saved profile when nothing unsaved is in progress', async () => {
    mockedFetchMe.mockResolvedValue({
      user: { id: 'u1' },
      profile: {
        name: '李秀英', idNumber: VALID_ID, phone: '13912345678', insuredRegion: '450200', insuranceType: 'RESIDENT',
        birthDate: '1949-12-31', sex: 'M', updatedAt: '2026-11-20T09:00:00+08:00',
      },
      privacyConsent: CONSENT,
    })
    await mountPage()
    await waitFor(() => expect(inputOf('name').value).toBe('李秀英'))
    expect(document.getElementById('profile-saved')).not.toBeNull()
  })

  it('after saving, says plainly when another account verified this ID, and leads to 实人认证 (issue 11)', async () => {
    useProfileDraftStore.setState({
      draft: { name: '张建华', idNumber: VALID_ID, phone: '13812345678', insuredRegion: '441700', insuranceType: 'EMPLOYEE' },
      dirty: true,
    })
    mockedSave.mockImplementation(async (input) => ({
      profile: { ...input, birthDate: '1949-12-31', sex: 'M', updatedAt: '2026-11-23T10:00:00+08:00' },
      verification: { ...UNVERIFIED, conflict: ID_TAKEN_MESSAGE },
    }))
    await mountPage()
    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(document.getElementById('profile-conflict')?.textContent).toBe(ID_TAKEN_MESSAGE))
    expect(document.getElementById('profile-verify')?.textContent).toBe('实人认证：未认证去认证 ›')
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    fireEvent.click(document.getElementById('profile-verify')!)
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index' })
    navigate.mockRestore()
  })
})
