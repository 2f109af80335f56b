/** The three decisions a reviewer makes on a filing, in words (SPEC §7). */
export const REVIEW_DECISIONS = {
  APPROVE: '批准',
  REJECT: '不予通过',
  REQUEST_MATERIALS: '要求补充材料',
} as const
export type ReviewDecisionCode = keyof typeof REVIEW_DECISIONS

export const APPROVED_NOTE = '审核通过，备案成功'

/**
 * The text the person reads about a decision (timeline note, and the summary of the WeChat
 * message): every missing item and reason at once (一次性告知, 000 第五条; 001 办理流程).
 * Reasons and items are used as given (trimmed and non-empty by the caller).
 */
export function decisionNote(decision: ReviewDecisionCode, reasons: readonly string[], missing: readonly string[]): string {
  const because = reasons.join('；')
  const need = missing.join('；')
  switch (decision) {
    case 'APPROVE':
      return because ? `${APPROVED_NOTE}（${because}）` : APPROVED_NOTE
    case 'REQUEST_MATERIALS':
      return `请补充：${need}` + (because ? `（${because}）` : '')
    case 'REJECT':
      return `未通过：${because}` + (need ? `；还缺：${need}` : '')
  }
}

/** '由审核员 张三 于 2025-09-29 10:00 批准' — who decided, for the CLI and the 409 that names who decided meanwhile. */
export function decidedByLine(decision: ReviewDecisionCode, reviewerName: string | null, decidedAt: string): string {
  const shifted = new Date(Date.parse(decidedAt) + 8 * 3_600_000).toISOString()
  const when = `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
  return `由${reviewerName ? `审核员 ${reviewerName} ` : '审核人员'}于 ${when} ${REVIEW_DECISIONS[decision]}`
}
