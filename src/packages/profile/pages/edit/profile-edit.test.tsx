import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { idCheckChar } from '@/domain/validation/id-number'
import { EMPTY_PROFILE_DRAFT, useProfileDraftStore } from '@/stores/use-profile-draft-store'
import { fetchMe, saveProfile } from '@/services/me'
import { ID_TAKEN_MESSAGE } from '@/domain/verification'
import { Current } from '@tarojs/runtime'
import { useSettingsStore } from '@/stores/use-settings-store'
import { mount, unmount } from '@tests/helpers/page'
import ProfileEdit from './index'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/privacy', () => ({
  ...jest.requireActual('@/services/privacy'),
  fetchPrivacyNotice: jest.fn(() => Promise.resolve(jest.requireActual('@/domain/privacy').PRIVACY_NOTICE)),
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

afterEach(() => unmount())

async function mountPage() {
  await mount(ProfileEdit)
  await waitFor(() => expect(mockedFetchMe).toHaveBeenCalled())
  await waitFor(() => expect(document.getElementById('profile-save')).not.toBeNull())
  // Taro's input elements draw their <input> a moment later; under load the first keystroke came too soon.
  await waitFor(() => {
    for (const name of ['name', 'idNumber', 'phone']) expect(document.querySelector(`taro-input-core[name="${name}"] input`)).not.toBeNull()
  })
}

function setParams(params: Record<string, string>) {
  Current.router = { params, path: '/packages/profile/pages/edit/index', onReady: '', onHide: '', onShow: '', $taroPath: '' }
}

beforeEach(() => {
  setParams({})
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
    expect(document.getElementById('field-idNumber')!.textContent).toContain('出生日期 1949 年 12 月 31 日')
  })

  it('an ID number typed in groups, as printed on the card, keeps every digit and drops the spaces', async () => {
    await mountPage()
    const grouped = `${VALID_ID.slice(0, 6)} ${VALID_ID.slice(6, 10)} ${VALID_ID.slice(10, 14)} ${VALID_ID.slice(14)}`
    type('idNumber', grouped)
    await waitFor(() => expect(useProfileDraftStore.getState().draft.idNumber).toBe(VALID_ID))
    await waitFor(() => expect(errorText('idNumber')).toBeNull())
    expect(document.querySelector('taro-input-core[name="idNumber"]')!.getAttribute('maxlength')).toBe('22')
  })

  it('does not send a form with mistakes: every wrong field is marked at once', async () => {
    await mountPage()
    type('name', '张')
    type('phone', '12345')
    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(errorText('name')).toBe('姓名至少 2 个字，请写全身份证上的姓名'))
    expect(errorText('phone')).toContain('11 位')
    expect(errorText('idNumber')).toContain('请填写身份证号码')
    expect(errorText('insuredRegion')).toContain('请选择参保地')
    expect(errorText('insuranceType')).toContain('请选择险种')
    expect(mockedSave).not.toHaveBeenCalled()
    // How many are left is said by 保存 (not in a toast over the fields), and shrinks as they are fixed.
    expect(document.getElementById('profile-errors')?.textContent).toBe('还有 5 处要改，请看上面的红字。')
    expect(document.querySelector('.nut-toast')).toBeNull()
    type('name', '张建华')
    await waitFor(() => expect(document.getElementById('profile-errors')?.textContent).toBe('还有 4 处要改，请看上面的红字。'))
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
    // Said by the buttons, in a region a screen reader reads; no toast over the 险种 choices.
    const line = document.getElementById('profile-saved-line')!
    expect(line.textContent).toBe('✓ 已保存')
    expect(line.getAttribute('aria-live')).toBe('polite')
    expect(line.parentElement!.id).toBe('profile-actions')
    expect(Array.from(document.querySelectorAll('.nut-toast')).map((t) => t.textContent).join('')).not.toContain('已保存')
  })

  it('says it is about the person herself — from 添加家人 too — and leads back there after saving (issue 13 item 8)', async () => {
    jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }))
    setParams({ for: 'family' })
    useProfileDraftStore.setState({ draft: { ...EMPTY_PROFILE_DRAFT, insuredRegion: '440300', insuranceType: 'EMPLOYEE' }, dirty: true })
    mockedSave.mockImplementation(async (input) => ({
      profile: { ...input, birthDate: '1949-12-31', sex: 'M', updatedAt: '2026-11-23T10:00:00+08:00' },
      verification: UNVERIFIED,
    }))
    await mountPage()
    const intro = document.getElementById('profile-intro')?.textContent ?? ''
    expect(intro).toBe('先填写您自己的实名信息（是您本人的，不是家人的），要和您的身份证、医保卡上的一致。添加家人时要用它核对是您在替家人办理。家人的信息，保存后回到“添加家人”再填。')
    expect(document.body.textContent).not.toContain('参保人本人')
    type('name', '李晓梅')
    type('idNumber', VALID_ID)
    type('phone', '138 1234 5678')
    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(document.getElementById('profile-back-to')).not.toBeNull())
    expect(document.getElementById('profile-back-to')!.textContent).toBe('回到添加家人，接着填')
    fireEvent.click(document.getElementById('profile-back-to')!)
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/family/pages/add/index' }))
  })

  it('opened from the emergency flow: after saving, leads back to the emergency flow', async () => {
    jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }))
    setParams({ for: 'emergency' })
    useProfileDraftStore.setState({ draft: { ...EMPTY_PROFILE_DRAFT, insuredRegion: '440300', insuranceType: 'EMPLOYEE' }, dirty: true })
    mockedSave.mockImplementation(async (input) => ({
      profile: { ...input, birthDate: '1949-12-31', sex: 'M', updatedAt: '2026-11-23T10:00:00+08:00' },
      verification: UNVERIFIED,
    }))
    await mountPage()
    expect(document.getElementById('profile-intro')?.textContent).toContain('回到急诊备案接着办')
    expect(document.getElementById('profile-back-to')).toBeNull()
    type('name', '李晓梅')
    type('idNumber', VALID_ID)
    type('phone', '138 1234 5678')
    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(document.getElementById('profile-back-to')).not.toBeNull())
    expect(document.getElementById('profile-back-to')!.textContent).toBe('回到急诊备案，接着办')
    fireEvent.click(document.getElementById('profile-back-to')!)
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index' }))
  })

  it.each([
    ['UNVERIFIED', 'profile-next-verify', '下一步：实人认证', '/packages/profile/pages/verify/index?for=invitation&token=inv-token-1'],
    ['PENDING', 'profile-back-to', '回到邀请', '/packages/family/pages/accept/index?token=inv-token-1'],
  ] as const)('opened from an invitation (?for=invitation&token=…), 实人认证 %s: the next step keeps the token, so a reload loses no way back (new-user trial)', async (status, next, label, url) => {
    setParams({ for: 'invitation', token: 'inv-token-1' })
    useProfileDraftStore.setState({ draft: { ...EMPTY_PROFILE_DRAFT, insuredRegion: '440300', insuranceType: 'EMPLOYEE' }, dirty: true })
    mockedSave.mockImplementation(async (input) => ({
      profile: { ...input, birthDate: '1949-12-31', sex: 'M', updatedAt: '2026-11-23T10:00:00+08:00' },
      verification: { ...UNVERIFIED, status, statusLabel: status === 'PENDING' ? '等待人工核对' : '未认证' },
    }))
    // Reloaded: the invitation is not in the stack any more.
    jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => [{ route: 'packages/profile/pages/edit/index', options: { for: 'invitation', token: 'inv-token-1' } }] as never)
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    await mountPage()
    type('name', '李晓梅')
    type('idNumber', VALID_ID)
    type('phone', '138 1234 5678')
    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(document.getElementById(next)).not.toBeNull())
    expect(document.getElementById(next)!.textContent).toBe(label)
    // One way on: 同意 can wait for 实人认证, so 回到邀请 is not offered before it.
    expect(document.querySelectorAll('#profile-back-to, #profile-next-verify')).toHaveLength(1)
    fireEvent.click(document.getElementById('profile-verify')!)
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index?for=invitation&token=inv-token-1' })
    navigate.mockClear()
    fireEvent.click(document.getElementById(next)!)
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url }))
    navigate.mockRestore()
  })

  it.each([
    // purpose   | the button back to the flow
    ['emergency', '回到急诊备案，接着办'],
    ['filing', '回到备案，接着办'],
  ])('opened from a flow (?for=%s) in 长辈模式: after saving, the way back comes first and is scrolled into view', async (purpose, back) => {
    useSettingsStore.setState({ elder: true })
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    setParams({ for: purpose })
    useProfileDraftStore.setState({
      draft: { name: '李晓梅', idNumber: VALID_ID, phone: '13812345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE' },
      dirty: true,
    })
    mockedSave.mockImplementation(async (input) => ({
      profile: { ...input, birthDate: '1949-12-31', sex: 'M', updatedAt: '2026-11-23T10:00:00+08:00' },
      verification: UNVERIFIED,
    }))
    await mountPage()
    expect(scroll).not.toHaveBeenCalled()
    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(document.getElementById('profile-back-to')).not.toBeNull())
    const buttons = Array.from(document.querySelectorAll('#profile-actions taro-button-core')).map((b) => b.textContent)
    expect(buttons).toEqual([back, '保存', '返回首页'])
    await waitFor(() => expect(scroll).toHaveBeenCalledWith({ selector: '#profile-actions', duration: 300 }))
    useSettingsStore.setState({ elder: false })
  })

  it.each(['emergency', 'filing'])('opened from a filing (?for=%s): says at the top the details are one’s own, and leads to 家人代办 for a family member', async (purpose) => {
    setParams({ for: purpose })
    await mountPage()
    expect(document.getElementById('profile-intro')?.textContent).toMatch(/^这里填您本人（用这个微信的人）的实名信息/)
    expect(document.getElementById('profile-for-family')?.textContent).toBe(
      '替家人办？这里也只填您本人的。家人的姓名、身份证号，在“家人代办”里添加家人时填。去家人代办，添加家人 ›',
    )
    // At the top: before the form's first field.
    const box = document.getElementById('profile-for-family')!
    expect(box.compareDocumentPosition(document.getElementById('field-name')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    fireEvent.click(document.getElementById('profile-to-family')!)
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/family/pages/list/index' }))
  })

  it.each([['family'], ['invitation']])('opened with ?for=%s: no 家人代办 link (it is not a filing for someone)', async (purpose) => {
    setParams({ for: purpose })
    await mountPage()
    expect(document.getElementById('profile-for-family')).toBeNull()
    expect(document.getElementById('profile-to-family')).toBeNull()
  })

  it('opened from the home page, says the information is one’s own, not a family member’s', async () => {
    await mountPage()
    // H5 (the components' build): no WeChat to name (a trial read 正在用这个微信的人 in a browser).
    expect(document.getElementById('profile-intro')?.textContent).toBe(
      '这里填的是您自己（正在用这部手机的人）的信息，要和您的身份证、医保卡上的一致。替家人办理时，家人的信息在“家人代办”里填。',
    )
    expect(document.getElementById('profile-back-to')).toBeNull()
    // The way to 家人代办 is one tap under it (a trial), without the filing's box.
    expect(document.getElementById('profile-for-family')).toBeNull()
    expect(document.getElementById('profile-to-family')?.textContent).toBe('替家人办理？去家人代办，添加家人 ›')
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    fireEvent.click(document.getElementById('profile-to-family')!)
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/family/pages/list/index' }))
  })

  // A trial: 长辈模式's 家人代办 tile opens 谁可以替我办, not the family list; the words say the way there.
  it('in 长辈模式, says where 家人代办 is found from the home page', async () => {
    useSettingsStore.setState({ elder: true })
    await mountPage()
    expect(document.getElementById('profile-intro')?.textContent).toContain('替家人办理时，家人的信息在首页“家人代办”（点开后再点“替家人办”）里填。')
    expect(document.getElementById('profile-intro')?.textContent).not.toContain('让子女帮我办')
    useSettingsStore.setState({ elder: false })
  })

  describe('in the weapp', () => {
    // Taro's jest transformer reads src's TARO_ENV from TARO_ENV_JEST first (bracket access here,
    // so that transformer leaves this line alone).
    beforeEach(() => {
      process.env['TARO_ENV_JEST'] = 'weapp'
    })
    afterEach(() => {
      delete process.env['TARO_ENV_JEST']
    })

    it('says the information is of the one using this WeChat', async () => {
      await mountPage()
      expect(document.getElementById('profile-intro')?.textContent).toBe(
        '这里填的是您自己（正在用这个微信的人）的信息，要和您的身份证、医保卡上的一致。替家人办理时，家人的信息在“家人代办”里填。',
      )
    })
  })

  it('shows the server’s field messages at the field', async () => {
    useProfileDraftStore.setState({
      draft: { name: '张建华', idNumber: VALID_ID, phone: '13812345678', insuredRegion: '441700', insuranceType: 'EMPLOYEE' },
      dirty: true,
    })
    const { ApiError } = jest.requireActual('@/services/api-error')
    mockedSave.mockRejectedValue(new ApiError(422, 'VALIDATION_FAILED', '有几处需要修改', { phone: '这个号码已停用，请换一个' }))
    await mountPage()
    fireEvent.click(document.getElementById('profile-save')!)
    await waitFor(() => expect(errorText('phone')).toBe('这个号码已停用，请换一个'))
    expect(document.getElementById('profile-errors')?.textContent).toBe('还有 1 处要改，请看上面的红字。')
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
