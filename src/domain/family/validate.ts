import { checkIdNumber } from '@/domain/validation/id-number'
import { checkName } from '@/domain/validation/name'
import { checkContactFields, type InsuranceType, type Profile } from '@/domain/validation/profile'
import { isFamilyRelation, type FamilyRelation } from './relations'
import type { CreateFamilyMemberBody } from './views'

/** At most this many family members at once (API.md). */
export const FAMILY_MEMBER_LIMIT = 5

/** `POST /api/family-members` body: who the person files for (004 表8 fields of the insured person). */
export interface FamilyMemberInput {
  name: string
  idNumber: string
  relation: string
  phone: string
  /** 参保地 of the family member: a 6-digit region code. */
  insuredRegion: string
  insuranceType: string
}

/** A checked family member: the body's fields normalised (ID number with upper-case X), with what the ID number says. */
export interface FamilyMember extends CreateFamilyMemberBody, Pick<Profile, 'birthDate' | 'sex'> {}

export type FamilyMemberFieldErrors = Partial<Record<keyof FamilyMemberInput, string>>

export type FamilyMemberCheck = { ok: true; value: FamilyMember } | { ok: false; fields: FamilyMemberFieldErrors }

export const OWN_ID_MESSAGE = '这是您自己的身份证号，为自己办理不用添加家人'

/**
 * Checks a family member form with the same rules as 实名信息 (SPEC §9; validateProfile's pieces)
 * and reports every wrong field at once. `ownIdNumber` is the filer's own ID number: a person
 * does not add themselves as a family member.
 * @param today China date 'YYYY-MM-DD'
 */
export function validateFamilyMember(
  input: FamilyMemberInput,
  today: string,
  ownIdNumber?: string | null,
): FamilyMemberCheck {
  const fields: FamilyMemberFieldErrors = {}
  const name = checkName(input.name)
  if (!name.ok) fields.name = name.message
  const id = checkIdNumber(input.idNumber, today)
  if (!id.ok) fields.idNumber = id.message
  else if (ownIdNumber && id.value.idNumber === ownIdNumber.trim().toUpperCase()) fields.idNumber = OWN_ID_MESSAGE
  if (!isFamilyRelation(input.relation)) fields.relation = '请选择这位家人和您的关系（父母、配偶、子女等）'
  const phone = checkContactFields(input, fields)
  if (!name.ok || !id.ok || phone === null || Object.keys(fields).length > 0) return { ok: false, fields }
  return {
    ok: true,
    value: {
      name: name.value,
      idNumber: id.value.idNumber,
      relation: input.relation as FamilyRelation,
      phone,
      insuredRegion: input.insuredRegion,
      insuranceType: input.insuranceType as InsuranceType,
      birthDate: id.value.birthDate,
      sex: id.value.sex,
    },
  }
}
