import { CORRECTABLE_FIELDS, type CorrectableField } from '@/domain/filings/corrections'
import { isQuestionLine } from '@/domain/materials/what-was-asked'

/** The three decisions a reviewer makes on a filing, in words (SPEC §7). */
export const REVIEW_DECISIONS = {
  APPROVE: '批准',
  REJECT: '不予通过',
  REQUEST_MATERIALS: '要求补充材料',
} as const
export type ReviewDecisionCode = keyof typeof REVIEW_DECISIONS

export const APPROVED_NOTE = '审核通过，备案成功'
/** How decisionNote begins a request that only asks questions (nothing to 补, nothing to 改). */
const QUESTIONS_ONLY_START = '请回答审核员的'

/**
 * Whether a 要求补充材料 timeline note (decisionNote) asked questions only: '请回答审核员的问题：为什么…？'
 * → true; '请补充 1 项：入院记录；请回答审核员的问题：…' → false (the things to 补 come first).
 */
export function asksQuestionsOnly(note: string | null): boolean {
  return note?.startsWith(QUESTIONS_ONLY_START) === true
}

/** How decisionNote begins a request whose first part is corrections: nothing to 补 before them (改正, or 填写 a field left empty). */
const CORRECTIONS_STARTS = ['请改正 ', '请填写 '] as const

/**
 * Whether a 要求补充材料 timeline note (decisionNote) asked corrections only: '请改正 1 项：联系电话。审核意见：打不通'
 * → true, '请填写 1 项：外地住址' → true; '请改正 1 项：联系电话；请回答审核员的问题：…' → false;
 * '请补充 1 项：入院记录；请改正 …' → false.
 */
export function asksCorrectionsOnly(note: string | null): boolean {
  if (note == null || !CORRECTIONS_STARTS.some((start) => note.startsWith(start))) return false
  const asked = note.split('。审核意见：')[0] ?? ''
  return !asked.includes(`；${QUESTIONS_ONLY_START}`)
}

/**
 * Whether a 要求补充材料 timeline note (decisionNote) asked only to fill in fields the filing left
 * empty: '请填写 1 项：外地住址' → true, '请填写 1 项：外地住址。审核意见：写到门牌号' → true;
 * '请改正 1 项：联系电话；请填写 1 项：外地住址' → false; '请填写 1 项：外地住址；请回答审核员的问题：…' → false.
 */
export function asksFillsOnly(note: string | null): boolean {
  return note?.startsWith(CORRECTIONS_STARTS[1]) === true && asksCorrectionsOnly(note)
}

/**
 * The names of the fields a 要求补充材料 note (decisionNote) asked to 填写 (left empty when filed):
 * '请改正 1 项：联系电话；请填写 2 项：外地住址；备用电话。审核意见：…' → ['外地住址', '备用电话'];
 * [] for a note that asks none, and for null.
 */
export function namesToFill(note: string | null): string[] {
  const start = note?.match(/(?:^|；)请填写 (\d+) 项：/)
  if (note == null || !start) return []
  const asked = note.slice((start.index ?? 0) + start[0].length).split('。审核意见：')[0] ?? ''
  return asked.split('；').slice(0, Number(start[1]))
}

/**
 * The text the person reads about a decision (timeline note, and the summary of the WeChat
 * message): every missing item, field to correct and reason at once (一次性告知, 000 第五条; 001
 * 办理流程). Reasons and items are used as given (trimmed and non-empty by the caller); corrections
 * are CORRECTABLE_FIELDS codes, read by their names: those in `filedEmpty` (emptyFields: the
 * filing left them empty) are to 填写, the others to 改正. A line of `missing` that is a reviewer's
 * question (isQuestionLine: '为什么到广州就医？') is not counted as something to 补充: it is said
 * apart, last, as 请回答审核员的问题 (the person answers it in words, no photo).
 * Example: decisionNote('REQUEST_MATERIALS', ['诊断证明要盖公章'], ['入院记录', '门诊病历'])
 * === '请补充 2 项：入院记录；门诊病历。审核意见：诊断证明要盖公章';
 * decisionNote('REQUEST_MATERIALS', [], [], ['addressAtDestination']) === '请改正 1 项：外地住址';
 * decisionNote('REQUEST_MATERIALS', [], [], ['addressAtDestination', 'phone1'], ['addressAtDestination'])
 * === '请改正 1 项：联系电话；请填写 1 项：外地住址';
 * decisionNote('REQUEST_MATERIALS', [], ['入院记录', '为什么到广州就医？'])
 * === '请补充 1 项：入院记录；请回答审核员的问题：为什么到广州就医？'.
 */
export function decisionNote(
  decision: ReviewDecisionCode,
  reasons: readonly string[],
  missing: readonly string[],
  corrections: readonly CorrectableField[] = [],
  filedEmpty: readonly CorrectableField[] = [],
): string {
  const because = reasons.join('；')
  const need = missing.join('；')
  const questions = missing.filter(isQuestionLine)
  const items = missing.filter((line) => !isQuestionLine(line))
  const toFix = corrections.filter((f) => !filedEmpty.includes(f))
  const toFill = corrections.filter((f) => filedEmpty.includes(f))
  const named = (fields: readonly CorrectableField[]) => fields.map((f) => CORRECTABLE_FIELDS[f]).join('；')
  switch (decision) {
    case 'APPROVE':
      return because ? `${APPROVED_NOTE}（${because}）` : APPROVED_NOTE
    case 'REQUEST_MATERIALS':
      // How many, first: the WeChat message shows the start only (a trial read "请补充：…；代办人的有…"),
      // and the reviewer's comment apart, not in brackets after the last item (read as about it).
      return (
        [
          ...(items.length > 0 ? [`请补充 ${items.length} 项：${items.join('；')}`] : []),
          ...(toFix.length > 0 ? [`请改正 ${toFix.length} 项：${named(toFix)}`] : []),
          ...(toFill.length > 0 ? [`请填写 ${toFill.length} 项：${named(toFill)}`] : []),
          ...(questions.length > 0 ? [`${QUESTIONS_ONLY_START}${questions.length > 1 ? ` ${questions.length} 个` : ''}问题：${questions.join('；')}`] : []),
        ].join('；') + (because ? `。审核意见：${because}` : '')
      )
    case 'REJECT':
      return `未通过：${because}` + (need ? `；还缺：${need}` : '')
  }
}

/**
 * A reviewer's reasons quoted inside a sentence the app goes on with ('工作人员说：…。请改好'): joined
 * with '；', without the full stop or separator a reviewer may have ended with (a trial read
 * 写到门牌号。。). E.g. ['电话打不通。', '请核对'] → '电话打不通；请核对'.
 */
export function quotedReasons(reasons: readonly string[]): string {
  return reasons.map((r) => r.replace(/[。．.；;，,\s]+$/u, '')).filter((r) => r !== '').join('；')
}

/** '由审核员 张三 于 2025-09-29 10:00 批准' — who decided, for the CLI and the 409 that names who decided meanwhile. */
export function decidedByLine(decision: ReviewDecisionCode, reviewerName: string | null, decidedAt: string): string {
  const shifted = new Date(Date.parse(decidedAt) + 8 * 3_600_000).toISOString()
  const when = `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
  return `由${reviewerName ? `审核员 ${reviewerName} ` : '审核人员'}于 ${when} ${REVIEW_DECISIONS[decision]}`
}
