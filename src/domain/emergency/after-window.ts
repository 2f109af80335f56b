import { cite, type Citation } from '@/domain/citation'
import type { PolicyProfile } from '@/domain/profiles'
import { explainReduction, type ReductionAnswer } from '@/domain/rules'

/** What to do when the emergency filing can no longer be made: no dead end (SPEC §6, §8). */
export interface AfterWindowGuidance {
  headline: string
  steps: readonly string[]
  /** Papers to keep for the claim at the insured place. */
  keep: readonly string[]
  reduction: ReductionAnswer | null
  citations: readonly Citation[]
}

const KEEP = [
  '医疗费用发票（收据）原件',
  '费用明细清单（费用清单）',
  '诊断证明书，出院的还要出院小结（出院记录）',
  '急诊病历或入院记录（写明是急诊的那一页）',
  '参保人身份证和社保卡（医保卡），代办的带上代办人身份证',
]

/** The cut, said in the steps: pointing at the worked example only where the profile gives one. */
const CUT_WITH_EXAMPLE = '急诊、抢救的费用按规定可以报，但可能比备案了的少报一些（见下面的例子）。'
const CUT_BY_RULES =
  '急诊、抢救的费用按规定可以报，但可能比备案了的少报一些；少报多少，按您参保地的规定，办之前可以问参保地的医保经办机构，或打 12393 问。'

/**
 * Past the window, or after discharge under a before-discharge profile: pay first, then claim
 * at the insured place (零星报销, 000 第八条; 002 第二十六条(二)), with what the cut costs. The last
 * step points at the worked example (见下面的例子) only when the profile knows the cut's figures
 * (`profile.reductions.known`); otherwise it says the 参保地's rules decide and where to ask.
 * @param exampleAmount yuan, for the worked example of the cut
 */
export function afterWindowGuidance(profile: PolicyProfile, exampleAmount = 10000): AfterWindowGuidance {
  const reduction = explainReduction({ profile, situation: 'LATE', kind: 'EMERGENCY', exampleAmount })
  const hasExample = reduction.ok && reduction.value.example !== null
  return {
    headline: '来不及备案也能报销：先自己付钱，回参保地“零星报销”',
    steps: [
      '出院结算时先按自费付清，医院不能直接刷医保结算。',
      '把下面这些单据收好，一张都不要丢。',
      '回到参保地（交医保的地方）的医保经办窗口办理零星报销（也叫手工报销）；很多地方也能在网上或医保 App 上申请。',
      hasExample ? CUT_WITH_EXAMPLE : CUT_BY_RULES,
    ],
    keep: KEEP,
    reduction: reduction.ok ? reduction.value : null,
    citations: [
      cite('JX_2017', '第八条'),
      cite('JS_2022', '第二十六条(二)'),
      ...(reduction.ok ? reduction.value.citations : []),
    ],
  }
}
