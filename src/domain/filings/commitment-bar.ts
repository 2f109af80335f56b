import type { FilingType } from '@/domain/filing-types'
import type { PolicyProfile } from '@/domain/profiles'
import type { Destination } from '@/domain/regions'
import type { FilingView } from './filing-view'
import { decideMultiPlace } from './multi-place'
import { isStanding } from './status'

/** Why a draft may not rest on a 个人承诺书, and what to do instead (decideMultiPlace's refusal). */
export interface CommitmentBar {
  /** The server's own words for MULTI_PLACE_ON_COMMITMENT: 变更 from its first day, or real proof. */
  message: string
  /** The standing filing in the other place. */
  existingFilingId: string
  /** The first day that filing may be changed ('YYYY-MM-DD'). */
  changeFirstAllowedOn: string
}

/**
 * Before the 材料 step offers the 个人承诺书 (trial: a daughter read and signed it, and was refused
 * only at 提交): whether a filing of this type to this place would be refused on a commitment as
 * 多地备案 (002 第十一条) — decideMultiPlace, the rule the server's 409 MULTI_PLACE_ON_COMMITMENT
 * applies — over the person's filings the caller can see that stand today. Null when a commitment
 * may be offered (or the list says nothing against it: the server still decides).
 * @param filings the person's filings the caller may see (filingsForSubject)
 * @param draft the draft's type and destination codes
 * @param ctx.profile the person's policy profile; ctx.today China date; ctx.subjectName the family
 *   member's name when filing for them (default: the caller, 您)
 */
export function commitmentBarOf(
  filings: readonly FilingView[],
  draft: { type: FilingType; destination: Destination },
  ctx: { profile: PolicyProfile; today: string; subjectName?: string },
): CommitmentBar | null {
  const standing = filings
    .filter((f) => isStanding(f.status, f.validTo, ctx.today))
    .map((f) => ({ id: f.id, number: f.number, type: f.type, basis: f.basis, destination: { province: f.destination.province, city: f.destination.city }, validFrom: f.validFrom }))
  const answer = decideMultiPlace(
    { type: draft.type, destination: draft.destination, onCommitment: true, ...(ctx.subjectName ? { subjectName: ctx.subjectName } : {}) },
    standing,
    { profile: ctx.profile, today: ctx.today },
  )
  return answer.ok ? null : { message: answer.message, existingFilingId: answer.existing.id, changeFirstAllowedOn: answer.changeFirstAllowedOn }
}
