import Taro from '@tarojs/taro'
import { waitFor } from '@testing-library/react'
import { listFamilyMembers, removeFamilyMember } from '@/services/family'
import { click, exists, mount, text, unmount } from '@tests/helpers/page'
import { setClock } from '@/lib/clock'
import { useSentInvitationsStore } from '@/stores/use-sent-invitations-store'
import { authorizationView, memberView } from '../../shared/test-fixtures'
import FamilyList from './index'

jest.mock('@/services/family', () => ({ listFamilyMembers: jest.fn(), removeFamilyMember: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const mockedList = listFamilyMembers as jest.MockedFunction<typeof listFamilyMembers>
const mockedRemove = removeFamilyMember as jest.MockedFunction<typeof removeFamilyMember>


async function mountPage() {
  await mount(FamilyList)
  await waitFor(() => expect(mockedList).toHaveBeenCalled())
}

const FUTURE = '2026-12-08T02:00:00.000Z'
const PAST = '2020-01-08T02:00:00.000Z'

beforeEach(() => {
  // Before FUTURE, whatever day the tests run.
  setClock(new Date('2026-12-04T10:00:00+08:00'))
  useSentInvitationsStore.setState({ sent: {} })
  mockedList.mockReset()
  mockedRemove.mockReset()
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
})

afterEach(() => {
  unmount()
  setClock(null)
})

describe('家人代办 list', () => {
  // A trial: while the father's 实人认证 photos waited for staff, his card still said 等家人确认 / 点“同意”.
  it('a member whose 实人认证 photos wait for staff: the card says staff are checking, what comes next and how long, with no invitation to resend', async () => {
    mockedList.mockResolvedValue({
      members: [memberView({ id: 'verifying', name: '李秀英', authorization: authorizationView({ status: 'PENDING_INVITE', expiresAt: FUTURE, memberVerifying: true }) })],
    })
    await mountPage()
    await waitFor(() => expect(exists('member-verifying')).toBe(true))
    expect(text('state-verifying')).toBe(
      '实人认证核对中李秀英已经上传了实人认证的照片，工作人员正在核对，一般 1 个工作日。核对通过后，请李秀英再打开邀请点“同意”，您就能替李秀英办理了。您现在不用做什么，邀请也不用重新发。',
    )
    expect(text('state-verifying')).not.toMatch(/等家人确认|等待/)
    expect(exists('authorize-verifying')).toBe(false)
  })

  it('says each authorisation state in plain words, with the one action that fits', async () => {
    mockedList.mockResolvedValue({
      members: [
        memberView({ id: 'none' }),
        memberView({ id: 'invite', name: '李秀英', authorization: authorizationView({ status: 'PENDING_INVITE', expiresAt: FUTURE }) }),
        memberView({ id: 'review', authorization: authorizationView({ method: 'DOCUMENT', status: 'PENDING_REVIEW' }) }),
        memberView({ id: 'active', relation: 'SPOUSE', relationLabel: '配偶', kin: '妻子', authorization: authorizationView({ status: 'ACTIVE' }), canFile: true }),
        memberView({ id: 'rejected', authorization: authorizationView({ method: 'DOCUMENT', status: 'REJECTED', reasons: ['签名看不清'] }) }),
      ],
    })
    await mountPage()
    await waitFor(() => expect(exists('member-none')).toBe(true))

    expect(text('member-none')).toContain('张建华')
    expect(text('member-none')).toContain('父亲')
    expect(text('member-none')).toContain('110105********002X')
    expect(text('state-none')).toContain('未授权')
    expect(text('authorize-none')).toBe('去授权')

    expect(text('state-invite')).toContain('等家人确认')
    expect(text('state-invite')).toContain('2026 年 12 月 8 日 10:00 前有效')
    expect(text('authorize-invite')).toBe('重新发送邀请')

    expect(text('state-review')).toContain('审核中')
    expect(exists('authorize-review')).toBe(false)

    expect(text('state-active')).toContain('已授权，可以代办 ✓')
    expect(text('member-active')).toContain('妻子')
    expect(exists('authorize-active')).toBe(false)
    click('file-for-active')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index?member=active' })
    click('emergency-for-active')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?member=active' })
    // Only an active authorisation lets one file.
    for (const id of ['none', 'invite', 'review', 'rejected']) expect(exists(`file-for-${id}`)).toBe(false)

    expect(text('state-rejected')).toContain('未通过')
    expect(text('state-rejected')).toContain('签名看不清')
    expect(text('authorize-rejected')).toBe('重新上传')
    click('authorize-rejected')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/authorize/index?id=rejected&method=DOCUMENT' })

    // Five is the most: no 添加 button, and it says why.
    expect(exists('family-add')).toBe(false)
    expect(text('family-full')).toContain('最多只能添加 5 位')
  })

  it('an invitation this phone made and the member has yet to answer is sent again, not replaced (a trial)', async () => {
    useSentInvitationsStore.setState({ sent: { kept: { path: '/packages/family/pages/accept/index?token=t1', expiresAt: FUTURE } } })
    mockedList.mockResolvedValue({
      members: [
        memberView({ id: 'kept', name: '刘桂芳', authorization: authorizationView({ status: 'PENDING_INVITE', expiresAt: FUTURE }) }),
        // Made on another phone, or replaced since: its link is not here.
        memberView({ id: 'other', name: '李秀英', authorization: authorizationView({ status: 'PENDING_INVITE', expiresAt: '2026-12-09T02:00:00.000Z' }) }),
      ],
    })
    await mountPage()
    await waitFor(() => expect(exists('member-kept')).toBe(true))
    expect(text('authorize-kept')).toBe('把邀请再发给刘桂芳')
    expect(text('authorize-other')).toBe('重新发送邀请')
    click('authorize-kept')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/authorize/index?id=kept' })
  })

  it('offers 重新授权 once an authorisation was revoked or an invitation ran out', async () => {
    mockedList.mockResolvedValue({
      members: [
        memberView({ id: 'revoked', authorization: authorizationView({ status: 'REVOKED' }) }),
        // Still PENDING_INVITE on the server's last answer, but past its time now.
        memberView({ id: 'expired', authorization: authorizationView({ status: 'PENDING_INVITE', expiresAt: PAST }) }),
      ],
    })
    await mountPage()
    await waitFor(() => expect(exists('member-revoked')).toBe(true))
    expect(text('state-revoked')).toContain('已撤销')
    expect(text('authorize-revoked')).toBe('重新授权')
    expect(text('state-expired')).toContain('已过期')
    expect(text('authorize-expired')).toBe('重新授权')
    click('authorize-expired')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/authorize/index?id=expired' })
    expect(text('family-limit')).toContain('最多可以添加 5 位家人')
    click('family-add')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/add/index' })
  })

  it('deletes a member only after the confirm dialog', async () => {
    mockedList.mockResolvedValueOnce({ members: [memberView({ id: 'm1' }), memberView({ id: 'm2', name: '李秀英' })] })
    mockedList.mockResolvedValue({ members: [memberView({ id: 'm2', name: '李秀英' })] })
    mockedRemove.mockResolvedValue(undefined)
    await mountPage()
    await waitFor(() => expect(exists('member-m1')).toBe(true))
    click('remove-m1')
    await waitFor(() => expect(text('remove-dialog')).toContain('不能再替张建华办理备案'))
    expect(mockedRemove).not.toHaveBeenCalled()
    click('remove-confirm')
    await waitFor(() => expect(mockedRemove).toHaveBeenCalledWith('m1'))
    await waitFor(() => expect(exists('member-m1')).toBe(false))
    expect(exists('member-m2')).toBe(true)
  })

  it('explains 家人代办 when there is nobody yet, with one button to add', async () => {
    mockedList.mockResolvedValue({ members: [] })
    await mountPage()
    await waitFor(() => expect(exists('family-empty')).toBe(true))
    expect(text('family-empty')).toContain('替家人办理异地就医备案')
    click('family-add')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/add/index' })
    click('family-proxies')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/pages/proxies/index' })
  })

  it('says what went wrong when the list cannot be read, and tries again', async () => {
    const { ApiError, NETWORK_ERROR_MESSAGE } = jest.requireActual('@/services/api-error')
    mockedList.mockRejectedValueOnce(new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE))
    await mountPage()
    await waitFor(() => expect(text('family-error')).toContain('网络不太好'))
    mockedList.mockResolvedValueOnce({ members: [memberView({ id: 'm1' })] })
    click('family-retry')
    await waitFor(() => expect(exists('member-m1')).toBe(true))
  })
})

describe('家人代办 list: 返回首页 (H5 has no navigation bar to go back with)', () => {
  const HOME = '/pages/index/index'
  const LIST = 'packages/family/pages/list/index'

  beforeEach(() => {
    jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve({ errMsg: 'navigateBack:ok' }))
    jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'reLaunch:ok' }))
  })

  it.each([
    // what the list shows | how it is set up
    ['members', () => mockedList.mockResolvedValue({ members: [memberView({ id: 'm1' })] })],
    ['nobody yet', () => mockedList.mockResolvedValue({ members: [] })],
    ['a failure', () => mockedList.mockRejectedValue(new Error('boom'))],
  ] as const)('with %s: the last button says 返回首页 and goes back down to the home page under it', async (_, setUp) => {
    setUp()
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: HOME.slice(1) }, { route: 'packages/filing/pages/start/index' }, { route: LIST }] as unknown as Taro.Page[])
    await mountPage()
    await waitFor(() => expect(exists('family-home')).toBe(true))
    const buttons = Array.from(document.querySelectorAll('taro-button-core'))
    expect(buttons[buttons.length - 1].id).toBe('family-home')
    expect(text('family-home')).toBe('返回首页')
    click('family-home')
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 2 }))
    expect(Taro.reLaunch).not.toHaveBeenCalled()
  })

  it('opened from a link (no home page under it): starts afresh on the home page', async () => {
    mockedList.mockResolvedValue({ members: [] })
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: LIST }] as unknown as Taro.Page[])
    await mountPage()
    await waitFor(() => expect(exists('family-home')).toBe(true))
    click('family-home')
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: HOME }))
    expect(Taro.navigateBack).not.toHaveBeenCalled()
  })
})
