import type { NotificationKind, NotificationPayload } from '@server/db/repositories/notifications'
import type { WechatTemplates } from '@server/config'

/**
 * What goes into a WeChat subscription message (订阅消息). The keys are those of the templates
 * chosen in the mini-program's admin console (公众平台 → 订阅消息); pick templates with these
 * fields, or change the keys here to match:
 *   审核结果通知 (WECHAT_TEMPLATE_DECISION): character_string1 备案编号, phrase2 审核结果,
 *     thing3 说明, time4 审核时间
 *   截止提醒 (WECHAT_TEMPLATE_DEADLINE): character_string1 备案编号, date2 截止日期, thing3 温馨提示
 * WeChat limits thing.* to 20 characters, phrase.* to 5 and character_string.* to 32.
 */

export type MessageData = Record<string, { value: string }>

const clip = (text: string, max: number): string => {
  const chars = [...text]
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…'
}

/**
 * A date as WeChat's date.* field takes it: '2025-10-10' → '2025年10月10日' (subscribeMessage.send,
 * 参数值限制: date "年月日格式（支持+24小时制时间），例如：2019年10月1日"; its forum reports 47003
 * "argument invalid" for other forms). Other text comes back as it is.
 */
function wechatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : date
}

/** An instant as WeChat's time.* field takes it, China time: '2025年9月29日 10:00' (例如：2019年10月1日 15:01). */
function chinaMinute(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString()
  return `${wechatDate(shifted.slice(0, 10))} ${shifted.slice(11, 16)}`
}

export function messageData(payload: NotificationPayload): MessageData {
  if (payload.kind === 'DECISION') {
    return {
      character_string1: { value: clip(payload.filingNumber, 32) },
      phrase2: { value: clip(payload.statusLabel, 5) },
      thing3: { value: clip(payload.summary, 20) },
      time4: { value: chinaMinute(payload.decidedAt) },
    }
  }
  const hint =
    payload.trigger === 'MATERIALS_REQUESTED'
      ? '明天是急诊备案截止日，请尽快补充材料'
      : '明天是急诊备案截止日，请留意审核结果'
  return {
    character_string1: { value: clip(payload.filingNumber, 32) },
    date2: { value: wechatDate(payload.deadline) },
    thing3: { value: clip(hint, 20) },
  }
}

/** The template configured for a kind, or null (then rows of that kind wait, PENDING). */
export function templateFor(templates: WechatTemplates, kind: NotificationKind): string | null {
  return kind === 'DECISION' ? templates.decision : templates.deadline
}

/** The filing's page in the mini-program, opened from the message. */
export function detailPage(filingId: string | null): string {
  return filingId === null ? 'pages/index/index' : `packages/mine/pages/detail/index?id=${encodeURIComponent(filingId)}`
}
