import type { Citation } from '@/domain/citation'
import { fail, ok, type Result } from '@/domain/errors'
import type {
  PolicyProfile,
  ReductionKind,
  ReductionPoints,
  ReductionScope,
  ReductionSituation,
} from '@/domain/profiles/types'

export interface ReductionInput {
  profile: PolicyProfile
  situation: ReductionSituation
  /** Inside the insured province (outside the city pool) or outside it, where the cut differs. */
  scope?: ReductionScope
  /** Referral or emergency, where the cut differs. */
  kind?: ReductionKind
  /** Yuan, for the worked example (e.g. 10000). */
  exampleAmount: number
  /** The insured place's usual payment ratio in percent, for the example; 90 unless given. */
  baseRatioPercent?: number
}

export interface ReductionExample {
  amount: number
  baseRatioPercent: number
  reducedRatioPercent: number
  /** What the fund pays at the usual ratio, and after the cut (yuan). */
  fundPaysUsually: number
  fundPaysAfterCut: number
  /** How much more the person pays themselves (yuan). */
  extraOutOfPocket: number
}

export interface ReductionAnswer {
  /** False when the profile has no known rule: the explanation is general. */
  known: boolean
  /** Percentage points off the basic-insurance ratio; null when unknown. */
  points: number | null
  /** 'AT_MOST' when the source says 不超过. */
  bound: 'EXACT' | 'AT_MOST' | null
  /** Points off 大病保险 / 补充医疗保险, when the source gives them. */
  seriousIllnessPoints: number | null
  example: ReductionExample | null
  explanation: string
  citations: Citation[]
}

const SCOPE_NAMES: Record<ReductionScope, string> = { IN_PROVINCE: '省（区）内', OUT_OF_PROVINCE: '省（区）外' }
const KIND_NAMES: Record<ReductionKind, string> = { REFERRAL: '转诊', EMERGENCY: '急诊抢救' }

function resolvePoints(p: ReductionPoints, scope?: ReductionScope, kind?: ReductionKind): { points: number; assumed: string } {
  switch (p.by) {
    case 'FLAT':
      return { points: p.points, assumed: '' }
    case 'SCOPE':
      if (scope) return { points: p[scope], assumed: '' }
      return p.OUT_OF_PROVINCE >= p.IN_PROVINCE
        ? { points: p.OUT_OF_PROVINCE, assumed: `（未说明在${SCOPE_NAMES.IN_PROVINCE}还是${SCOPE_NAMES.OUT_OF_PROVINCE}，按降得多的${SCOPE_NAMES.OUT_OF_PROVINCE}计算）` }
        : { points: p.IN_PROVINCE, assumed: `（按降得多的${SCOPE_NAMES.IN_PROVINCE}计算）` }
    case 'KIND':
      if (kind) return { points: p[kind], assumed: '' }
      return p.REFERRAL >= p.EMERGENCY
        ? { points: p.REFERRAL, assumed: `（按降得多的${KIND_NAMES.REFERRAL}计算）` }
        : { points: p.EMERGENCY, assumed: `（按降得多的${KIND_NAMES.EMERGENCY}计算）` }
  }
}

/** Yuan from fen, without trailing '.00'. */
const yuan = (fen: number): number => fen / 100

/**
 * What a filing situation costs in reimbursement (SPEC §8): Guangxi −15/−20 points
 * (001 设立依据2 第九条(三)2), Yangjiang −10/−15 (003 第十条), Jiangsu ≤5/≤20 (002 第十七条-第十九条),
 * with a money example; a general explanation where the profile knows no figure.
 */
export function explainReduction(input: ReductionInput): Result<ReductionAnswer> {
  const { profile, situation, exampleAmount } = input
  const base = input.baseRatioPercent ?? 90
  if (!Number.isFinite(exampleAmount) || exampleAmount < 0) {
    return fail('AMOUNT_INVALID', '举例的金额应为不小于 0 的数字（单位：元）。')
  }
  if (!Number.isFinite(base) || base < 0 || base > 100) {
    return fail('AMOUNT_INVALID', '报销比例应在 0 到 100 之间（单位：%）。')
  }
  const reductions = profile.reductions
  if (!reductions.known) {
    return ok({
      known: false,
      points: null,
      bound: null,
      seriousIllnessPoints: null,
      example: null,
      explanation: reductions.text,
      citations: [...reductions.citations],
    })
  }
  const rule = reductions.rules[situation]
  const { points, assumed } = resolvePoints(rule.basic, input.scope, input.kind)
  const amountFen = Math.round(exampleAmount * 100)
  const reduced = Math.max(0, base - points)
  const usualFen = Math.round((amountFen * base) / 100)
  const afterFen = Math.round((amountFen * reduced) / 100)
  const example: ReductionExample = {
    amount: yuan(amountFen),
    baseRatioPercent: base,
    reducedRatioPercent: reduced,
    fundPaysUsually: yuan(usualFen),
    fundPaysAfterCut: yuan(afterFen),
    extraOutOfPocket: yuan(usualFen - afterFen),
  }
  const atMost = rule.bound === 'AT_MOST'
  const exampleText =
    points === 0
      ? `举例：花费 ${example.amount} 元，假设参保地报销比例为 ${base}%，不降低，医保支付 ${example.fundPaysUsually} 元。`
      : `举例：花费 ${example.amount} 元，假设参保地报销比例为 ${base}%，${atMost ? '最多' : ''}降低 ${points} 个百分点${assumed}后按 ${reduced}% 报销，` +
        `医保支付 ${example.fundPaysAfterCut} 元，您要${atMost ? '最多' : ''}多自付 ${example.extraOutOfPocket} 元。`
  return ok({
    known: true,
    points,
    bound: rule.bound,
    seriousIllnessPoints: rule.seriousIllnessPoints ?? null,
    example,
    explanation: rule.text + exampleText,
    citations: [...rule.citations],
  })
}
