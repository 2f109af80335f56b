import { chineseDateOf, chineseMonthDayOf } from '@/domain/calendar/day-number'
import { isLongTerm, type FilingType } from '@/domain/filing-types'
import type { FilingStatus } from './status'

/** What the validity words are made from: a FilingView (or the public status) has all of it. */
export interface ValidityFacts {
  type: FilingType
  startDate: string
  endDate: string | null
  /** Null until the filing is approved. */
  validFrom: string | null
  validTo: string | null
  /** An emergency filing's admission day; its start date is the same day (003 第九条). */
  emergency?: { admittedOn: string } | null
  /** 补办 during a stay: the admission day, from which it counts whenever it is approved (003 第九条). */
  admittedOn?: string | null
  /**
   * Whether it was ever approved (its timeline holds APPROVED), when the caller knows: a filing
   * cancelled or refused before that was never in force, and is not shown with dates read as a
   * validity (a trial: 已取消 beside "2026-12-03 起长期有效" for one cancelled in review).
   */
  everApproved?: boolean
  /** The filing's steps (a FilingView's timeline): read for `everApproved` when that is not given. */
  timeline?: ReadonlyArray<{ status: FilingStatus }>
}

/**
 * The one wording of a filing's validity period, for every view (result, 我的备案, detail,
 * status lookup, staff tools):
 * - an emergency filing holds for that one admission (003 第九条; 001 急诊 备案当次有效):
 *   '当次住院有效（9 月 26 日入院）' — never '长期有效';
 * - an approved filing: '2026 年 11 月 23 日 至 2027 年 5 月 22 日', or '2026 年 11 月 23 日起长期有效' when open-ended
 *   (002 第十条: long-term filings hold until changed or cancelled);
 * - before approval, the dates asked for, the same way.
 */
export function validityPeriod(f: ValidityFacts): string {
  if (f.type === 'EMERGENCY') return `当次住院有效（${chineseMonthDayOf(f.emergency?.admittedOn ?? f.startDate)}入院）`
  const approved = f.validFrom !== null
  const from = f.validFrom ?? f.startDate
  const to = approved ? f.validTo : f.endDate
  return to ? `${chineseDateOf(from)} 至 ${chineseDateOf(to)}` : `${chineseDateOf(from)}起长期有效`
}

/**
 * The label of the validity: '有效期' once approved, else '申请的有效期' (in review, sent back for
 * 补充材料, refused, cancelled: the dates were asked for, not in force). A view that has its own heading shows this as the heading and
 * validityPeriod under it, never validityLine (that would say '有效期' twice).
 */
export function validityLabel(f: ValidityFacts & { status: FilingStatus }): string {
  // By the status, not validFrom: a filing waiting for review (an unverified filer's) already has
  // its dates worked out (a trial read 有效期 on a 审核中 filing as in force).
  return f.status === 'APPROVED' ? '有效期' : '申请的有效期'
}

/** Statuses in which a filing waits for staff: not in force, and its first day not known yet. */
const AWAITING_REVIEW: ReadonlySet<FilingStatus> = new Set(['SUBMITTED', 'UNDER_REVIEW', 'NEEDS_MATERIALS'])

/**
 * The validity that is true for a filing's state today, for the person (result page, receipt,
 * 我的备案, status lookup). A filing waiting for staff takes effect on the later of the start
 * asked for and the day it is approved (computeValidity: 备案成功之日起, 003 第九条), so before
 * approval it says that, not a date read as in force (a trial: "2026-12-03 起" beside
 * "审核通过那天起生效"):
 * - waiting, start still ahead: '审核通过那天起生效，最早从 2026 年 12 月 3 日起，长期有效'; a temporary
 *   filing's end '…，至少到 2027 年 6 月 2 日' (approved after its start, its shortest term counts from
 *   the approval: 002 第十条, 003 第九条(四)); a long-term end asked for '…，到 2027 年 6 月 2 日为止';
 * - waiting, start today or past: '审核通过那天起生效，长期有效';
 * - an emergency waiting: '审核通过后生效：当次住院有效（9月26日入院）' (it reaches back to the admission);
 * - a 补办 during a stay waiting: '审核通过后生效，从入院那天（2026 年 11 月 28 日）算起，长期有效' (it counts
 *   from the admission whenever it is approved: validityOnApproval);
 * - refused (未通过), or cancelled before approval (`everApproved` false): '没有生效：审核没有通过',
 *   '没有生效过：审核通过前已经取消' — never in force, so no dates; cancelled after approval (or
 *   not known): '2026-11-23 起长期有效；已取消，不再有效';
 * - any other state: validityPeriod ('2026 年 12 月 3 日起长期有效', '2026 年 12 月 3 日 至 2027 年 6 月 2 日').
 * @param today China date 'YYYY-MM-DD'
 */
export function validityText(f: ValidityFacts & { status: FilingStatus }, today: string): string {
  const everApproved = f.everApproved ?? (f.timeline ? f.timeline.some((t) => t.status === 'APPROVED') : undefined)
  if (f.status === 'REJECTED' || (f.status === 'CANCELLED' && everApproved === false)) {
    return f.status === 'REJECTED' ? '没有生效：审核没有通过' : '没有生效过：审核通过前已经取消'
  }
  if (f.status === 'CANCELLED') return `${validityPeriod(f)}；已取消，不再有效`
  if (!AWAITING_REVIEW.has(f.status)) return validityPeriod(f)
  if (f.type === 'EMERGENCY') return `审核通过后生效：${validityPeriod(f)}`
  // The stored validFrom is the later of the start and the day it was sent: the earliest it can be.
  const earliest = f.validFrom ?? f.startDate
  const from = f.admittedOn
    ? `审核通过后生效，从入院那天（${chineseDateOf(f.admittedOn)}）算起`
    : earliest > today
      ? `审核通过那天起生效，最早从 ${chineseDateOf(earliest)}起`
      : '审核通过那天起生效'
  // Worked out (validFrom set): open-ended when it has no last day. Not worked out: only an end asked for.
  const to = f.validFrom !== null ? f.validTo : f.endDate
  // A temporary filing's shortest term counts from the approval day (validityOnApproval): approved
  // after its start, its end moves later, never earlier; so while it waits the end is a least.
  // A 补办 counts from its admission and a long-term end is the one asked for: those do not move.
  if (to !== null) return !isLongTerm(f.type) && !f.admittedOn ? `${from}，至少到 ${chineseDateOf(to)}` : `${from}，到 ${chineseDateOf(to)}为止`
  return f.validFrom !== null ? `${from}，长期有效` : from
}

/** The validity in one line with its label, as validityText says it today: '有效期 …', or '申请的有效期 …' before approval. */
export function validityLine(f: ValidityFacts & { status: FilingStatus }, today: string): string {
  return `${validityLabel(f)} ${validityText(f, today)}`
}
