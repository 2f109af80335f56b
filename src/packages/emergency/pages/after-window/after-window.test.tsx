import { fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { mount, unmount } from '@tests/helpers/page'
import { INSURED, signedIn, text, withDraft } from '../../shared/test-fixtures'
import AfterWindow from './index'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

afterEach(() => unmount())

describe('来不及备案怎么办', () => {
  it('explains 零星报销, the papers to keep as a checklist, and the cut in money (Guangxi)', async () => {
    signedIn(INSURED.GUANGXI)
    const relaunch = jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mount(AfterWindow)
    await waitFor(() => expect(document.getElementById('after-headline')).not.toBeNull())
    expect(text('after-headline')).toContain('零星报销')
    expect(text('after-steps')).toContain('参保地')
    // The example it points at is there.
    expect(text('after-steps')).toContain('（见下面的例子）')

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
    // Where is not known: both cases, named, in plain words; no pasted rule text (issue 13 item 10).
    expect(text('money-plain')).toBe(
      '没在规定时间内备案，报销比例要降：在省内降 15 个百分点（1 万元的住院费多掏约 1,500 元），在省外降 20 个百分点（1 万元的住院费多掏约 2,000 元）。',
    )
    expect(text('money')).not.toContain('统筹地区')
    // Someone to ask: 12393 and the insured place's office, named (issue 13 item 13).
    expect(text('help-line-after-window-call')).toContain('12393')
    expect(text('help-line-after-window-office')).toContain('广西壮族自治区柳州市的医保经办窗口')

    fireEvent.click(document.getElementById('basis-after-window')!)
    await waitFor(() => expect(text('money')).toContain('第二十六条(二)'))
    // The legal wording only behind 查看依据.
    expect(text('basis-after-window-list')).toContain('在区内（本统筹地区外）')
    fireEvent.click(document.getElementById('after-home')!)
    expect(relaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  it('names the hospital’s place and its case: 上海 is 省外 for a 柳州 person', async () => {
    signedIn(INSURED.GUANGXI)
    withDraft({ destination: '310000' })
    await mount(AfterWindow)
    await waitFor(() => expect(document.getElementById('money-plain')).not.toBeNull())
    expect(text('money-plain')).toBe('去上海（省外）没在规定时间内备案，报销比例要降 20 个百分点：1 万元的住院费多掏约 2,000 元。')
  })

  it('杭州: no figures in its profile, so no example to point at; the step says the 参保地 decides and where to ask', async () => {
    signedIn('330100')
    await mount(AfterWindow)
    await waitFor(() => expect(document.getElementById('after-steps')).not.toBeNull())
    expect(text('after-steps')).not.toContain('例子')
    expect(text('after-steps')).toContain('少报多少，按您参保地的规定，办之前可以问参保地的医保经办机构，或打 12393 问。')
    expect(document.getElementById('money-example')).toBeNull()
  })
})
