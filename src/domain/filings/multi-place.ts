import { chineseDateOf } from '@/domain/calendar/day-number'
import { cite, type Citation } from '@/domain/citation'
import { FILING_TYPE_INFO, isLongTerm, type FilingType } from '@/domain/filing-types'
import type { PolicyProfile } from '@/domain/profiles'
import { checkDestination, destinationLabel, placeTakesIn, type Destination } from '@/domain/regions'
import { canChangeOrCancel } from '@/domain/rules'

/** One of the person's filings that still stands (the server reads these from the database). */
export interface StandingFiling {
  id: string
  number: string
  type: FilingType
  basis: 'PROOF' | 'COMMITMENT'
  destination: Destination
  /** 'YYYY-MM-DD' it took effect; null while it waits for review. */
  validFrom: string | null
  /**
   * The caller can open it in their own 我的备案 (default true). When not (someone else made it
   * for the same person), the refusal names no number and says who can change it.
   */
  visible?: boolean
}

/** The filing being made, as far as multi-place goes. */
export interface MultiPlaceInput {
  type: FilingType
  destination: Destination
  /** It rests on a signed 个人承诺书 instead of proof. */
  onCommitment: boolean
  /** Filing for a family member: their name, for the refusal's wording (default: the caller, 您). */
  subjectName?: string
}

export type MultiPlaceAnswer =
  | { ok: true; multiPlace: boolean; others: StandingFiling[] }
  | {
      ok: false
      code: 'MULTI_PLACE_ON_COMMITMENT'
      message: string
      /** The standing filing in the other place, which a 变更 could move instead. */
      existing: { id: string; number: string }
      /** The first day that filing may be changed ('YYYY-MM-DD'; today when it may be changed now). */
      changeFirstAllowedOn: string
      citations: Citation[]
    }

const MULTI_PLACE_CITATION = cite('JS_2022', '第十一条')

/** Whether two destinations overlap: the same city or unit, or a whole province and a city in it. */
function samePlace(a: Destination, b: Destination): boolean {
  return placeTakesIn(a, b) || placeTakesIn(b, a)
}

function placeName(d: Destination): string {
  const r = checkDestination(d)
  return r.ok ? destinationLabel(r.value) : d.city ?? d.province
}

/**
 * Decides from the person's standing filings — not from a flag the client sets — whether a new
 * long-term filing makes them filed in several places at once (多地备案, 002 第十一条): it does
 * when another long-term filing of theirs stands in another place. Multi-place filing may not rest
 * on a commitment (002 第十一条), so such a filing on a commitment is refused, with what the person
 * can do instead: change the standing filing to the new place (from the first day its
 * commitment lock allows, canChangeOrCancel; 002 第十条), or hand in real proof of living or
 * working there. Temporary types are never multi-place.
 * @param standing the person's filings that stand today (any type; the non-long-term are ignored)
 * @param ctx.profile the person's policy profile (commitment lock months); ctx.today China date
 */
export function decideMultiPlace(
  input: MultiPlaceInput,
  standing: readonly StandingFiling[],
  ctx: { profile: PolicyProfile; today: string },
): MultiPlaceAnswer {
  if (!isLongTerm(input.type)) return { ok: true, multiPlace: false, others: [] }
  const others = standing.filter((f) => isLongTerm(f.type) && !samePlace(f.destination, input.destination))
  if (others.length === 0) return { ok: true, multiPlace: false, others: [] }
  if (!input.onCommitment) return { ok: true, multiPlace: true, others }

  const existing = others[0] as StandingFiling
  const gate = canChangeOrCancel({
    filing: { type: existing.type, basis: existing.basis, validFrom: existing.validFrom ?? ctx.today },
    profile: ctx.profile,
    today: ctx.today,
  })
  const firstAllowed = gate.ok && !gate.value.allowed && gate.value.firstAllowedOn ? gate.value.firstAllowedOn : ctx.today
  const when = firstAllowed === ctx.today ? '现在就可以办' : `${chineseDateOf(firstAllowed)}起可以办`
  const there = placeName(existing.destination)
  const here = placeName(input.destination)
  const who = input.subjectName ?? '您'
  const visible = existing.visible !== false
  const numbered = visible ? `，备案号 ${existing.number}` : ''
  const where = visible ? '在“我的备案”里点“变更”' : `请办理这条备案的人或${input.subjectName ?? '您'}本人在“我的备案”里办理`
  const message =
    `${who}在${there}已有一个长期备案（${FILING_TYPE_INFO[existing.type].officialName}${numbered}）。` +
    `同时在两个地方长期备案，不能用个人承诺书办理，必须有真实的证明材料。您可以：` +
    `一、把${there}的备案变更到${here}（${when}，${where}）；` +
    `二、上传在${here}居住或工作的证明材料（如居住证、工作证明），不签承诺书，再提交。`
  return {
    ok: false,
    code: 'MULTI_PLACE_ON_COMMITMENT',
    message,
    existing: { id: existing.id, number: existing.number },
    changeFirstAllowedOn: firstAllowed,
    citations: [MULTI_PLACE_CITATION, ...(gate.ok ? gate.value.citations : [])],
  }
}
