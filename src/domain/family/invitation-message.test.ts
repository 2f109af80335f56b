import { invitationMessage } from './invitation-message'

describe('invitationMessage (复制邀请: what is pasted into WeChat for the family member)', () => {
  it('says who asks, what to do and until when, then the link on a line of its own', () => {
    expect(invitationMessage('王丽', '王建国', '2026 年 12 月 8 日 10:00', 'https://yibao.example.gov.cn/packages/family/pages/accept/index?token=t1')).toBe(
      '王建国，您好。我是王丽，要替您办异地就医备案，请您用自己的手机打开下面的链接，看一看，点“同意”（2026 年 12 月 8 日 10:00 前有效）：\nhttps://yibao.example.gov.cn/packages/family/pages/accept/index?token=t1',
    )
  })

  it('without the filer’s own name, no 我是', () => {
    expect(invitationMessage(null, '王建国', '12 月 8 日 10:00', 'L')).toBe('王建国，您好。我要替您办异地就医备案，请您用自己的手机打开下面的链接，看一看，点“同意”（12 月 8 日 10:00 前有效）：\nL')
  })
})
