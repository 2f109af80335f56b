import { cite, isCitationFor, uniqueCitations, type Citation } from '@/domain/citation'
import { EMERGENCY_CRITERIA_CITATIONS } from '@/domain/emergency/criteria'
import type { FilingType } from '@/domain/filing-types'
import { profileFor, type SettingScope } from '@/domain/profiles'
import { validitySetting } from '@/domain/rules/compute-validity'

/** Said of a rule whose 参保地 has no collected rule of its own (no other place's document is cited for it). */
export const LOCAL_RULE_MISSING = '本地规定未收录，按国家规定'

/** The national notice every case rests on (SPEC: national basis cited by all). */
export const NATIONAL_BASIS: readonly Citation[] = [cite('NATIONAL_2022', '全文')]

/** One 依据 line of a case: what the rule is about, where it comes from, what it says. */
export interface BasisLine {
  /** What the rule decides: 国家规定, 有效期, 急诊备案时限, 急诊的判断, 审核时限. */
  topic: string
  /** NATIONAL: the national rule; REGIONAL: the 参保地's own; DEFAULT: not collected there, the national rule and the product's common practice apply. */
  scope: 'NATIONAL' | SettingScope
  /** For staff, in plain Chinese; a DEFAULT line starts with LOCAL_RULE_MISSING. */
  text: string
  /** National documents and the 参保地's own; never another place's. */
  citations: Citation[]
}

/** The 依据 of one case (the staff console's 适用的规定), by the place whose rules applied. */
export interface CaseBasis {
  /** The profile that applied, e.g. '江苏省参保人员' or '全国通用（参保地没有收录专门规定时）'. */
  profileName: string
  /** False when the 参保地 has no profile of its own (every regional line is DEFAULT). */
  regional: boolean
  lines: BasisLine[]
}

export interface CaseBasisInput {
  type: FilingType
  /** The 参保地, GB/T 2260 code. */
  insuredRegion: string
}

function line(topic: string, setting: { scope: SettingScope; text: string; citations: readonly Citation[] }, insuredRegion: string): BasisLine {
  const own = setting.citations.filter((c) => isCitationFor(c, insuredRegion))
  // A DEFAULT setting is drawn from other places' documents: say so, and cite only the national rule.
  if (setting.scope === 'DEFAULT' || own.length === 0) {
    return { topic, scope: 'DEFAULT', text: `${LOCAL_RULE_MISSING}和本系统的统一做法：${setting.text}`, citations: [...NATIONAL_BASIS] }
  }
  return { topic, scope: 'REGIONAL', text: setting.text, citations: uniqueCitations(own) }
}

/**
 * The rules a reviewer decides a case by, each with its 依据 (issue: a 武汉 case must not cite
 * 阳江, 江苏 or 柳江区 documents): the national notice, then the 参保地 profile's settings that
 * applied — the 有效期 (or, for an emergency, the 急诊备案时限 and the emergency criteria) and
 * the 审核时限. The profiles are per 参保地 (profileFor); a setting the 参保地's profile does not
 * have of its own is a DEFAULT line ("本地规定未收录，按国家规定…") citing only national rules.
 * Example: caseBasis({ type: 'LONG_TERM_RESIDENT', insuredRegion: '420100' }).lines[1].scope === 'DEFAULT'.
 */
export function caseBasis(input: CaseBasisInput): CaseBasis {
  const profile = profileFor(input.insuredRegion)
  const region = input.insuredRegion
  const lines: BasisLine[] = [
    { topic: '国家规定', scope: 'NATIONAL', text: '异地就医备案的办理、有效期和直接结算，按国家医保局、财政部的通知执行。', citations: [...NATIONAL_BASIS] },
  ]
  if (input.type === 'EMERGENCY') {
    lines.push(line('急诊备案时限', profile.emergency, region))
    // The criteria list is Jiangxi's (000 附件5): its own rule there, a common practice elsewhere.
    lines.push(line('急诊的判断', { scope: 'REGIONAL', text: '是否属于急诊，按急诊审核标准参考范围判断（见“急诊情况”）。', citations: EMERGENCY_CRITERIA_CITATIONS }, region))
  } else {
    lines.push(line('有效期', validitySetting(input.type, profile), region))
  }
  lines.push(line('审核时限', profile.review, region))
  return { profileName: profile.name, regional: profile.regionPrefix !== null, lines }
}

/**
 * The 依据 of a review deadline in one short line, for the queue: the 参保地's own documents
 * ('苏医保发〔2022〕75号 第九条(二)'), or '本地规定未收录，按国家规定和本系统的统一做法（1 个工作日）'.
 * @param insuredRegion the 参保地, GB/T 2260 code
 */
export function reviewDeadlineBasis(insuredRegion: string): string {
  const policy = profileFor(insuredRegion).review
  const l = line('审核时限', policy, insuredRegion)
  if (l.scope === 'REGIONAL') return l.citations.map((c) => `${c.doc} ${c.article}`).join('；')
  return `${LOCAL_RULE_MISSING}和本系统的统一做法（${policy.workingDays} 个工作日）`
}
