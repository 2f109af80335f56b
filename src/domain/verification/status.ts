/**
 * 实人认证 (identity verification): whether the person holding the phone is the person whose
 * name and ID number the account's 实名信息 carries (issue 11; the official services let nobody
 * file before it, and 004 表8 申请人承诺 binds the applicant to what they declare).
 */

/** Where an account stands. PENDING: photos wait for staff; REJECTED: staff refused the photos. */
export const VERIFICATION_STATUSES = {
  UNVERIFIED: '未认证',
  PENDING: '等待人工核对',
  VERIFIED: '已认证',
  REJECTED: '人工核对没通过',
} as const

export type VerificationStatus = keyof typeof VERIFICATION_STATUSES

/**
 * How a person is verified. WECHAT_FACE: WeChat face verification (微信人脸核身) in the weapp;
 * DEV: the development provider (refused in production); STAFF: photos of the ID card, checked by staff.
 */
export const VERIFICATION_METHODS = {
  WECHAT_FACE: '微信人脸核身',
  DEV: '开发环境认证',
  STAFF: '证件照片人工核对',
} as const

export type VerificationMethod = keyof typeof VERIFICATION_METHODS

/**
 * How 实人认证 is done where the reader is: a platform fact the app passes in (the rules know no
 * platform). FACE: 微信人脸核身 in the weapp, passed in a minute, so a filing that waits on it is
 * approved at once (server/src/verification/release.ts). ID_PHOTOS: H5, where it is photos of the ID
 * card that staff check in about the time a review takes (REVIEW_WORKING_DAYS), so doing it speeds
 * up later filings, not the one already in review.
 */
export type VerifyMeans = 'FACE' | 'ID_PHOTOS'

/** A staff-checked 实人认证 request's state in staff's words (the staff console and the review tool). */
export const STAFF_VERIFICATION_STATES = { PENDING: '待核对', APPROVED: '已通过', REJECTED: '未通过' } as const

/** What `GET /api/me` shows: the status, how it was reached and when (ISO 8601), null while none. */
export interface VerificationView {
  status: VerificationStatus
  statusLabel: string
  method: VerificationMethod | null
  at: string | null
  /** Why staff refused the photos (REJECTED only), in plain words. */
  reason: string | null
  /**
   * Set when another account has verified the ID number this account typed: what it means and
   * what to do (ID_TAKEN_MESSAGE). Such an account cannot file for that ID.
   */
  conflict: string | null
}

/** Told to an account whose 实名信息 carries an ID number another account has verified. */
export const ID_TAKEN_MESSAGE =
  '这个身份证号已经由另一个微信账号完成了实人认证，这个账号不能用它办理备案。如果这是您本人的身份证，请在“实人认证”里上传身份证正反面和手持身份证的照片，工作人员核对后会处理；如果填错了，请改成您自己的身份证号'

/** The three photos of the staff-checked path, as upload purposes (`POST /api/uploads`). */
export const VERIFICATION_PHOTO_PURPOSES = {
  ID_CARD_FRONT: '身份证人像面（有照片的一面）',
  ID_CARD_BACK: '身份证国徽面（有有效期的一面）',
  ID_CARD_HOLDING: '本人手持身份证的照片',
} as const

export type VerificationPhotoPurpose = keyof typeof VERIFICATION_PHOTO_PURPOSES

/** `POST /api/me/verification`: a face result to check, or the three photos for staff. */
export type VerificationRequestBody =
  | { provider: 'WECHAT_FACE' | 'DEV'; verifyResult: string }
  | { provider: 'STAFF'; idFrontUploadId: string; idBackUploadId: string; holdingUploadId: string }

/** The staff-review view of one staff-checked request (`GET /api/review/verifications`). */
export interface VerificationReviewView {
  id: string
  userId: string
  status: 'PENDING' | 'APPROVED' | 'REJECTED'
  name: string
  idNumber: string
  photos: { idFrontUploadId: string; idBackUploadId: string; holdingUploadId: string }
  /** Another account already verified this ID number: staff must decide who holds it. */
  conflict: { userId: string; method: VerificationMethod; verifiedAt: string } | null
  /**
   * While PENDING: the numbers of the requester's filings that wait only on this 实人认证, which
   * approving it approves with it (server/src/verification/release.ts); empty once decided.
   */
  releases: string[]
  /**
   * While PENDING: by when staff should have checked the photos, REVIEW_WORKING_DAYS after the
   * request (the wait the app tells the person: 一般 1 个工作日; 001 办理流程 审查与决定): the last
   * day ('YYYY-MM-DD', China date), the instant it ends (ISO 8601) and whether the count ran through
   * a year the calendar has no official schedule for. Null once decided.
   */
  deadline: { deadline: string; endsAt: string; provisional: boolean } | null
  /**
   * While PENDING: an emergency stay a family member's invitation to this person was sent for, whose
   * 同意 waits on this check (a trial: the list showed only the generic 核对期限 while a mother's
   * check held up her 5-working-day 补办): the admission day and the 补办 deadline by the person's
   * 参保地 ('YYYY-MM-DD', China; null: 出院结算前), the earliest when several. Null when there is none
   * to urge (none, 视同已备案, or past its deadline) or once decided.
   */
  stay: { admittedOn: string; deadline: string | null } | null
  reason: string | null
  createdAt: string
  decidedAt: string | null
}

/** Staff's answer on a staff-checked request; `reason` is required when rejecting. */
export interface VerificationDecisionBody {
  decision: 'APPROVE' | 'REJECT'
  reason?: string
}
