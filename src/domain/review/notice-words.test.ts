import { noticesInWords } from './notice-words'
import type { CaseNotice } from './staff-views'

// The case's words for whom a decision reached (a trial: 已通知 was said while no WeChat message had
// gone to anyone, and the reviewer did not think to phone).
describe('noticesInWords', () => {
  const applicant = (message: CaseNotice['message'], sentAt: string | null = null): CaseNotice => ({ role: 'APPLICANT', name: '张三', message, sentAt })
  const proxy = (message: CaseNotice['message']): CaseNotice => ({ role: 'PROXY', name: '周*', message, sentAt: null })
  const insured = (message: CaseNotice['message']): CaseNotice => ({ role: 'INSURED', name: '吴桂兰', message, sentAt: null })

  it.each<[string, CaseNotice[], string[]]>([
    ['nobody (the filer lost the authorisation)', [], ['没有通知任何人']],
    [
      'the applicant, the message sent (China time)',
      [applicant('SENT', '2026-12-06T05:16:00.000Z')],
      ['申请人本人打开小程序就能看到（我的备案、首页）。', '微信消息：申请人本人已发出（12-06 13:16）。'],
    ],
    ['the applicant, the message queued', [applicant('SENDING')], ['申请人本人打开小程序就能看到（我的备案、首页）。', '微信消息：申请人本人正在发送。']],
    [
      'the applicant, not subscribed: phone when urgent',
      [applicant('NOT_SUBSCRIBED')],
      [
        '申请人本人打开小程序就能看到（我的备案、首页）。',
        '微信消息：申请人本人没有订阅，不发。',
        '没有人会收到微信消息，本人不打开小程序就不知道。事情急的，请点上面的“显示完整信息”看联系电话，打电话告诉本人。',
      ],
    ],
    [
      '代办: neither subscribed (the trial)',
      [proxy('NOT_SUBSCRIBED'), insured('NOT_SENT')],
      [
        '代办人 周* 和 参保人 吴桂兰打开小程序就能看到（我的备案、首页）。',
        '微信消息：代办人 周*没有订阅，不发；参保人 吴桂兰没有发出去。',
        '没有人会收到微信消息，他们不打开小程序就不知道。事情急的，请点上面的“显示完整信息”看联系电话，打电话告诉他们。',
      ],
    ],
    [
      '代办: one reached, no phone line',
      [proxy('SENDING'), insured('NOT_SUBSCRIBED')],
      ['代办人 周* 和 参保人 吴桂兰打开小程序就能看到（我的备案、首页）。', '微信消息：代办人 周*正在发送；参保人 吴桂兰没有订阅，不发。'],
    ],
  ])('%s', (_case, notices, lines) => {
    expect(noticesInWords(notices)).toEqual(lines)
  })
})
