import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { INSURED, signedIn, text } from '../../shared/test-fixtures'
import AfterWindow from './index'

jest.mock('../../../../services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('../../../../services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

let mounted: TestUtils | null = null
afterEach(() => {
  mounted?.unmout()
  mounted = null
  document.body.innerHTML = ''
  jest.restoreAllMocks()
})

describe('来不及备案怎么办', () => {
  it('explains 零星报销, the papers to keep as a checklist, and the cut in money (Guangxi)', async () => {
    signedIn(INSURED.GUANGXI)
    const relaunch = jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    mounted = new TestUtils()
    await mounted.mount(AfterWindow, {})
    await waitFor(() => expect(document.getElementById('after-headline')).not.toBeNull())
    expect(text('after-headline')).toContain('零星报销')
    expect(text('after-steps')).toContain('参保地')

    expect(text('keep-list')).toContain('发票')
    expect(text('keep-list')).toContain('费用明细清单')
    expect(text('keep-list')).toContain('已收好 0 / 5 样')
    fireEvent.click(document.getElementById('keep-0')!)
    await waitFor(() => expect(text('keep-list')).toContain('已收好 1 / 5 样'))

    // 10,000 yuan at 90 %: 9,000 from the fund; 20 points less outside the province: 7,000.
    expect(text('money-example')).toContain('10,000 元')
    expect(text('money-example')).toContain('9,000 元')
    expect(text('money-example')).toContain('7,000 元')
    expect(text('extra-out-of-pocket')).toBe('2,000 元')

    fireEvent.click(document.getElementById('basis-after-window')!)
    await waitFor(() => expect(text('money')).toContain('第二十六条(二)'))
    fireEvent.click(document.getElementById('after-home')!)
    expect(relaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })
})
