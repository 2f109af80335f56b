import type { FilingType } from '@/domain/filing-types'
import type { FilingStatus } from '@/domain/filings/status'
import { placeTakesIn, type Destination } from '@/domain/regions'

/**
 * One of the person's filings, as the cover rule reads it: a FilingView (the app, from 我的备案)
 * or a stored filing (the server, every filing under the person's ID number) has all of it.
 */
export interface CoverFiling {
  id: string
  number: string
  type: FilingType
  /** Stored or shown: EXPIRED (an approved filing past its end) counts as approved, by its dates. */
  status: FilingStatus
  destination: Destination
  /** 'YYYY-MM-DD' asked for. */
  startDate: string
  /** 'YYYY-MM-DD' in force from, once approved (read only then: a waiting filing's is provisional). */
  validFrom: string | null
  /** 'YYYY-MM-DD' last valid day, or null when open-ended (an emergency filing: its admission only). */
  validTo: string | null
  /** 补办 during a stay, and every emergency filing: the admission day it counts from; else null. */
  admittedOn: string | null
}

/** An emergency admission: the day, and where the hospital is (a city, or a unit filed at province level). */
export interface Admission {
  admittedOn: string
  place: Destination
}

/**
 * What one filing is to an admission:
 * - COVERS: approved, and the admission day lies within its validity → the whole stay is filed
 *   (003 第九条; 002 第十三条), however long it lasts and even if the filing has lapsed since;
 * - COVERS_ONCE_APPROVED: waiting for review, and once approved it counts from a day on or before
 *   the admission (a 补办 counts from its own admission, 003 第九条; an emergency filing of the
 *   same admission, 003 第九条(五));
 * - STARTS_LATER: same place, but in force only after the admission day (a later start, or the
 *   approval day still to come for a filing waiting without an admission of its own);
 * - ENDED_BEFORE: same place, validity over before the admission day;
 * - OTHER_PLACE: another 就医地 (a whole-province filing covers every city in that province);
 * - OTHER_ADMISSION: an emergency filing of another admission (当次入院有效, 003 第九条(五));
 * - NOT_STANDING: rejected, cancelled or changed (a 变更's successor is judged on its own).
 */
export type CoverRelation =
  | 'COVERS'
  | 'COVERS_ONCE_APPROVED'
  | 'STARTS_LATER'
  | 'ENDED_BEFORE'
  | 'OTHER_PLACE'
  | 'OTHER_ADMISSION'
  | 'NOT_STANDING'

export interface AdmissionCover {
  relation: CoverRelation
  /**
   * For STARTS_LATER: the first day it is (or may be) in force, 'YYYY-MM-DD'; null when that is
   * its approval day, not known yet. For COVERS and COVERS_ONCE_APPROVED: the day it counts from.
   */
  startsOn: string | null
}

const WAITING: ReadonlySet<FilingStatus> = new Set(['SUBMITTED', 'UNDER_REVIEW', 'NEEDS_MATERIALS'])
const HELD: ReadonlySet<FilingStatus> = new Set(['APPROVED', 'EXPIRED'])

/**
 * What one of the person's filings is to an emergency admission (see CoverRelation): the rule
 * the emergency flow and POST /api/filings (EMERGENCY) share, through standingCover. A filing
 * counts from its validFrom once approved (003 第九条: 从备案成功的当日开始计算); while waiting,
 * from the later of its start and the day it is approved (today at the earliest), except a 补办
 * or an emergency filing, which counts from its admission (003 第九条: 急诊入院后补办备案的，
 * 备案有效期起始时间为入院日期).
 * @param today China date 'YYYY-MM-DD' (admissions are never later)
 * Example: an approved long-term filing to 深圳 from 2026-12-03, admission in 深圳 on 2026-12-01
 * → { relation: 'STARTS_LATER', startsOn: '2026-12-03' }.
 */
export function admissionCoverOf(filing: CoverFiling, admission: Admission, today: string): AdmissionCover {
  const held = HELD.has(filing.status)
  if (!held && !WAITING.has(filing.status)) return { relation: 'NOT_STANDING', startsOn: null }
  if (!placeTakesIn(filing.destination, admission.place)) return { relation: 'OTHER_PLACE', startsOn: null }
  const day = admission.admittedOn

  if (filing.type === 'EMERGENCY') {
    const own = filing.admittedOn ?? filing.startDate
    if (own !== day) return { relation: 'OTHER_ADMISSION', startsOn: null }
    return { relation: held ? 'COVERS' : 'COVERS_ONCE_APPROVED', startsOn: own }
  }

  // Approved: its own dates. Waiting: a 补办 from its admission (its start is that day); any other
  // from its approval day, not known yet.
  const from = held ? (filing.validFrom ?? filing.startDate) : filing.admittedOn !== null ? filing.startDate : null
  if (filing.validTo !== null && filing.validTo < day) return { relation: 'ENDED_BEFORE', startsOn: null }
  if (from !== null && from <= day) return { relation: held ? 'COVERS' : 'COVERS_ONCE_APPROVED', startsOn: from }
  // In force only after the admission, and already over: nothing of it stands for this stay.
  if (held && filing.validTo !== null && filing.validTo < today) return { relation: 'NOT_STANDING', startsOn: null }
  // Waiting with no admission of its own: in force from its approval day (today at the earliest)
  // or its later start, so never before an admission already past. An admission today is taken
  // as not covered: the approval may come tomorrow.
  return { relation: 'STARTS_LATER', startsOn: from ?? (filing.startDate > today ? filing.startDate : null) }
}
