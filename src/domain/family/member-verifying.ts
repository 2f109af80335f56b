import { REVIEW_WORKING_DAYS } from '@/domain/review/review-working-days'

/** How the proxy's screens put a member's 实人认证 that staff are checking. */
export interface MemberVerifyingWords {
  /** The state in a few words (家人代办's card). */
  words: string
  /** The home page card's line. */
  title: string
  /** What happens next, how long, and that the proxy has nothing to do. */
  detail: string
}

/**
 * A family member asked to 同意 (an invitation) whose own 实人认证 photos wait for staff (`memberVerifying`):
 * the member has done their part so far, so the proxy is not told to wait for 同意 or to send the
 * invitation again (a trial: the card still said 等待…同意). 同意 needs 实人认证 first (SPEC §2 代办,
 * issue 11): once staff pass it, the member opens the invitation again and taps 同意.
 * Staff check photos in the review's own time (REVIEW_WORKING_DAYS).
 */
export function memberVerifyingWords(name: string): MemberVerifyingWords {
  return {
    words: '实人认证核对中',
    title: `${name}的实人认证正在等工作人员核对`,
    detail: `${name}已经上传了实人认证的照片，工作人员正在核对，一般 ${REVIEW_WORKING_DAYS} 个工作日。核对通过后，请${name}再打开邀请点“同意”，您就能替${name}办理了。您现在不用做什么，邀请也不用重新发。`,
  }
}
