/**
 * The plain 授权委托书 the family can copy, print or write out by hand, fill in and sign (SPEC §2:
 * 001 申请材料; 004 备注2 委托人及代理人身份证件 + 授权委托书). A signed letter stands beside the ID
 * cards, so it carries both ID numbers in full; a number not known is left as a line to write on.
 */

const BLANK = '____________________'
const NAME_BLANK = '__________'

export interface LetterPerson {
  name: string
  /** In full; '' when not known (the line is left for the person to write in). */
  idNumber: string
}

/** The letter's text, one line per line; `member` is the 委托人 (参保人), `proxy` the 受托人 (代办人). */
export function authorizationLetterText(member: LetterPerson, proxy: LetterPerson): string {
  const memberName = member.name || NAME_BLANK
  const proxyName = proxy.name || NAME_BLANK
  return [
    '授权委托书',
    '',
    `委托人（参保人）：${memberName}`,
    member.idNumber ? `身份证号：${member.idNumber}` : `身份证号：${BLANK}（委托人照身份证填写）`,
    `受托人（代办人）：${proxyName}`,
    `身份证号：${proxy.idNumber || BLANK}`,
    '',
    `本人${memberName}因不便亲自办理，委托${proxyName}替本人办理基本医疗保险异地就医备案（包括申请、变更、取消和查询办理进度）。受托人在委托范围内办理的事项，本人都认可。`,
    '',
    '委托人签名（或按手印）：__________',
    '受托人签名：__________',
    '日期：______年____月____日',
  ].join('\n')
}
