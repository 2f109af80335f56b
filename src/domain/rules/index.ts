export type { Check } from './check'
export {
  computeEmergencyWindow,
  type EmergencyWindow,
  type EmergencyWindowInput,
  type WindowExtension,
} from './compute-emergency-window'
export { computeValidity, validityOnApproval, validityScope, validitySetting, type ApprovedFilingFacts, type Validity, type ValidityInput } from './compute-validity'
export { canChangeOrCancel, type ChangeOrCancelAnswer, type ChangeOrCancelInput } from './can-change-or-cancel'
export { explainReduction, type ReductionAnswer, type ReductionExample, type ReductionInput } from './explain-reduction'
export { EMERGENCY_TRIP_MAX_MONTHS, checkEmergencyTrip } from './check-emergency-trip'
export { plainReduction, reductionScope, type PlainReduction, type PlainReductionInput } from './plain-reduction'
export { checkStartBeforeAdmission } from './check-start-before-admission'
