export {
  ID_TAKEN_MESSAGE,
  STAFF_VERIFICATION_STATES,
  VERIFICATION_METHODS,
  VERIFICATION_PHOTO_PURPOSES,
  VERIFICATION_STATUSES,
} from './status'
export type {
  VerificationDecisionBody,
  VerificationMethod,
  VerificationPhotoPurpose,
  VerificationRequestBody,
  VerificationReviewView,
  VerificationStatus,
  VerificationView,
  VerifyMeans,
} from './status'
export {
  RELEASE_REVIEWER, UNVERIFIED_REVIEW_NOTE, VERIFIED_RELEASE_NOTE, familyFilingsHintFor, filingNoteFor, initialFilingStatus,
  unverifiedBeforeSubmit, unverifiedReviewNoteFor, unverifiedReviewReason, verificationActionFor, verifiedReleaseNoteFor,
} from './initial-status'
export type { InitialStatus, InitialStatusInput, NoteReader } from './initial-status'
export { VERIFICATION_PRIVACY_SECTION } from './privacy'
export { MAX_FAILED_ATTEMPTS_PER_DAY, canAttemptVerification } from './attempts'
