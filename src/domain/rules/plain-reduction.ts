import type { Citation } from '@/domain/citation'
import type { PolicyProfile, ReductionKind, ReductionScope, ReductionSituation } from '@/domain/profiles/types'
import { findRegion, resolveInsuredRegion } from '@/domain/regions'
import { explainReduction } from './explain-reduction'

export interface PlainReductionInput {
  profile: PolicyProfile
  situation: ReductionSituation
  kind?: ReductionKind
  /** The insured place's code (参保地, 6 digits); with `destination` it decides 省内 or 省外. */
  insuredRegion?: string
  /** The destination's code (备案地 or the hospital's city, 6 digits), when known. */
  destination?: string
  /** Yuan, for the worked example (10000 reads "1 万元"). */
  exampleAmount: number
}

export interface PlainReduction {
  /** One sentence a person reads first, e.g. "去上海（省外）没备案，报销比例要降 20 个百分点：1 万元的住院费多掏约 2,000 元。" */
  sentence: string
  /** The rule as the source writes it: shown only behind 查看依据. */
  legal: string
  citations: Citation[]
}

const SITUATION_WORDS: Record<ReductionSituation, string> = {
  NOT_FILED: '没备案',
  LATE: '没在规定时间内备案',
  FILED: '备案了',
  REFERRAL_OR_EMERGENCY: '按规定补办了备案',
}

/** '2,000 元', '1 万元', '1,500.5 元'. */
function money(amount: number): string {
  if (amount >= 10000 && amount % 10000 === 0) return `${amount / 10000} 万元`
  const [whole, fraction] = String(Math.round(amount * 100) / 100).split('.')
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? '.' + fraction : ''} 元`
}

/** The destination as a person says it: 上海 for a province-level unit, 阳江市 for a city. */
function placeName(code: string): string | null {
  const region = findRegion(code)
  if (!region) return null
  // 上海市 → 上海; 海南省 stays as it is.
  if (region.provinceLevel || !region.city) return region.province.name.replace(/^(.{2})市$/, '$1')
  return region.city.name
}

/** 省内 when the destination lies in the insured person's province, 省外 otherwise; null when either is unknown. */
export function reductionScope(insuredRegion: string | undefined, destination: string | undefined): ReductionScope | null {
  if (!insuredRegion || !destination) return null
  const home = resolveInsuredRegion(insuredRegion)
  const there = findRegion(destination)
  if (!home || !there) return null
  return home.province.code === there.province.code ? 'IN_PROVINCE' : 'OUT_OF_PROVINCE'
}

const SCOPE_WORDS: Record<ReductionScope, string> = { IN_PROVINCE: '省内', OUT_OF_PROVINCE: '省外' }

/**
 * The reduction in plain words, generated from the profile's rule (not its legal text), naming the
 * destination's case: "去上海（省外）没备案，报销比例要降 20 个百分点：1 万元的住院费多掏约 2,000 元。"
 * When the destination is not known yet and the cut differs 省内/省外, both are given. The legal
 * text and its sources go behind 查看依据. Figures: explainReduction (SPEC §8; 001 设立依据2 第九条(三)2,
 * 002 第十七条–第十九条, 003 第十条). Errors: none; a profile without figures gives its general text.
 */
export function plainReduction(input: PlainReductionInput): PlainReduction {
  const { profile, situation, kind, exampleAmount } = input
  const scope = reductionScope(input.insuredRegion, input.destination)
  const place = input.destination ? placeName(input.destination) : null
  const answer = (s?: ReductionScope) =>
    explainReduction({ profile, situation, kind, scope: s, exampleAmount })
  const main = answer(scope ?? undefined)
  const reductions = profile.reductions
  if (!main.ok || !reductions.known) {
    const legal = main.ok ? main.value.explanation : reductions.known ? '' : reductions.text
    return {
      sentence: `${SITUATION_WORDS[situation]}的，很多地方会降低报销比例，要多掏钱；具体降多少，以您参保地的规定为准。`,
      legal,
      citations: main.ok ? main.value.citations : [],
    }
  }
  const rule = reductions.rules[situation]
  const where = place ? `去${place}${scope ? `（${SCOPE_WORDS[scope]}）` : ''}` : ''
  const what = `${where}${SITUATION_WORDS[situation]}`
  const upTo = rule.bound === 'AT_MOST' ? '最多' : ''
  const bill = `${money(exampleAmount)}的住院费`
  let sentence: string
  if (rule.basic.by === 'SCOPE' && !scope) {
    // Not known yet where: both cases, each named.
    const inside = answer('IN_PROVINCE')
    const outside = answer('OUT_OF_PROVINCE')
    const part = (r: typeof inside, s: ReductionScope) =>
      r.ok && r.value.example
        ? `在${SCOPE_WORDS[s]}降 ${r.value.points} 个百分点（${bill}多掏约 ${money(r.value.example.extraOutOfPocket)}）`
        : ''
    sentence = `${what}，报销比例${upTo}要降：${part(inside, 'IN_PROVINCE')}，${part(outside, 'OUT_OF_PROVINCE')}。`
  } else if (main.value.points === 0 || !main.value.example) {
    sentence = `${what}，报销比例不降，和在参保地一样。`
  } else {
    sentence = `${what}，报销比例${upTo}要降 ${main.value.points} 个百分点：${bill}${upTo ? '最多要多掏' : '多掏约'} ${money(main.value.example.extraOutOfPocket)}。`
  }
  return { sentence, legal: rule.text, citations: main.value.citations }
}
