// The timeline note of the person's answer to a send-back (补充材料 or 回答审核员的问题).

/** The person's timeline note when materials come; `${MATERIALS_ADDED_NOTE}：…` with what they wrote. */
export const MATERIALS_ADDED_NOTE = '已补充材料'
/** The same when only a question was asked and answered in words (whatWasAsked: QUESTION, no photo). */
export const QUESTION_ANSWERED_NOTE = '已回答审核员的问题'

/**
 * What the person wrote, from an answer's timeline note: '已补充材料：明天去医院拿' or
 * '已回答审核员的问题：来广州看女儿' → the text after the colon; null for a note without one.
 */
export function saidInAnswer(note: string | null): string | null {
  for (const prefix of [MATERIALS_ADDED_NOTE, QUESTION_ANSWERED_NOTE]) {
    if (note?.startsWith(`${prefix}：`)) return note.slice(prefix.length + 1)
  }
  return null
}
