import { setClock } from '@/lib/clock'
import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { changeFiling, getFiling } from '@/services/filings'
import { mount, text, unmount } from '@tests/helpers/page'
import { filingView, setRouterParams } from '../../shared/test-fixtures'
import ChangeFiling from './index'

jest.mock('@/services/filings', () => ({ getFiling: jest.fn(), changeFiling: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const mockedGet = getFiling as jest.MockedFunction<typeof getFiling>
const mockedChange = changeFiling as jest.MockedFunction<typeof changeFiling>
const { ApiError } = jest.requireActual('@/services/api-error')

async function mountPage() {
  setRouterParams({ id: 'f1' })
  await mount(ChangeFiling)
  await waitFor(() => expect(document.getElementById('change-submit')).not.toBeNull())
}

async function control(selector: string): Promise<HTMLInputElement> {
  return waitFor(() => {
    const el = document.querySelector(selector)
    if (!el) throw new Error(`no ${selector}`)
    return el as HTMLInputElement
  })
}

async function type(name: string, value: string) {
  // The address is a box that grows (AddressInput), the rest one-line inputs.
  fireEvent.input(await control(`taro-input-core[name="${name}"] input, taro-textarea-core[name="${name}"] textarea`), { target: { value } })
}

async function typeReason(value: string) {
  fireEvent.input(await control('taro-textarea-core[name="reason"] textarea'), { target: { value } })
}



// A fixed clock (Date only; timers stay real for waitFor): China date 2026-11-23.
const NOW = new Date('2026-11-23T02:00:00Z')
const REAL_TIMERS = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
  'nextTick', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
  'cancelIdleCallback', 'hrtime', 'performance'] as const

beforeEach(() => {
  jest.useFakeTimers({ now: NOW, doNotFake: [...REAL_TIMERS] })
  setClock(NOW)
  mockedGet.mockReset().mockResolvedValue(
    filingView({ type: 'OTHER_TEMPORARY', typeName: '其他临时外出就医人员', endDate: '2027-05-22', validTo: '2027-05-22' }),
  )
  mockedChange.mockReset()
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }))
})

afterEach(() => {
  jest.useRealTimers()
  unmount()
})

describe('变更备案 page', () => {
  it('is filled in from the filing, with the dates in large text', async () => {
    await mountPage()
    expect((await control('taro-input-core[name="phone1"] input')).value).toBe('13812345678')
    expect(text('field-destination')).toContain('广东省 阳江市')
    expect(text('date-startDate')).toContain('已选：2026 年 11 月 23 日')
    expect(text('date-endDate')).toContain('已选：2027 年 5 月 22 日')
  })

  it('asks for a reason before sending anything', async () => {
    await mountPage()
    fireEvent.click(document.getElementById('change-submit')!)
    await waitFor(() => expect(text('error-reason')).toContain('至少 2 个字'))
    expect(mockedChange).not.toHaveBeenCalled()
  })

  it('sends only what changed with the reason, then opens the new filing', async () => {
    mockedChange.mockResolvedValue(filingView({ id: 'f2', registration: 'CHANGE', supersedes: 'f1' }))
    await mountPage()
    await type('phone1', '139 1234 5678')
    fireEvent.click(document.getElementById('reason-preset-2')!)
    fireEvent.click(document.getElementById('change-submit')!)
    await waitFor(() => expect(mockedChange).toHaveBeenCalledTimes(1))
    expect(mockedChange).toHaveBeenCalledWith('f1', {
      reason: '联系电话换了',
      contacts: { phone1: '13912345678', phone2: null, addressAtDestination: '阳江市江城区东风二路 18 号' },
    })
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=f2&changed=1' }),
    )
  })

  it('says so when nothing was changed', async () => {
    await mountPage()
    await typeReason('搬家了')
    fireEvent.click(document.getElementById('change-submit')!)
    await waitFor(() => expect(text('change-problem')).toContain('还没有修改任何内容'))
    expect(mockedChange).not.toHaveBeenCalled()
  })

  it('shows the server’s field messages at the fields and a refusal in plain words', async () => {
    mockedChange.mockRejectedValueOnce(
      new ApiError(422, 'VALIDATION_FAILED', '有几处需要修改', { 'contacts.addressAtDestination': '住址请写到门牌号' }),
    )
    await mountPage()
    await type('addressAtDestination', '阳江市江城区东风路 9 号')
    await typeReason('住址写错了')
    fireEvent.click(document.getElementById('change-submit')!)
    await waitFor(() => expect(text('error-addressAtDestination')).toBe('住址请写到门牌号'))
    expect(text('change-errors')).toBe('还有 1 处要改，请看上面的红字。')

    mockedChange.mockRejectedValueOnce(new ApiError(409, 'CHANGE_LOCKED', '承诺制备案 6 个月内不能变更，最早 2027 年 5 月 23 日可以办理。'))
    await type('addressAtDestination', '阳江市江城区东风二路 20 号')
    fireEvent.click(document.getElementById('change-submit')!)
    await waitFor(() => expect(text('change-problem')).toContain('最早 2027 年 5 月 23 日可以办理'))
  })

  // Issue 12: the page runs the filing check (checkChange → checkFiling), not a copy of it. The end
  // date's rules (not before the start, the 6-month minimum) are in the same check: the DateChoice
  // offers no day before the start, and rules-once.test.ts runs the end-date table through
  // checkChange and POST /api/filings/:id/change alike.
  it.each([
    // [what, backup phone typed, field with a message or null, the message — or the phone sent]
    ['a landline backup accepted when filing', '0662-1234567', null, '06621234567'],
    ['a mobile backup', '139 1234 5678', null, '13912345678'],
    ['a backup that is neither', '12345', 'phone2', '备用电话请填 11 位手机号，或带区号的座机（如 0662-1234567）；没有可以不填'],
  ])('%s', async (_what, phone2, field, message) => {
    mockedChange.mockResolvedValue(filingView({ id: 'f2', registration: 'CHANGE', supersedes: 'f1' }))
    await mountPage()
    await type('phone2', phone2)
    await typeReason('电话换了')
    fireEvent.click(document.getElementById('change-submit')!)
    if (field === null) {
      await waitFor(() => expect(mockedChange).toHaveBeenCalledTimes(1))
      expect(mockedChange.mock.calls[0][1].contacts?.phone2).toBe(message)
    } else {
      await waitFor(() => expect(text(`error-${field}`)).toContain(message))
      expect(mockedChange).not.toHaveBeenCalled()
    }
  })

  it('explains why a filing cannot be changed instead of showing the form', async () => {
    mockedGet.mockResolvedValue(
      filingView({ actions: { canCancel: false, canChange: false, firstAllowedOn: '2027-05-23', explanation: '承诺制备案 6 个月内不能变更或取消。' } }),
    )
    setRouterParams({ id: 'f1' })
    await mount(ChangeFiling)
    await waitFor(() => expect(text('change-locked')).toContain('最早 2027 年 5 月 23 日可以办理'))
    expect(document.getElementById('change-submit')).toBeNull()
  })

  it('offers end dates only within the type’s bounds: no 今天/明天/后天 for a filing that must last 6 months', async () => {
    await mountPage()
    // 开始日期 (from today, 2026-11-23): the quick buttons are there.
    expect(text('date-startDate-today')).toContain('11月23日')
    expect(text('date-startDate-tomorrow')).toContain('11月24日')
    // 结束日期: the earliest is 2027-05-22 (6 months from 2026-11-23, 002 第十条), so no quick day fits.
    expect(document.getElementById('date-endDate-today')).toBeNull()
    expect(document.getElementById('date-endDate-tomorrow')).toBeNull()
    expect(document.getElementById('date-endDate-other')).not.toBeNull()
    expect(document.querySelector('#field-endDate .form-field__hint')?.textContent).toContain('至少有效 6 个月')
  })
})
