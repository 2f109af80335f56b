export { MATERIAL_CODES, MATERIALS } from './catalog'
export type { MaterialCode, MaterialItem, MaterialNote, MaterialSide, MaterialSideKey } from './catalog'
export { MATERIAL_NOTE_MAX, aboutSubject, checkMaterialNotes, noteFor } from './notes'
export type { GivenMaterial } from './notes'
export { givenFromUploads, materialsFor, missingMaterials, requestableMaterials } from './materials-for'
export { ANSWER_NEEDED_MESSAGE, PHOTO_OR_NOTE_MESSAGE, PHOTOS_AND_ANSWER_MESSAGE, PHOTOS_NEEDED_MESSAGE, QUESTION_IN_NOTE_MESSAGE, REQUEST_NOTE_FIELD, REQUEST_NOTE_MAX, PROXY_PAPERS, REQUESTED_OTHER_REQUIREMENT, askedNotSupplied, filingOnlyMaterialsProblem, askedStillToAdd, checkAskedSupplied, linesNamingNothing, materialsAskedFor, questionsToAnswer, requirementsAskedFor, subjectsPart, unansweredRequest } from './asked-for'
export type { AskedRequirement, SuppliedPhoto } from './asked-for'
export type { MaterialRequirement, RequestableMaterial, MaterialsGiven, MaterialsList, MaterialsOptions, RequirementId } from './materials-for'
export {
  APPLICANT_DECLARATION, COMMITMENT_TEXT, COMMITMENT_VERSION, SIGNED_COMMITMENT_VERSIONS, commitmentConsequence, commitmentText,
  commitmentTextFor,
} from './commitment'
export type { CommitmentConsequence, CommitmentFilingType } from './commitment'
export type { CommitmentText, SignedText } from './commitment'
export { commitmentShortfall } from './commitment-shortfall'
export type { CommitmentSigning } from './commitment-shortfall'
