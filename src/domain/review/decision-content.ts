import { CORRECTABLE_FIELDS, isCorrectableField, type CorrectableField } from '@/domain/filings/corrections'
import type { ReviewDecisionCode } from './decision-note'

/** What a reviewer's decision says, as sent (reasons and items trimmed and non-empty by the caller). */
export interface DecisionContent {
  decision: ReviewDecisionCode
  reasons: readonly string[]
  missingItems: readonly string[]
  /** The typed fields the person is asked to correct (CORRECTABLE_FIELDS); REQUEST_MATERIALS only. */
  corrections?: readonly unknown[] | null
}

export type DecisionContentField = 'reasons' | 'missingItems' | 'corrections'

export type DecisionContentCheck =
  | { ok: true; value: { corrections: CorrectableField[] } }
  | { ok: false; fields: Partial<Record<DecisionContentField, string>> }

/**
 * Checks what a reviewer's decision says before it is recorded (SPEC §7): a refusal says why, and a
 * 补充材料 request lists everything at once (一次性告知, 000 第五条; 001 办理流程) — materials
 * (missingItems), typed fields to correct (corrections), or both, at least one of them. Corrections
 * are known fields (CORRECTABLE_FIELDS), each once, and only on a request (a refusal or an approval
 * asks nothing of the person). Answers the corrections in the form's order, or a message per field.
 * Example: checkDecisionContent({ decision: 'REQUEST_MATERIALS', reasons: [], missingItems: [], corrections: [] })
 * → { ok: false, fields: { missingItems: '要求补充材料时，请把还缺的材料或要改正的内容一次全部列出来（至少一项）' } }.
 */
export function checkDecisionContent(input: DecisionContent): DecisionContentCheck {
  const fields: Partial<Record<DecisionContentField, string>> = {}
  const corrections = input.corrections ?? []
  if (corrections.length > 0 && input.decision !== 'REQUEST_MATERIALS') {
    fields.corrections = '只有要求补充材料时才能请本人改正填写的内容'
  } else if (!corrections.every(isCorrectableField)) {
    fields.corrections = `能请本人改正的只有：${Object.values(CORRECTABLE_FIELDS).join('、')}`
  } else if (new Set(corrections).size !== corrections.length) {
    fields.corrections = '要改正的内容重复了，每项只勾一次'
  }
  if (input.decision === 'REQUEST_MATERIALS' && input.missingItems.length === 0 && corrections.length === 0) {
    fields.missingItems = '要求补充材料时，请把还缺的材料或要改正的内容一次全部列出来（至少一项）'
  }
  if (input.decision === 'REJECT' && input.reasons.length === 0) {
    fields.reasons = '不予通过时，请写明原因（至少一项）'
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields }
  const asked = new Set(corrections as CorrectableField[])
  return { ok: true, value: { corrections: (Object.keys(CORRECTABLE_FIELDS) as CorrectableField[]).filter((f) => asked.has(f)) } }
}
