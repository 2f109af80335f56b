import { FILING_TYPE_INFO, type FilingType } from '@/domain/filing-types'
import type { FilingView } from './filing-view'
import { findDuplicateFiling } from './duplicate-filing'
import { factsOfView } from './draft-duplicate'
import { isStanding } from './status'
import { chineseDateOf } from '@/domain/calendar/day-number'

// In modules of their own, so the home page (main package) reads them without the rules.
export { filingsForSubject, type NoticeSubject } from './filings-for-subject'
export { draftDuplicateOf } from './draft-duplicate'

/** One standing filing on the notice. */
export interface StandingNoticeItem {
  id: string
  /** '去广东省广州市' */
  place: string
  /** '异地长期居住人员，审核中，备案号 YD20261202ABCDEF' */
  line: string
  /** A new filing of the chosen type to this filing's place would be refused as a duplicate (null: no type chosen yet). */
  conflicts: boolean | null
  /**
   * While a 承诺制 filing's lock holds (FilingView.actions.firstAllowedOn, canChangeOrCancel):
   * '按个人承诺书办理，2027年6月2日起才能变更或取消'; else null. A trial was told to "办理变更" of a
   * filing that could not be changed for months.
   */
  lockNote: string | null
}

/** What the first step of 我要备案 says about the person's standing filings, before they start. */
export interface StandingNotice {
  lead: string
  items: StandingNoticeItem[]
  /** What to do: a duplicate is refused; a change of place or dates is a 变更 of the one they have. */
  advice: string
}

/**
 * The notice on 我要备案's first step (trial: 王大爷 was refused only at the last tap): the
 * person's filings that still stand today (isStanding, as the duplicate rule counts them), each
 * with its place, type, status and number; when a type is chosen, which of them a new filing of
 * that type to the same place would duplicate — decided by findDuplicateFiling, the rule the
 * server's 409 DUPLICATE_FILING applies (SPEC §7 重复备案). It only warns: the server decides.
 * Null when nothing stands.
 * @param filings the person's filings the caller may see (filingsForSubject)
 * @param ctx.today China date 'YYYY-MM-DD'; ctx.type the type chosen so far, or null;
 *   ctx.subjectName the family member's name when filing for them (default: the caller, 您)
 */
export function standingNotice(
  filings: readonly FilingView[],
  ctx: { today: string; type: FilingType | null; subjectName?: string },
): StandingNotice | null {
  const standing = filings.filter((f) => isStanding(f.status, f.validTo, ctx.today))
  if (standing.length === 0) return null
  const { type, today } = ctx
  const items = standing.map((f): StandingNoticeItem => {
    const conflicts =
      type === null
        ? null
        : findDuplicateFiling(
            { type, destinationProvince: f.destination.province, destinationCity: f.destination.city, startDate: f.startDate },
            [factsOfView(f)],
            today,
          ) !== undefined
    const lockedUntil = f.actions.canChange ? null : f.actions.firstAllowedOn
    const lockNote = lockedUntil ? `按个人承诺书办理，${chineseDateOf(lockedUntil)}起才能变更或取消` : null
    return { id: f.id, place: `去${f.destination.name}`, line: `${f.typeName}，${f.statusLabel}，备案号 ${f.number}`, conflicts, lockNote }
  })
  const lead = ctx.subjectName
    ? `您替${ctx.subjectName}办的备案里，有 ${standing.length} 条正在办理或已经生效：`
    : `您已经有 ${standing.length} 条正在办理或已经生效的备案：`
  const clashing = items.filter((i) => i.conflicts)
  // A clash that cannot be changed yet: when it can, and who to ask before then (canChangeOrCancel).
  const locked = clashing.find((i) => i.lockNote !== null)
  const change = locked
    ? `它是${locked.lockNote}；确有客观原因要提前改的，请联系参保地医保经办机构。`
    : '要改地方或日期，请打开它办理变更，不用重新办。'
  const advice =
    type !== null && clashing.length > 0
      ? `您选的“${FILING_TYPE_INFO[type].officialName}”，${clashing.map((i) => i.place).join('、')}的已经有了，再办一条会被退回。${change}`
      : '同一种备案、同一个地方只能有一条。要改地方或日期，请打开已有的备案办理变更，不用重新办。'
  return { lead, items, advice }
}
