import type { FilingType } from '@/domain/filing-types'
import { isInstant } from '@/domain/filing-types'
import { REVIEW_WORKING_DAYS } from '@/domain/review/review-deadline'
import type { VerificationStatus, VerifyMeans } from './status'

import { UNVERIFIED_REVIEW_NOTE } from './notes'

export { UNVERIFIED_REVIEW_NOTE }

/** Who reads a filing's note: the FilingView's filedBySelf and filedBy. */
export interface NoteReader {
  /** The insured person filed for themselves. */
  filedBySelf: boolean
  /** The account reading filed it (the proxy reading their own 代办); nameMasked: the filer's name. */
  filedBy: { self: boolean; nameMasked: string; name?: string }
}

/**
 * Whose photos wait, as the filer reads it: 您 for oneself, 您（办理人） for a proxy. Said while the
 * filer's 实人认证 is PENDING (the three ID photos wait for 人工核对), so nobody reads "还没有完成"
 * as "send the photos again". The wait is REVIEW_WORKING_DAYS (001 办理流程 审查与决定).
 */
function photosWaitFor(byProxy: boolean): string {
  return `${byProxy ? '您（办理人）' : '您'}的实人认证照片已提交，正在等工作人员核对（一般 ${REVIEW_WORKING_DAYS} 个工作日）`
}

/**
 * Why a filing by a filer (the reader) not yet verified waits, in one clause without a final 。:
 * "您还没有完成实人认证，所以这份备案由工作人员审核，审核时一并核对身份" (您（办理人）自己 to a proxy).
 * One wait, named once: the review is where the identity is checked (a trial read "工作人员审核"
 * and "核对身份" as two waits, one after the other). Where 实人认证 is ID photos (H5).
 */
export function unverifiedReviewReason(reader: Pick<NoteReader, 'filedBySelf'>): string {
  return `${reader.filedBySelf ? '您' : '您（办理人）自己'}还没有完成实人认证，所以这份备案由工作人员审核，审核时一并核对身份`
}

/**
 * UNVERIFIED_REVIEW_NOTE worded for who reads it. The check is the filer's own 实人认证, so to a
 * proxy it says 您（办理人）, and to the insured person it names the 办理人 (a daughter who has not
 * verified is not her father's check). The server keeps the one stored note.
 *
 * `filerStatus`: the filer's 实人认证 now (GET /api/me's verification.status), known only when the
 * reader is the filer (filedBy.self); null or absent when unknown. PENDING says the photos wait for
 * staff; VERIFIED (verified after filing) says the filing was sent before; otherwise "还没有完成",
 * and what 实人认证 would change where the reader is (`means`): with 刷脸 (FACE) this filing is
 * done at once; with ID photos (ID_PHOTOS, H5) staff check the photos in about the time the review
 * takes, so the filer need do nothing for this one and the photos speed up later filings.
 * Returns one clause without a final 。.
 */
export function unverifiedReviewNoteFor(reader: NoteReader, filerStatus: VerificationStatus | null, means: VerifyMeans): string {
  const byProxy = !reader.filedBySelf
  if (reader.filedBy.self && filerStatus === 'PENDING') {
    return `${photosWaitFor(byProxy)}；照片核对通过，这份备案就跟着办好，照片不用再交`
  }
  if (reader.filedBy.self && filerStatus === 'VERIFIED') {
    return byProxy
      ? '这份备案提交时，您（办理人）还没有完成实人认证，所以先要核对身份；您现在已经认证，以后替家人办可以马上办好'
      : '这份备案提交时，您还没有完成实人认证，所以先要核对身份；您现在已经认证，以后办的备案可以马上办好'
  }
  if (reader.filedBy.self) {
    const who = reader.filedBySelf ? '您' : '您（办理人）自己'
    if (means === 'FACE') return `${who}还没有完成实人认证，这份备案要等核对身份后才生效：您做完实人认证，就马上办好；不做的话，要等工作人员核对`
    const later = reader.filedBySelf ? '以后办的备案' : '以后替家人办的备案'
    return `${unverifiedReviewReason(reader)}（一般 ${REVIEW_WORKING_DAYS} 个工作日），您不用再做什么；上传身份证照片做完实人认证，${later}就不用再等审核`
  }
  // The insured person does not know the filer's 实人认证 now: said as of the filing, true before and
  // after; and that nothing is asked of them (a trial: a father read it as something for him to do).
  return `办理人${reader.filedBy.name ?? reader.filedBy.nameMasked}提交时还没有完成实人认证，这份备案先要核对办理人的身份：办理人做完实人认证，或工作人员核对后，才生效。您不用做什么`
}

/**
 * The timeline note of a filing approved when its filer's 实人认证 passed (releaseOnVerification,
 * server/src/verification/release.ts): stored once, worded here for who reads it. Not changed
 * once stored (old rows are matched by it).
 */
export const VERIFIED_RELEASE_NOTE = '实人认证已通过，备案成功'

/**
 * Who decided a released filing, as review_decisions keeps it: no reviewer, the system, on the
 * filer's 实人认证. The staff console's 进度 and dashboard tell it apart by the id.
 */
export const RELEASE_REVIEWER = { id: 'system:verification', name: '系统' } as const

/** VERIFIED_RELEASE_NOTE worded for who reads it (as unverifiedReviewNoteFor). One clause, no final 。. */
export function verifiedReleaseNoteFor(reader: NoteReader): string {
  if (reader.filedBySelf) return '您的实人认证已通过，这份备案已办好，备案成功'
  if (reader.filedBy.self) return '您（办理人）的实人认证已通过，这份备案已办好，备案成功'
  return `办理人${reader.filedBy.name ?? reader.filedBy.nameMasked}的实人认证已通过，这份备案已办好，备案成功`
}

/**
 * A filing's timeline note as its reader should see it: the unverified note worded for them (and
 * for the filer's 实人认证 now, `filerStatus`, and the reader's `means`, as unverifiedReviewNoteFor),
 * the note of a filing released by the filer's 实人认证 likewise (verifiedReleaseNoteFor), any other
 * note as it is.
 */
export function filingNoteFor(note: string, reader: NoteReader, filerStatus: VerificationStatus | null, means: VerifyMeans): string {
  if (note === UNVERIFIED_REVIEW_NOTE) return unverifiedReviewNoteFor(reader, filerStatus, means)
  if (note === VERIFIED_RELEASE_NOTE) return verifiedReleaseNoteFor(reader)
  return note
}

/**
 * Before submitting an instant type unverified: what happens, worded for the person or for a proxy,
 * for the filer's 实人认证 `status` (PENDING: the photos already wait for staff; any other: not done
 * yet) and for how 实人认证 is done where they are (`means`, as unverifiedReviewNoteFor: 刷脸 after
 * submitting makes it instant; in H5 staff check the filing, and the photos speed up later ones).
 */
export function unverifiedBeforeSubmit(byProxy: boolean, status: VerificationStatus, means: VerifyMeans): string {
  const days = `（一般 ${REVIEW_WORKING_DAYS} 个工作日）`
  if (status === 'PENDING') return `${photosWaitFor(byProxy)}。照片核对通过，这份备案就跟着办好。`
  const who = byProxy ? '您（办理人）自己' : '您'
  if (means === 'FACE') return `${who}还没有完成实人认证：提交后，您做完实人认证就马上办好；不做的话，要等工作人员核对${days}。`
  return `${who}还没有完成实人认证：提交后由工作人员审核，审核时一并核对身份${days}，您不用再做什么。`
}

/**
 * Where a 实人认证 link leads, by the account's status: to do it ('去做实人认证', also after staff
 * refused the photos), to see how it stands while the photos wait ('查看实人认证进度'), or nowhere
 * once VERIFIED (null). Both lead to the 实人认证 page, which shows the progress while PENDING.
 */
export function verificationActionFor(status: VerificationStatus): string | null {
  if (status === 'VERIFIED') return null
  return status === 'PENDING' ? '查看实人认证进度' : '去做实人认证'
}

/**
 * 我的备案's line on filings family members made for the person, which the server lists only under a
 * VERIFIED ID number (anyone can type an ID number): null once VERIFIED; while PENDING, that the
 * photos wait and the filings come after; otherwise that 实人认证 comes first.
 */
export function familyFilingsHintFor(status: VerificationStatus): string | null {
  if (status === 'VERIFIED') return null
  if (status === 'PENDING') return `${photosWaitFor(false)}。核对通过后，家人替您办过的备案（如果有）会显示在这里。`
  return '如果家人替您办过备案，要等您完成实人认证后，才会显示在这里。'
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
 * name. Unverified, the filing goes to staff review with UNVERIFIED_REVIEW_NOTE as the reason,
 * and is approved as soon as the filer's 实人认证 passes, if nothing else happened to it first
 * (VERIFIED_RELEASE_NOTE; server/src/verification/release.ts).
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
