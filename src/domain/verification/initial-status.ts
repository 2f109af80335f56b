import type { FilingType } from '@/domain/filing-types'
import { isInstant } from '@/domain/filing-types'

/** The note shown to a person whose filing waits because they have not verified yet. */
export const UNVERIFIED_REVIEW_NOTE =
  '您还没有完成实人认证，这份备案要等工作人员核对后才生效；完成认证的话，以后可以马上办好'

/** Who reads a filing's note: the FilingView's filedBySelf and filedBy. */
export interface NoteReader {
  /** The insured person filed for themselves. */
  filedBySelf: boolean
  /** The account reading filed it (the proxy reading their own 代办); nameMasked: the filer's name. */
  filedBy: { self: boolean; nameMasked: string }
}

/**
 * UNVERIFIED_REVIEW_NOTE worded for who reads it. The check is the filer's own 实人认证, so to a
 * proxy it says 您（办理人）, and to the insured person it names the 办理人 (a daughter who has not
 * verified is not her father's check). The server keeps the one stored note.
 */
export function unverifiedReviewNoteFor(reader: NoteReader): string {
  if (reader.filedBySelf) return UNVERIFIED_REVIEW_NOTE
  if (reader.filedBy.self) {
    return '您（办理人）自己还没有完成实人认证，这份备案要等工作人员核对后才生效；您完成实人认证的话，以后替家人办也可以马上办好'
  }
  return `办理人${reader.filedBy.nameMasked}还没有完成实人认证，这份备案要等工作人员核对后才生效`
}

/** A filing's timeline note as its reader should see it: the unverified note worded for them, any other note as it is. */
export function filingNoteFor(note: string, reader: NoteReader): string {
  return note === UNVERIFIED_REVIEW_NOTE ? unverifiedReviewNoteFor(reader) : note
}

/** Before submitting an instant type unverified: what happens, worded for the person or for a proxy. */
export function unverifiedBeforeSubmit(byProxy: boolean): string {
  return byProxy
    ? '您（办理人）自己还没有完成实人认证：提交后要等工作人员核对（一般 1 个工作日），核对通过才生效。'
    : '您还没有完成实人认证：提交后要等工作人员核对（一般 1 个工作日），核对通过才生效。'
}

export interface InitialStatusInput {
  type: FilingType
  /** The account that files (oneself, or the proxy filing for a family member) has VERIFIED. */
  filerVerified: boolean
  /** A proxy whose authorisation has not been checked online (see isInstant). */
  byProxyUnverified?: boolean
}

export interface InitialStatus {
  status: 'APPROVED' | 'UNDER_REVIEW'
  /** Why it waits for staff, to show the person; null when it is approved or waits by its type. */
  reason: string | null
}

/**
 * The status a new filing (or a 变更) starts in. A self-service type (SPEC §7; 004 事项11-15)
 * is decided at once only when the account filing has passed 实人认证 (issue 11): otherwise
 * anyone who knows a name and an ID number could make an effective 备案 in another person's
 * name. Unverified, the filing goes to staff review with UNVERIFIED_REVIEW_NOTE as the reason.
 * Emergency filings, and the other types that are never instant, always go to review (001 办理流程).
 *
 * | type           | filerVerified | → status     | reason                 |
 * |----------------|---------------|--------------|------------------------|
 * | self-service   | true          | APPROVED     | null                   |
 * | self-service   | false         | UNDER_REVIEW | UNVERIFIED_REVIEW_NOTE |
 * | EMERGENCY      | any           | UNDER_REVIEW | null                   |
 */
export function initialFilingStatus(input: InitialStatusInput): InitialStatus {
  if (!isInstant(input.type, { byProxyUnverified: input.byProxyUnverified })) {
    return { status: 'UNDER_REVIEW', reason: null }
  }
  if (!input.filerVerified) return { status: 'UNDER_REVIEW', reason: UNVERIFIED_REVIEW_NOTE }
  return { status: 'APPROVED', reason: null }
}
