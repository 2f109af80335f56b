import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { listFilings } from '@/services/filings'
import { fetchMe, type Me } from '@/services/me'
import { mount, text, unmount } from '@tests/helpers/page'
import { useMeStore } from '@/stores/use-me-store'
import { filingView } from '../../shared/test-fixtures'
import MyFilings from './index'

jest.mock('@/services/filings', () => ({ listFilings: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn() }))

// The page's didShow callbacks, as Taro calls them when the page is shown again.
const mockShows = new Set<() => void>()
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { ...actual, __esModule: true, default: actual.default ?? actual, useDidShow: (fn: () => void) => mockShows.add(fn) }
})
const showAgain = () => mockShows.forEach((fn) => fn())

const mockedList = listFilings as jest.MockedFunction<typeof listFilings>
const mockedMe = fetchMe as jest.MockedFunction<typeof fetchMe>
const meWith = (status: 'UNVERIFIED' | 'PENDING' | 'VERIFIED'): Me => ({
  user: { id: 'u1' },
  profile: null,
  verification: { status, statusLabel: status, method: null, at: null, reason: null, conflict: null },
})

async function mountPage() {
  await mount(MyFilings)
  await waitFor(() => expect(mockedList).toHaveBeenCalled())
}


beforeEach(() => {
  mockedList.mockReset()
  mockShows.clear()
  mockedMe.mockReset().mockResolvedValue(meWith('UNVERIFIED'))
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
})

afterEach(() => unmount())

describe('我的备案 list', () => {
  // A trial: the list said 待补充材料 for a filing whose page asked only to correct the phone.
  it('a send-back is named as its page names it (待改正填写的内容, 待回答审核员的问题), not 待补充材料', async () => {
    mockedList.mockResolvedValue({
      filings: [
        filingView({ id: 'fix', status: 'NEEDS_MATERIALS', statusLabel: '待改正填写的内容' }),
        filingView({ id: 'ask', status: 'NEEDS_MATERIALS', statusLabel: '待回答审核员的问题' }),
        filingView({ id: 'add', status: 'NEEDS_MATERIALS', statusLabel: '待补充材料' }),
      ],
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('filing-fix')).not.toBeNull())
    const badge = (id: string) => document.querySelector(`#filing-${id} .status-badge`)?.textContent
    expect([badge('fix'), badge('ask'), badge('add')]).toEqual(['待改正填写的内容', '待回答审核员的问题', '待补充材料'])
  })

  it('puts standing filings under 正在生效/办理中 and ended ones under 已结束', async () => {
    mockedList.mockResolvedValue({
      filings: [
        filingView({ id: 'a', typeName: '异地安置退休人员', destination: { province: '440000', city: '441700', name: '广东省阳江市' } }),
        filingView({
          id: 'b', type: 'OTHER_TEMPORARY', typeName: '其他临时外出就医人员', status: 'UNDER_REVIEW', statusLabel: '审核中',
          validFrom: null, startDate: '2026-12-01', endDate: '2027-05-31', number: 'YD20261201ABCDEF',
        }),
        filingView({ id: 'c', status: 'CANCELLED', statusLabel: '已取消', destination: { province: '110000', city: null, name: '北京市' } }),
        filingView({ id: 'd', status: 'SUPERSEDED', statusLabel: '已变更' }),
        filingView({
          id: 'e', type: 'EMERGENCY', typeName: '异地急诊', startDate: '2026-11-20', validFrom: '2026-11-20', validTo: null,
          emergency: {
            admittedOn: '2026-11-20', leftOn: null, dischargedOn: null, awayReason: 'TRAVEL', hospitalName: '阳江市人民医院',
            diagnosis: '急性阑尾炎', criteria: ['ACUTE_PAIN'], deadline: null, mode: 'BEFORE_DISCHARGE',
          },
        }),
      ],
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('mine-standing')).not.toBeNull())

    const standing = document.getElementById('mine-standing')!
    const ended = document.getElementById('mine-ended')!
    expect(standing.querySelector('#filing-a')).not.toBeNull()
    expect(standing.querySelector('#filing-b')).not.toBeNull()
    expect(ended.querySelector('#filing-c')).not.toBeNull()
    expect(ended.querySelector('#filing-d')).not.toBeNull()
    // The standing section comes first on the page.
    expect(standing.compareDocumentPosition(ended) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING)

    expect(text('filing-a')).toContain('异地安置退休人员')
    expect(text('filing-a')).toContain('广东省阳江市')
    expect(text('filing-a')).toContain('备案成功')
    expect(text('filing-a')).toContain('有效期 2026 年 11 月 23 日起长期有效')
    expect(text('filing-a')).toContain('YD20261123ABCDEF')
    expect(text('filing-b')).toContain('审核中')
    // In review, started today: in force from the day it is approved, not from its start (a trial).
    expect(text('filing-b')).toContain('申请的有效期 审核通过那天起生效，至少到 2027 年 5 月 31 日')
    expect(text('filing-c')).toContain('已取消')
    // Issue 12 item 7: an emergency filing holds for that admission only, never 长期有效.
    expect(text('filing-e')).toContain('有效期 当次住院有效（11 月 20 日入院）')
    expect(text('filing-e')).not.toContain('长期有效')
  })

  it('an approved filing that starts later is 待生效, not 正在生效 (issue 13 item 12)', async () => {
    mockedList.mockResolvedValue({
      filings: [
        filingView({ id: 'now', validFrom: '2026-11-23', startDate: '2026-11-23' }),
        filingView({ id: 'later', validFrom: '2099-01-01', startDate: '2099-01-01' }),
        filingView({ id: 'wait', status: 'UNDER_REVIEW', statusLabel: '审核中', validFrom: null }),
      ],
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('mine-not-yet')).not.toBeNull())
    expect(document.getElementById('mine-in-force')!.querySelector('#filing-now')).not.toBeNull()
    expect(document.getElementById('mine-in-force')!.querySelector('#filing-later')).toBeNull()
    expect(document.getElementById('mine-not-yet')!.querySelector('#filing-later')).not.toBeNull()
    expect(text('mine-not-yet')).toContain('待生效')
    expect(document.getElementById('mine-in-progress')!.querySelector('#filing-wait')).not.toBeNull()
  })

  it('opens a filing’s details on tap', async () => {
    mockedList.mockResolvedValue({ filings: [filingView({ id: 'a' })] })
    await mountPage()
    await waitFor(() => expect(document.getElementById('filing-a')).not.toBeNull())
    fireEvent.click(document.getElementById('filing-a')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=a' })
  })

  it('says plainly when there is nothing yet, with one big button to start', async () => {
    mockedList.mockResolvedValue({ filings: [] })
    await mountPage()
    await waitFor(() => expect(document.getElementById('mine-empty')).not.toBeNull())
    expect(text('mine-empty')).toContain('您还没有办过异地就医备案')
    fireEvent.click(document.getElementById('mine-start')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index' })
  })

  it('says that family members’ filings for the person appear after 实人认证, until it is done', async () => {
    mockedList.mockResolvedValue({ filings: [] })
    useMeStore.setState({ me: null })
    await mountPage()
    await waitFor(() => expect(document.getElementById('mine-empty')).not.toBeNull())
    // Folded behind a question until asked: most people have nobody filing for them.
    expect(document.getElementById('mine-family-hint')).toBeNull()
    expect(text('mine-family-ask')).toBe('没看到家人替您办的备案？ ›')
    fireEvent.click(document.getElementById('mine-family-ask')!)
    await waitFor(() => expect(document.getElementById('mine-family-hint')).not.toBeNull())
    expect(text('mine-family-hint')).toBe('如果家人替您办过备案，要等您完成实人认证后，才会显示在这里。')
    fireEvent.click(document.getElementById('mine-verify')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index' })
    unmount()

    mockedList.mockResolvedValue({ filings: [filingView({ id: 'a' })] })
    useMeStore.setState({ me: meWith('VERIFIED') })
    mockedMe.mockResolvedValue(meWith('VERIFIED'))
    await mountPage()
    await waitFor(() => expect(document.getElementById('filing-a')).not.toBeNull())
    expect(document.getElementById('mine-family-hint')).toBeNull()
    expect(document.getElementById('mine-family-ask')).toBeNull()
    useMeStore.setState({ me: null })
  })

  // A fresh user's trial: staff approved 王大爷's 实人认证 photos, GET /api/me said VERIFIED, and
  // 我的备案 still sent him to 实人认证 from the copy on his phone, even after a fresh launch.
  it('reads the 实人认证 status again when shown: the phone says unverified, the server verified → the line goes', async () => {
    mockedList.mockResolvedValue({ filings: [filingView({ id: 'a' })] })
    useMeStore.setState({ me: meWith('UNVERIFIED') })
    mockedMe.mockResolvedValue(meWith('VERIFIED'))
    await mountPage()
    await waitFor(() => expect(document.getElementById('filing-a')).not.toBeNull())
    await waitFor(() => expect(document.getElementById('mine-family-hint')).toBeNull())
    expect(mockedMe).toHaveBeenCalled()
    useMeStore.setState({ me: null })
  })

  it('while the photos wait for staff says so and leads to the progress; shown again after approval, the line goes', async () => {
    mockedList.mockResolvedValue({ filings: [] })
    useMeStore.setState({ me: meWith('UNVERIFIED') })
    mockedMe.mockResolvedValue(meWith('PENDING'))
    await mountPage()
    await waitFor(() => expect(document.getElementById('mine-family-ask')).not.toBeNull())
    fireEvent.click(document.getElementById('mine-family-ask')!)
    await waitFor(() => expect(text('mine-family-hint')).toContain('您的实人认证照片已提交，正在等工作人员核对'))
    expect(text('mine-family-hint')).not.toContain('还没有')
    expect(text('mine-verify')).toBe('查看实人认证进度 ›')
    fireEvent.click(document.getElementById('mine-verify')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index' })

    // Staff approve; back on 我的备案 (didShow), the server says VERIFIED.
    mockedMe.mockResolvedValue(meWith('VERIFIED'))
    showAgain()
    await waitFor(() => expect(document.getElementById('mine-family-hint')).toBeNull())
    expect(document.getElementById('mine-family-ask')).toBeNull()
    useMeStore.setState({ me: null })
  })

  it('explains a network failure in words and tries again', async () => {
    const { ApiError, NETWORK_ERROR_MESSAGE } = jest.requireActual('@/services/api-error')
    mockedList.mockRejectedValueOnce(new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE))
    await mountPage()
    await waitFor(() => expect(text('mine-error')).toContain('网络不太好'))
    // An error page gives a human to ask (issue 13 item 13).
    expect(text('help-line-error-call')).toContain('12393')
    mockedList.mockResolvedValueOnce({ filings: [filingView({ id: 'a' })] })
    fireEvent.click(document.getElementById('mine-retry')!)
    await waitFor(() => expect(document.getElementById('filing-a')).not.toBeNull())
  })
})

describe('我的备案 list: 返回首页 (H5 has no navigation bar to go back with)', () => {
  const HOME = '/pages/index/index'
  const LIST = 'packages/mine/pages/list/index'

  beforeEach(() => {
    jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve({ errMsg: 'navigateBack:ok' }))
    jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'reLaunch:ok' }))
  })

  it.each([
    // what the list shows | how it is set up
    ['filings', () => mockedList.mockResolvedValue({ filings: [filingView({ id: 'a' })] })],
    ['nothing yet', () => mockedList.mockResolvedValue({ filings: [] })],
    ['a failure', () => mockedList.mockRejectedValue(new Error('boom'))],
  ] as const)('with %s: the last button says 返回首页 and goes back down to the home page under it', async (_, setUp) => {
    setUp()
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: HOME.slice(1) }, { route: LIST }] as unknown as Taro.Page[])
    await mountPage()
    await waitFor(() => expect(document.getElementById('mine-home')).not.toBeNull())
    const buttons = Array.from(document.querySelectorAll('taro-button-core'))
    expect(buttons[buttons.length - 1].id).toBe('mine-home')
    expect(text('mine-home')).toBe('返回首页')
    fireEvent.click(document.getElementById('mine-home')!)
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 1 }))
    expect(Taro.reLaunch).not.toHaveBeenCalled()
  })

  it('opened from a link (no home page under it): starts afresh on the home page', async () => {
    mockedList.mockResolvedValue({ filings: [filingView({ id: 'a' })] })
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: LIST }] as unknown as Taro.Page[])
    await mountPage()
    await waitFor(() => expect(document.getElementById('mine-home')).not.toBeNull())
    fireEvent.click(document.getElementById('mine-home')!)
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: HOME }))
    expect(Taro.navigateBack).not.toHaveBeenCalled()
  })
})
