export { FAMILY_RELATIONS, FAMILY_RELATION_LIST, inverseRelation, isFamilyRelation, kinAndName, kinOfFiler, kinOfMember, pronounOfKin, relationLabel } from './relations'
export type { FamilyRelation } from './relations'
export { FAMILY_MEMBER_LIMIT, OWN_ID_MESSAGE, validateFamilyMember } from './validate'
export type { FamilyMember, FamilyMemberCheck, FamilyMemberFieldErrors, FamilyMemberInput } from './validate'
export {
  AUTHORIZATION_METHODS,
  AUTHORIZATION_STATUSES,
  INVITATION_TTL_DAYS,
  canFileFor,
  effectiveAuthorizationStatus,
  invitationExpiresAt,
} from './authorization'
export type { AuthorizationMethod, AuthorizationStatus } from './authorization'
export { authorizationAtFiling } from './authorization-at-filing'
export { authorizationLetterText } from './authorization-letter'
export type { LetterPerson } from './authorization-letter'
export type { AuthorizationFacts, FilingAuthorization } from './authorization-at-filing'
export { COMMON_PRACTICE, authorizationChecklist } from './authorization-checklist'
export type { AuthorizationCheck } from './authorization-checklist'
export { LETTER_UNDER_REVIEW_DETAIL, subjectChoiceNote } from './authorization-words'
export { checkOnlyWords, type CheckOnlyWay, type CheckOnlyWords } from './check-only-words'
export { ASK_WHOM_PROMPT, askWhom } from './ask-whom'
export type { AskWhomFacts } from './ask-whom'
export type {
  AuthorizationDecisionBody,
  AuthorizationReviewView,
  AuthorizationView,
  CreateAuthorizationBody,
  EarlierRefusal,
  CreateAuthorizationResult,
  CreateFamilyMemberBody,
  FamilyMemberView,
  InvitationView,
  WaitingInvitationView,
  ProxyView,
} from './views'
export { memberVerifyingWords, type MemberVerifyingWords } from './member-verifying'
