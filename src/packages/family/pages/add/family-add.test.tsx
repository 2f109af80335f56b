import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { OWN_ID_MESSAGE } from '@/domain/family'
import { idCheckChar } from '@/domain/validation/id-number'
import { addFamilyMember } from '@/services/family'
import { fetchMe } from '@/services/me'
import { emptyEmergencyDraft, useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { EMPTY_FAMILY_DRAFT, useFamilyDraftStore } from '@/stores/use-family-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { click, mount, unmount } from '@tests/helpers/page'
import { memberView, setRouterParams } from '../../shared/test-fixtures'
import FamilyAdd from './index'

jest.mock('@/services/family', () => ({ addFamilyMember: jest.fn() }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/privacy', () => ({
  ...jest.requireActual('@/services/privacy'),
  fetchPrivacyNotice: jest.fn(() => Promise.resolve(jest.requireActual('@/domain/privacy').PRIVACY_NOTICE)),
}))

// The page's didShow callbacks, as Taro calls them when the page is shown again.
const mockShows = new Set<() => void>()
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { ...actual, __esModule: true, default: actual.default ?? actual, useDidShow: (fn: () => void) => mockShows.add(fn) }
})
const showAgain = () => mockShows.forEach((fn) => fn())

const mockedAdd = addFamilyMember as jest.MockedFunction<typeof addFamilyMember>
const mockedFetchMe = fetchMe as jest.MockedFunction<typeof fetchMe>
const { ApiError } = jest.requireActual('@/services/api-error')

const FATHER_ID = '11010519491231002' + idCheckChar('11010519491231002')
const WRONG_CHECK = FATHER_ID.slice(0, 17) + (FATHER_ID[17] === '0' ? '1' : '0')
const OWN_ID = '36010219800315002' + idCheckChar('36010219800315002')

const OWN_PROFILE = {
  name: '张丽', idNumber: OWN_ID, phone: '13812345678', insuredRegion: '360100', insuranceType: 'EMPLOYEE' as const,
  birthDate: '1980-03-15', sex: 'F' as const, updatedAt: '2026-11-20T09:00:00+08:00',
}

function inputOf(name: string): HTMLInputElement {
  const el = document.querySelector(`taro-input-core[name="${name}"] input`)
  if (!el) throw new Error(`no input ${name}`)
  return el as HTMLInputElement
}
const type = (name: string, value: string) => fireEvent.input(inputOf(name), { target: { value } })
const errorText = (name: string) => document.getElementById(`error-${name}`)?.textContent ?? null

/** Mounts the page and gives the separate consent first (family-add-consent.test.tsx tests that step). */
async function mountPage() {
  await mount(FamilyAdd)
  await waitFor(() => expect(mockedFetchMe).toHaveBeenCalled())
  click('privacy-consent-check')
  click('privacy-consent-agree')
  await waitFor(() => expect(document.getElementById('family-submit')).not.toBeNull())
  // Taro's inputs are web components: their native <input> appears a render after the form.
  await waitFor(() => expect(document.querySelectorAll('taro-input-core input').length).toBeGreaterThanOrEqual(3))
}

async function fillValidForm() {
  type('name', '张建华')
  type('idNumber', FATHER_ID)
  click('relation-PARENT')
  type('phone', '139 1234 5678')
  click('region-picker-trigger')
  await waitFor(() => expect(document.getElementById('region-450000')).not.toBeNull())
  click('region-450000')
  await waitFor(() => expect(document.getElementById('region-450200')).not.toBeNull())
  click('region-450200')
  click('insurance-RESIDENT')
}

beforeEach(() => {
  setRouterParams({}, '/packages/family/pages/add/index')
  useFamilyDraftStore.setState({ draft: EMPTY_FAMILY_DRAFT, touched: {} })
  useEmergencyDraftStore.setState({ subject: 'self', drafts: {} })
  useMeStore.setState({ me: null, loading: false, error: null })
  mockedFetchMe.mockReset().mockResolvedValue({ user: { id: 'u1' }, profile: OWN_PROFILE })
  mockedAdd.mockReset()
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }))
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
})

afterEach(() => unmount())

describe('添加家人 page', () => {
  it('refuses a wrong ID number at the field as soon as 18 characters are typed', async () => {
    await mountPage()
    type('idNumber', WRONG_CHECK)
    await waitFor(() => expect(errorText('idNumber')).toContain('校验不通过'))

    type('idNumber', FATHER_ID)
    await waitFor(() => expect(errorText('idNumber')).toBeNull())
    expect(document.getElementById('field-idNumber')!.textContent).toContain('出生日期 1949 年 12 月 31 日')

    // One's own number is not a family member.
    await waitFor(() => expect(useMeStore.getState().me?.profile?.idNumber).toBe(OWN_ID))
    type('idNumber', OWN_ID)
    await waitFor(() => expect(errorText('idNumber')).toBe(OWN_ID_MESSAGE))
  })

  it('does not send a form with mistakes: every missing answer is marked', async () => {
    await mountPage()
    click('family-submit')
    await waitFor(() => expect(errorText('name')).not.toBeNull())
    expect(errorText('idNumber')).toContain('请填写身份证号码')
    expect(errorText('relation')).toContain('关系')
    expect(errorText('insuredRegion')).toContain('请选择参保地')
    expect(errorText('insuranceType')).toContain('请选择险种')
    expect(mockedAdd).not.toHaveBeenCalled()
    // How many are left is said by the button, not in a toast over the fields.
    expect(document.getElementById('add-errors')?.textContent).toMatch(/^还有 \d 处要改，请看上面的红字。$/)
    expect(document.querySelector('.nut-toast')).toBeNull()
  })

  it('sends a valid member once, keeps the key for a retry, then goes on to 授权', async () => {
    const { NETWORK_ERROR_MESSAGE } = jest.requireActual('@/services/api-error')
    mockedAdd
      .mockRejectedValueOnce(new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE))
      .mockResolvedValueOnce(memberView({ id: 'new-1' }))
    await mountPage()
    await fillValidForm()

    // The half-filled form is kept across a closed app.
    const persisted = JSON.parse(Taro.getStorageSync('beian-family-draft') || '{}')
    expect(persisted.state.draft).toMatchObject({ name: '张建华', relation: 'PARENT', insuredRegion: '450200' })

    click('family-submit')
    await waitFor(() => expect(document.getElementById('add-error')?.textContent).toContain('网络不太好'))
    click('family-submit')
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledTimes(2))

    expect(mockedAdd.mock.calls[0][0]).toEqual({
      name: '张建华',
      idNumber: FATHER_ID,
      relation: 'PARENT',
      phone: '13912345678',
      insuredRegion: '450200',
      insuranceType: 'RESIDENT',
    })
    // The consent given on the page goes with the member.
    expect(mockedAdd.mock.calls[0][1]).toBe('2026-12-01')
    const key = mockedAdd.mock.calls[0][2]
    expect(key).toMatch(/^family-/)
    expect(mockedAdd.mock.calls[1][2]).toBe(key)
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/family/pages/authorize/index?id=new-1' }))
    expect(useFamilyDraftStore.getState().draft).toEqual(EMPTY_FAMILY_DRAFT)
  })

  // A trial: a son looked up his mother's stay before she was added, added her from 刚才查的是谁？, and
  // once she agreed the home page's 去办理 opened 我要备案's type chooser: the answers stayed his own.
  it.each([
    // opened with, the emergency draft's subject after, whose draft holds the answers
    [{ for: 'emergency' }, 'member:new-1', 'member:new-1'],
    [{}, 'self', 'self'],
  ] as const)('opened with %j, a stay looked up under the filer’s own draft goes to %s', async (params, subject, holder) => {
    setRouterParams({ ...params }, '/packages/family/pages/add/index')
    const looked = { ...emptyEmergencyDraft(), admitted: 'YES' as const, criteria: ['ACUTE_PAIN' as const], admittedOn: '2026-12-03', insuredRegionGuess: '450200' }
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: looked } })
    mockedAdd.mockResolvedValueOnce(memberView({ id: 'new-1' }))
    await mountPage()
    await fillValidForm()
    click('family-submit')
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/family/pages/authorize/index?id=new-1' }))
    const { subject: now, drafts } = useEmergencyDraftStore.getState()
    expect(now).toBe(subject)
    expect(Object.keys(drafts)).toEqual([holder])
    expect(drafts[holder]).toMatchObject({ admitted: 'YES', criteria: ['ACUTE_PAIN'], admittedOn: '2026-12-03' })
  })

  // A trial: 替家人办理？先添加家人 on the emergency page led to the family list with no way back.
  it('opened from the emergency page’s 先添加家人 (for=emergency-return): back to that page, the answers left for it to ask whose', async () => {
    setRouterParams({ for: 'emergency-return' }, '/packages/family/pages/add/index')
    const looked = { ...emptyEmergencyDraft(), admitted: 'YES' as const, admittedOn: '2026-12-03', askWhose: true }
    useEmergencyDraftStore.setState({ subject: 'self', drafts: { self: looked } })
    mockedAdd.mockResolvedValueOnce(memberView({ id: 'new-1' }))
    await mountPage()
    await fillValidForm()
    // The button says where it leads (a trial read 下一步去授权 and came back to the emergency page).
    expect(document.getElementById('family-submit')!.textContent).toBe('添加，回到急诊备案')
    click('family-submit')
    await waitFor(() => expect(mockedAdd).toHaveBeenCalled())
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index' }))
    expect(Taro.redirectTo).not.toHaveBeenCalledWith({ url: '/packages/family/pages/authorize/index?id=new-1' })
    expect(useEmergencyDraftStore.getState()).toMatchObject({ subject: 'self', drafts: { self: looked } })
  })

  it('shows the server’s field messages at the field and its 409 messages plainly', async () => {
    useFamilyDraftStore.setState({
      draft: { name: '张建华', idNumber: FATHER_ID, relation: 'PARENT', phone: '13912345678', insuredRegion: '450200', insuranceType: 'RESIDENT' },
    })
    mockedAdd
      .mockRejectedValueOnce(new ApiError(422, 'VALIDATION_FAILED', '有几处需要修改', { phone: '这个号码已停用，请换一个' }))
      .mockRejectedValueOnce(new ApiError(409, 'FAMILY_MEMBER_EXISTS', '这位家人已经添加过了（身份证号相同），请直接在家人列表里为这位家人办理'))
    await mountPage()
    click('family-submit')
    await waitFor(() => expect(errorText('phone')).toBe('这个号码已停用，请换一个'))

    type('phone', '13912345679')
    click('family-submit')
    await waitFor(() => expect(document.getElementById('add-error')?.textContent).toContain('这位家人已经添加过了'))
    // A refused request frees its key: the corrected form goes with a new one.
    expect(mockedAdd.mock.calls[1][2]).not.toBe(mockedAdd.mock.calls[0][2])
    expect(Taro.redirectTo).not.toHaveBeenCalled()
  })

  // A trial: the red refusal stayed under the button after the profile had been saved.
  it('the 请先填写实名信息 refusal by the button goes once the profile is there and the page is shown again', async () => {
    useFamilyDraftStore.setState({
      draft: { name: '张建华', idNumber: FATHER_ID, relation: 'PARENT', phone: '13912345678', insuredRegion: '450200', insuranceType: 'RESIDENT' },
    })
    mockedAdd.mockRejectedValueOnce(new ApiError(409, 'PROFILE_REQUIRED', '请先在首页“实名信息”里填写您本人的信息，再添加家人'))
    await mountPage()
    click('family-submit')
    await waitFor(() => expect(document.getElementById('add-error')?.textContent).toContain('请先在首页“实名信息”里填写'))
    showAgain()
    await waitFor(() => expect(document.getElementById('add-error')).toBeNull())
    expect(document.getElementById('add-needs-profile')).toBeNull()
  })

  it('asks for one’s own 实名信息 first when it is missing', async () => {
    mockedFetchMe.mockResolvedValue({ user: { id: 'u1' }, profile: null })
    await mountPage()
    await waitFor(() => expect(document.getElementById('add-needs-profile')).not.toBeNull())
    click('add-go-profile')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/edit/index?for=family' })
  })
})
