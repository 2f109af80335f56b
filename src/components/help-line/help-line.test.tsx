import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent } from '@testing-library/react'
import HelpLine from '.'

const text = (id: string) => document.getElementById(id)?.textContent ?? ''

afterEach(() => {
  document.body.innerHTML = ''
  jest.restoreAllMocks()
})

describe('HelpLine: a human to ask (issue 13 item 13)', () => {
  it.each([
    // insured region → how to find the office
    ['广西壮族自治区柳州市', '也可以去广西壮族自治区柳州市的医保经办窗口（当地医疗保障局或政务服务中心的医保窗口）当面问。不知道在哪：打 12393 说出您的参保地，会告诉您地址和电话。'],
    ['广东省阳江市', '也可以去广东省阳江市的医保经办窗口（当地医疗保障局或政务服务中心的医保窗口）当面问。不知道在哪：打 12393 说出您的参保地，会告诉您地址和电话。'],
    [undefined, '也可以去您交医保的地方（参保地）的医保经办窗口当面问。不知道在哪：打 12393 说出您的参保地，会告诉您地址和电话。'],
  ])('参保地 %s: 12393 to call, and %s', async (placeName, office) => {
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockImplementation(() => Promise.resolve({ errMsg: 'makePhoneCall:ok' }))
    await new TestUtils().mount(HelpLine, { props: { name: 't', placeName } })
    expect(text('help-line-t-call')).toBe('☎ 12393全国医保服务热线，点这里拨打')
    expect(document.getElementById('help-line-t-call')!.getAttribute('role')).toBe('button')
    expect(text('help-line-t-office')).toBe(office)
    fireEvent.click(document.getElementById('help-line-t-call')!)
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '12393' })
  })
})
