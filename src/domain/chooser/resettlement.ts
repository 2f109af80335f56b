import type { Citation } from '@/domain/citation'
import type { FilingType } from '@/domain/filing-types'
import type { PolicyProfile, SettingScope } from '@/domain/profiles/types'
import { CHOOSER_TREE } from './tree'

/** The answer to the guided chooser's 户口 question (CHOOSER_TREE.questions.hukou): its answer ids. */
export type HukouAnswer = 'yes' | 'no'

/** The 户口 question as the guided chooser asks it: the direct choice of 异地安置 asks the same. */
export const HUKOU_QUESTION = CHOOSER_TREE.questions.hukou

export interface ResettlementAdvice {
  /** 异地安置退休人员 may be filed as chosen. */
  fits: boolean
  /** It may, on the 个人承诺书 in place of the 户口 proof (the 户口 has not moved). */
  onCommitment: boolean
  /** The type that fits otherwise, to offer beside (or instead of) 异地安置; null when the 户口 moved. */
  otherwise: FilingType | null
  /** The profile's words for what 异地安置 requires, with its 依据. */
  text: string
  citations: readonly Citation[]
  scope: SettingScope
}

/**
 * What choosing 异地安置退休人员 directly (我知道办哪种) means for a person whose 户口 has or has not
 * moved to the place they settled in: the guided chooser asks the same question (户口迁过去了吗？)
 * and sends 没有迁 on to 异地长期居住人员 (or a temporary filing for a shorter stay). What stands in
 * for a 户口 not moved is the 参保地's profile (`resettlement`): nothing (阳江 003 第五条(一), 江西
 * 004), or the 个人承诺书 (江苏 002 第八条(一)).
 */
export function resettlementAdvice(profile: PolicyProfile, hukou: HukouAnswer): ResettlementAdvice {
  const policy = profile.resettlement
  const said = { text: policy.text, citations: policy.citations, scope: policy.scope }
  if (hukou === 'yes') return { fits: true, onCommitment: false, otherwise: null, ...said }
  if (policy.requires === 'HUKOU_OR_COMMITMENT') return { fits: true, onCommitment: true, otherwise: policy.otherwise, ...said }
  return { fits: false, onCommitment: false, otherwise: policy.otherwise, ...said }
}
