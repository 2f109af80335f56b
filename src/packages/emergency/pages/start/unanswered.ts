import type { EmergencyDraft } from '@/stores/use-emergency-draft-store'

/** A question of the first page still unanswered: its block's id (the page scrolls there) and its words (the message at the foot). */
export interface Unanswered {
  block: 'question-place' | 'question-admitted' | 'question-criteria' | 'question-reason' | 'question-away'
  words: string
}

/**
 * The questions still unanswered, in the order they stand on the page, named so the person knows
 * what to tick (`placeMissing`: 在哪里住的院, when asked; `deemed`: 为什么在外地 is not asked where
 * the 参保地 deems an emergency filed). 下一步 brings the first into view (a trial: 为什么在外地,
 * shown empty after the 参保地 changed from 苏州 to 柳州, was a screen above the message).
 */
export function unanswered(draft: EmergencyDraft, placeMissing: boolean, deemed: boolean): Unanswered[] {
  const missing: Unanswered[] = []
  if (placeMissing) missing.push({ block: 'question-place', words: '在哪里住的院' })
  if (!draft.admitted) missing.push({ block: 'question-admitted', words: '有没有住院' })
  if (draft.criteria.length === 0 && !draft.noneOfThese) missing.push({ block: 'question-criteria', words: '是哪种急诊情况（至少勾一项）' })
  if (!draft.awayReason && !deemed) missing.push({ block: 'question-reason', words: '为什么在外地' })
  if (!draft.awayLength) missing.push({ block: 'question-away', words: '离开参保地多久' })
  return missing
}
