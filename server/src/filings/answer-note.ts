// The timeline note of the person's answer to a send-back (补充材料 or 回答审核员的问题).

/** The person's timeline note when materials come; `${MATERIALS_ADDED_NOTE}：…` with what they wrote. */
export const MATERIALS_ADDED_NOTE = '已补充材料'
/** The same when only a question was asked and answered in words (whatWasAsked: QUESTION, no photo). */
export const QUESTION_ANSWERED_NOTE = '已回答审核员的问题'
/** Corrections only (no photo), at least one field changed. */
export const CORRECTED_NOTE = '已改正填写的内容'
/** Corrections only, each a field the filing had left empty, now filled in (an emergency filing's 外地住址). */
export const FILLED_NOTE = '已填写缺少的内容'
/** Corrections only, every field sent back as filed (the person checked it and kept it). */
export const CHECKED_NOTE = '已核对填写的内容，没有改动'
/** Photos and at least one field changed. */
export const MATERIALS_AND_CORRECTED_NOTE = '已补充材料、改正填写的内容'

const HEADINGS = [MATERIALS_AND_CORRECTED_NOTE, MATERIALS_ADDED_NOTE, QUESTION_ANSWERED_NOTE, CORRECTED_NOTE, FILLED_NOTE, CHECKED_NOTE]

/**
 * The heading of the person's answer in the timeline (its note is `heading` or `heading：what they
 * wrote`), by what the answer carried: `photos` (how many), `changed` (corrected fields that
 * differ from what was filed), `filled` (of those, fields the filing had left empty), `kept`
 * (corrected fields sent back as filed), and whether the request only asked a question
 * (whatWasAsked: QUESTION). A trial read 已补充材料 after an answer that only corrected the phone:
 * { photos: 0, changed: 1, filled: 0, kept: 0 } → '已改正填写的内容'; an emergency filing's 外地住址
 * filled in: { photos: 0, changed: 1, filled: 1, kept: 0 } → '已填写缺少的内容'.
 */
export function answerHeading(sent: { photos: number; changed: number; filled: number; kept: number; questionOnly: boolean }): string {
  if (sent.photos > 0) return sent.changed > 0 ? MATERIALS_AND_CORRECTED_NOTE : MATERIALS_ADDED_NOTE
  if (sent.changed > 0) return sent.filled === sent.changed && sent.kept === 0 ? FILLED_NOTE : CORRECTED_NOTE
  if (sent.kept > 0) return CHECKED_NOTE
  return sent.questionOnly ? QUESTION_ANSWERED_NOTE : MATERIALS_ADDED_NOTE
}

/**
 * What the person wrote, from an answer's timeline note: '已补充材料：明天去医院拿' or
 * '已回答审核员的问题：来广州看女儿' (any answerHeading) → the text after the colon; null for a note without one.
 */
export function saidInAnswer(note: string | null): string | null {
  for (const prefix of HEADINGS) {
    if (note?.startsWith(`${prefix}：`)) return note.slice(prefix.length + 1)
  }
  return null
}

