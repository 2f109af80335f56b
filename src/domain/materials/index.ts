export { MATERIAL_CODES, MATERIALS } from './catalog'
export type { MaterialCode, MaterialItem, MaterialSide, MaterialSideKey } from './catalog'
export { materialsFor, missingMaterials } from './materials-for'
export type { MaterialRequirement, MaterialsGiven, MaterialsList, MaterialsOptions, RequirementId } from './materials-for'
export {
  APPLICANT_DECLARATION, COMMITMENT_TEXT, COMMITMENT_VERSION, SIGNED_COMMITMENT_VERSIONS, commitmentConsequence, commitmentText,
  commitmentTextFor,
} from './commitment'
export type { CommitmentConsequence, CommitmentFilingType } from './commitment'
export type { CommitmentText, SignedText } from './commitment'
