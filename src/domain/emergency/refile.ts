import { chineseDateOf, formatChineseMonthDay, parseDayNumber } from '@/domain/calendar/day-number'
import type { FilingType } from '@/domain/filing-types'
import type { FilingStatus } from '@/domain/filings/status'
import type { EmergencyWindow } from '@/domain/rules'
import { admissionCoverOf, type CoverFiling } from './admission-cover'

/**
 * What an ended emergency filing's page says of its admission (EmergencyRefile.kind):
 * - OPEN: the 参保地's window for that admission is still open: a new emergency filing can be made;
 * - BEFORE_DISCHARGE: the 参保地 takes one until the discharge settlement (003 第六条);
 * - CLOSED: the window has passed: 零星报销 instead (000 第八条; 002 第二十六条(二));
 * - DEEMED_FILED: the 参保地 deems the stay filed (002 第八条(五), 第三十七条): nothing to file.
 */
export type EmergencyRefileKind = 'OPEN' | 'BEFORE_DISCHARGE' | 'CLOSED' | 'DEEMED_FILED'

/** A cancelled or refused emergency filing, seen from its admission: can it be filed again, and by when. */
export interface EmergencyRefile {
  kind: EmergencyRefileKind
  /** '这条急诊备案已经取消，这次住院现在没有备案。' (or 没有通过); never the old deadline as if it still ran. */
  lead: string
  /** What to do next, in plain words: the working days left and the last day, or 零星报销. */
  next: string
}

/** Statuses that leave the admission without a filing: the filing ended before it covered the stay. */
const ENDED: ReadonlySet<FilingStatus> = new Set(['CANCELLED', 'REJECTED'])

/**
 * For a cancelled or refused emergency filing: whether that admission can still be filed, by the
 * window `computeEmergencyWindow` gives for it today (SPEC §6: N working days after the admission,
 * 001 设立依据2 第九条(三)1; before the discharge settlement, 003 第六条), and what to do next; past
 * the window, 零星报销 (000 第八条; 002 第二十六条(二)). Null for any other filing (one in review or
 * approved keeps its own deadline; a 变更 is replaced by its new filing).
 * @param filing the filing's type, status and admission day ('YYYY-MM-DD')
 * @param window the window for that admission under the person's 参保地, computed for now
 * Example: cancelled, admitted 2025-09-26 in 柳州's profile, read on 2025-09-30 → OPEN, 截止 2025 年
 * 10 月 10 日, 还剩 3 个工作日（含今天）: 9 月 30 日, 10 月 9 日, 10 月 10 日.
 */
export function emergencyRefile(
  filing: { type: FilingType; status: FilingStatus; admittedOn: string },
  window: EmergencyWindow,
): EmergencyRefile | null {
  if (filing.type !== 'EMERGENCY' || !ENDED.has(filing.status)) return null
  const day = parseDayNumber(filing.admittedOn)
  const stay = Number.isNaN(day) ? '这次住院' : `这次住院（${formatChineseMonthDay(day)}入院）`
  const lead =
    filing.status === 'CANCELLED'
      ? `这条急诊备案已经取消，${stay}现在没有备案。`
      : `这条急诊备案没有通过，${stay}现在没有备案。`
  if (window.mode === 'DEEMED_FILED') {
    return { kind: 'DEEMED_FILED', lead, next: `${stay}不用另外办备案：${window.explanation}` }
  }
  if (window.closed) {
    const last = window.latestDeadline ?? window.deadline
    const when = last ? `（截止日期是 ${chineseDateOf(last)} 24:00）` : ''
    const why = window.mode === 'BEFORE_DISCHARGE' ? '已经出院结算，不能再办急诊备案' : `重新办急诊备案的时间已经过了${when}`
    return { kind: 'CLOSED', lead, next: `${why}。医药费还是能报的：先自己付，回参保地申请零星报销。` }
  }
  if (window.mode === 'BEFORE_DISCHARGE') {
    return { kind: 'BEFORE_DISCHARGE', lead, next: '出院结算之前，还可以重新办急诊备案。' }
  }
  const left = `还剩 ${window.workingDaysLeft ?? 0} 个工作日${window.todayCounted ? '（含今天）' : ''}`
  const by = window.deadline ? `，要在 ${chineseDateOf(window.deadline)} 24:00 前提交` : ''
  return { kind: 'OPEN', lead, next: `还可以重新办急诊备案：${left}${by}。` }
}

/** A filing in the caller's list, as refiledBy reads it: the cover rule's fields and whom it is for. */
export type RefileCandidate = CoverFiling & { subject: { name: string; idNumberMasked: string } }

/**
 * The filing that already stands for an ended emergency filing's admission (a trial: 重新办急诊备案
 * was still offered after the stay had been filed again, and the server then refused the second
 * with 409 DUPLICATE_FILING): among `filings`, one for the same person (name and masked ID number)
 * that covers that admission day at that place now or once approved (admissionCoverOf: COVERS or
 * COVERS_ONCE_APPROVED — a new emergency filing of the same admission, or a long-term or 补办 filing
 * in force that day, 003 第九条, 002 第十三条); null when none does.
 * @param ended the cancelled or refused emergency filing
 * @param filings the caller's filings (我的备案), `ended` among them or not
 * @param today China date 'YYYY-MM-DD'
 */
export function refiledBy<F extends RefileCandidate>(ended: RefileCandidate, filings: readonly F[], today: string): F | null {
  const admission = { admittedOn: ended.admittedOn ?? ended.startDate, place: ended.destination }
  for (const filing of filings) {
    if (filing.id === ended.id || filing.subject.name !== ended.subject.name || filing.subject.idNumberMasked !== ended.subject.idNumberMasked) continue
    const relation = admissionCoverOf(filing, admission, today).relation
    if (relation === 'COVERS' || relation === 'COVERS_ONCE_APPROVED') return filing
  }
  return null
}
