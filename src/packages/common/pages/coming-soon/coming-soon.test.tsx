import TestUtils from '@tarojs/test-utils-react'
import { setRouterParams } from '@/packages/mine/shared/test-fixtures'
import ComingSoon from './index'

const text = (id: string) => document.getElementById(id)?.textContent ?? ''

afterEach(() => {
  document.body.innerHTML = ''
})

describe('即将开放 page: a human to ask while the feature is not there (issue 13 item 13)', () => {
  it.each([
    ['family', '家人代办马上开放'],
    ['unknown', '这项功能马上开放'],
  ])('feature %s: 12393 to call and how to find the office', async (feature, title) => {
    setRouterParams({ feature })
    await new TestUtils().mount(ComingSoon, {})
    expect(document.body.textContent).toContain(title)
    expect(text('help-line-soon-call')).toBe('☎ 12393全国医保服务热线，点这里拨打')
    expect(text('help-line-soon-office')).toBe(
      '也可以去您交医保的地方（参保地）的医保经办窗口当面问。不知道在哪：打 12393 说出您的参保地，会告诉您地址和电话。',
    )
  })
})
