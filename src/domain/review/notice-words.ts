import type { CaseNotice } from './staff-views'

/** 'MM-DD HH:mm' of an ISO instant, China time (UTC+8, no daylight saving). */
function chinaMinute(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString()
  return `${shifted.slice(5, 10)} ${shifted.slice(11, 16)}`
}

/** What became of one person's WeChat message (CaseNotice.message), as the case says it. */
const WECHAT_WORDS: Record<CaseNotice['message'], string> = {
  SENT: '已发出',
  SENDING: '正在发送',
  NOT_SUBSCRIBED: '没有订阅，不发',
  NOT_SENT: '没有发出去',
}

const personOf = (n: Pick<CaseNotice, 'role' | 'name'>) => (n.role === 'APPLICANT' ? '申请人本人' : n.role === 'PROXY' ? `代办人 ${n.name}` : `参保人 ${n.name}`)

/**
 * Who the last decision went to and what reached them, in lines (a trial: the case said 已通知本人,
 * then 已通知 2 人…（没有订阅微信消息…）, while no message had gone to anyone): where they can see it
 * (小程序里: 我的备案 and the home page, always), what became of each WeChat message
 * (微信消息：申请人本人已发出（12-03 10:05）; 代办人 张*华没有订阅，不发), and, when no message
 * reaches anyone, that the reviewer should phone when it is urgent. ['没有通知任何人'] when nobody
 * was told (the filer lost the authorisation).
 */
export function noticesInWords(notices: readonly CaseNotice[]): string[] {
  if (notices.length === 0) return ['没有通知任何人']
  const who = notices.map(personOf).join(' 和 ')
  const wechat = notices
    .map((n) => `${personOf(n)}${WECHAT_WORDS[n.message]}${n.message === 'SENT' && n.sentAt ? `（${chinaMinute(n.sentAt)}）` : ''}`)
    .join('；')
  const reached = notices.some((n) => n.message === 'SENT' || n.message === 'SENDING')
  return [
    `${who}打开小程序就能看到（我的备案、首页）。`,
    `微信消息：${wechat}。`,
    ...(reached ? [] : [`没有人会收到微信消息，${notices.length > 1 ? '他们' : '本人'}不打开小程序就不知道。事情急的，请点上面的“显示完整信息”看联系电话，打电话告诉${notices.length > 1 ? '他们' : '本人'}。`]),
  ]
}
