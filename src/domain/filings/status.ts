import { cite, type Citation } from '@/domain/citation'

/** Filing statuses (API.md) and what the app shows for each (SPEC §7). */
export const FILING_STATUSES = {
  SUBMITTED: '已提交',
  UNDER_REVIEW: '审核中',
  NEEDS_MATERIALS: '待补充材料',
  APPROVED: '备案成功',
  REJECTED: '未通过',
  CANCELLED: '已取消',
  SUPERSEDED: '已变更',
  EXPIRED: '已过期',
} as const
export type FilingStatus = keyof typeof FILING_STATUSES

/** Statuses in which a filing still stands (or is on its way): it blocks a duplicate. */
const STANDING: ReadonlySet<FilingStatus> = new Set(['SUBMITTED', 'UNDER_REVIEW', 'NEEDS_MATERIALS', 'APPROVED'])

export const STATUS_CITATIONS: readonly Citation[] = [cite('GX_LIUJIANG', '办理流程'), cite('JX_2023', '事项11-15 即时办结')]

/**
 * The status a person should see today: an approved filing whose validity has ended has lapsed
 * by itself (SPEC §4: 过期自动失效).
 * @param today China date 'YYYY-MM-DD'
 */
export function effectiveStatus(status: FilingStatus, validTo: string | null, today: string): FilingStatus {
  if (status === 'APPROVED' && validTo !== null && validTo < today) return 'EXPIRED'
  return status
}

/** Whether a filing still stands today (SPEC §4-§5): not cancelled, changed, rejected or lapsed. */
export function isStanding(status: FilingStatus, validTo: string | null, today: string): boolean {
  return STANDING.has(effectiveStatus(status, validTo, today))
}

/** Where a filing belongs in a person's list, in words that say what it means. */
export type FilingGroup = 'IN_FORCE' | 'NOT_YET' | 'IN_PROGRESS' | 'ENDED'

/**
 * The list group of a filing today (YYYY-MM-DD, China time): approved and started → IN_FORCE
 * (正在生效); approved but starting later → NOT_YET (待生效, e.g. a filing that starts next year);
 * submitted, under review or waiting for 补充材料 → IN_PROGRESS (办理中); anything no longer
 * standing → ENDED (已结束). The validity start is `validFrom` (SPEC §4; 000 第七条).
 */
export function filingGroup(status: FilingStatus, validFrom: string | null, validTo: string | null, today: string): FilingGroup {
  if (!isStanding(status, validTo, today)) return 'ENDED'
  if (status !== 'APPROVED') return 'IN_PROGRESS'
  return validFrom !== null && validFrom > today ? 'NOT_YET' : 'IN_FORCE'
}
