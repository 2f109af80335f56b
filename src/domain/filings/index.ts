export { FILING_STATUSES, STATUS_CITATIONS, effectiveStatus, filingGroup, isStanding } from './status'
export type { FilingGroup } from './status'
export type { FilingStatus } from './status'
export { FILING_NUMBER_ALPHABET, formatFilingNumber, normalizeFilingNumber } from './filing-number'
export { endDateRule } from './end-date'
export type { EndDateRule } from './end-date'
export { checkFiling, MAX_YEAR_AHEAD_DAYS } from './check-filing'
export { checkChangedAddress } from './change-address'
export { decideMultiPlace } from './multi-place'
export type { MultiPlaceAnswer, MultiPlaceInput, StandingFiling } from './multi-place'
export type { ChangedPlace } from './change-address'
export type {
  CommitmentSignature, FilingCheck, FilingContacts, FilingContext, FilingDecision, FilingField,
  FilingFieldErrors, FilingSubmission,
} from './check-filing'
export type {
  AddMaterialsBody, CancelFilingBody, ChangeFilingBody, CreateFilingBody, EmergencyDetails, FilingSubject, FilingView,
  PublicStatusView, ReviewDecisionBody, TimelineEntry, UploadKind, UploadView,
} from './filing-view'
export { changeBaseOfView, changeContextOfView, changedSubmission, checkChange } from './change'
export type { ChangeBase } from './change'
export { changeCancelGate, findDuplicateFiling } from './gate'
export { duplicateFilingMessage } from './duplicate-message'
export type { DuplicateFacts, DuplicateMadeBy } from './duplicate-message'
export type { ChangeCancelGate, FilingCandidate, FilingFacts } from './gate'
export { validityLabel, validityLine, validityPeriod } from './validity-text'
export type { ValidityFacts } from './validity-text'
export { PROXY_SIGNATURE_CITATIONS, proxySignedLine } from './commitment-signer'
export type { CommitmentSigner } from './commitment-signer'
export { CHRONIC_DISEASE_NOTE, NETWORK_LOOKUP, TRAUMA_NO_THIRD_PARTY_COMMITMENT, settlementNotes } from './settlement-notes'
export type { SettlementFacts, SettlementNote } from './settlement-notes'
export { waitingOnPerson } from './waiting'
export type { StartedEmergencyDraft, WaitingItem } from './waiting'
