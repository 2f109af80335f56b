export { FILING_STATUSES, STATUS_CITATIONS, effectiveStatus, isStanding } from './status'
export type { FilingStatus } from './status'
export { FILING_NUMBER_ALPHABET, formatFilingNumber, normalizeFilingNumber } from './filing-number'
export { endDateRule } from './end-date'
export type { EndDateRule } from './end-date'
export { checkFiling, MAX_YEAR_AHEAD_DAYS } from './check-filing'
export type {
  CommitmentSignature, FilingCheck, FilingContacts, FilingContext, FilingDecision, FilingField,
  FilingFieldErrors, FilingSubmission,
} from './check-filing'
export type {
  AddMaterialsBody, CancelFilingBody, ChangeFilingBody, CreateFilingBody, EmergencyDetails, FilingSubject, FilingView,
  PublicStatusView, ReviewDecisionBody, TimelineEntry, UploadKind, UploadView,
} from './filing-view'
