import { chineseDateOf, chineseMonthDayOf } from '@/domain/calendar/day-number'

/**
 * The emergency stay an invitation to authorise is sent for, as the member who opens it reads it
 * (a trial: the father's invitation said 这个邀请 12 月 12 日前有效 while the 补办 deadline of his
 * stay was 12 月 10 日, and nothing of the stay): the admission day and, worked out on the day it
 * is read, the deadline of the member's 参保地 (SPEC §6; 001 设立依据2 第九条(三)1).
 */
export interface InvitationEmergency {
  /** 'YYYY-MM-DD', China date. */
  admittedOn: string
  /** WINDOW: by the end of a day; BEFORE_DISCHARGE: before discharge settlement; DEEMED_FILED: nothing to file. */
  mode: 'WINDOW' | 'BEFORE_DISCHARGE' | 'DEEMED_FILED'
  /** WINDOW: the last day, 'YYYY-MM-DD' (the latest one while the year's schedule is not out); else null. */
  deadline: string | null
  /** The window has passed. */
  closed: boolean
}

/** By when the stay must be filed, as both sentences put it: 出院结算前, or ' 2026 年 12 月 10 日 24:00 前'. */
function byWhen(e: InvitationEmergency): string {
  return e.mode === 'BEFORE_DISCHARGE' || e.deadline === null ? '出院结算前' : ` ${chineseDateOf(e.deadline)} 24:00 前`
}

/**
 * What the member's invitation page says of the stay, in plain words; null when there is nothing
 * to urge (视同已备案: the stay needs no filing).
 * @param e the stay (InvitationEmergency)
 * @param asker who asks, as the page names them ('您的女儿 李丽')
 * @example '您的女儿 李丽 在替您补办急诊住院（12 月 5 日入院）的备案，要在 2026 年 12 月 10 日 24:00 前办好：您同意了才能提交，请尽早同意。'
 */
export function invitationEmergencyWords(e: InvitationEmergency, asker: string): string | null {
  if (e.mode === 'DEEMED_FILED') return null
  const stay = `急诊住院（${chineseMonthDayOf(e.admittedOn)}入院）`
  if (e.closed) {
    return `${asker}想替您补办${stay}的备案，但补办的时间已经过了：这次住院的医药费先自己付，出院后回参保地申请零星报销。`
  }
  return `${asker}在替您补办${stay}的备案，要在${byWhen(e)}办好：您同意了才能提交，请尽早同意。`
}

/**
 * What the proxy's card 等待…同意 adds while the invitation waits (a trial: nothing on it said the
 * 补办 deadline runs on): by when the stay must be filed, and the way not to miss it (a signed
 * 授权委托书); null when nothing is to be urged (视同已备案, or the deadline has passed: the
 * emergency page says what to do then).
 * @param e the stay (InvitationEmergency)
 * @param name the member's name
 * @example '李建国的急诊补办备案要在 2026 年 12 月 9 日 24:00 前提交，同意前提交不了；等不及的话，可以改交一份签了字的授权委托书。'
 */
export function awaitingStayWords(e: InvitationEmergency, name: string): string | null {
  if (e.mode === 'DEEMED_FILED' || e.closed) return null
  return `${name}的急诊补办备案要在${byWhen(e)}提交，同意前提交不了；等不及的话，可以改交一份签了字的授权委托书。`
}

/**
 * What the proxy's card 已同意让您代办 adds for the stay the invitation was sent for (a trial: the
 * deadline was on the card while she waited, and gone once she had to act); null when nothing is
 * to be urged (视同已备案, or past the deadline).
 * @param e the stay (InvitationEmergency)
 * @example '要在 2026 年 12 月 11 日 24:00 前提交。'
 */
export function agreedStayWords(e: InvitationEmergency): string | null {
  if (e.mode === 'DEEMED_FILED' || e.closed) return null
  return `要在${byWhen(e)}提交。`
}
