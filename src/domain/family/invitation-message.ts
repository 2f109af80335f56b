/**
 * What 复制邀请 puts on the clipboard: a message to paste into WeChat for the family member, saying
 * who asks, what to do and until when, then the link (a trial: a bare web address pasted to a
 * 70-year-old said nothing of what it was).
 * @param proxyName the filer's own name (实名信息), or null when not known: then no 我是…
 * @param memberName the family member's name, as the filer entered it
 * @param until when the invitation ends, in words (12 月 8 日 10:00)
 * @param link the invitation's address (H5) or page path (weapp)
 * @example invitationMessage('王丽', '王建国', '12 月 8 日 10:00', 'https://…/accept/index?token=…')
 *   → '王建国，您好。我是王丽，要替您办异地就医备案，请您用自己的手机打开下面的链接，看一看，点“同意”（12 月 8 日 10:00 前有效）：\nhttps://…'
 */
export function invitationMessage(proxyName: string | null, memberName: string, until: string, link: string): string {
  return `${memberName}，您好。${proxyName ? `我是${proxyName}，` : '我'}要替您办异地就医备案，请您用自己的手机打开下面的链接，看一看，点“同意”（${until} 前有效）：\n${link}`
}
