export { FILING_STATUSES, STATUS_CITATIONS, effectiveStatus, filingGroup, isStanding } from './status'
export type { FilingGroup } from './status'
export type { FilingStatus } from './status'
export { FILING_NUMBER_ALPHABET, formatFilingNumber, normalizeFilingNumber } from './filing-number'
export { endDateRule } from './end-date'
export type { EndDateRule } from './end-date'
export { checkFiling } from './check-filing'
export type {
  CommitmentSignature, FilingCheck, FilingContacts, FilingContext, FilingDecision, FilingField,
  FilingFieldErrors, FilingSubmission,
} from './check-filing'
export type {
  AddMaterialsBody, CancelFilingBody, ChangeFilingBody, CreateFilingBody, EmergencyDetails, FilingSubject, FilingView,
  PublicStatusView, ReviewDecisionBody, TimelineEntry, UploadKind, UploadView,
} from './filing-view'
export { waitingOnPerson } from './waiting'
export type { StartedEmergencyDraft, WaitingItem } from './waiting'
