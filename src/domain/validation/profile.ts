import { insuredAreaOf } from '@/domain/regions'
import { checkIdNumber } from './id-number'
import { checkMobile } from './mobile'
import { checkName } from './name'

export const INSURANCE_TYPES = {
  EMPLOYEE: '职工医保',
  RESIDENT: '城乡居民医保',
} as const
export type InsuranceType = keyof typeof INSURANCE_TYPES

/** 实名信息: who the person is and where they are insured (004 表8 fields). */
export interface ProfileInput {
  name: string
  idNumber: string
  phone: string
  /** 参保地: a 6-digit region code: a city's, a province-level unit's, or a district's or county's (read as its area, insuredAreaOf). */
  insuredRegion: string
  insuranceType: InsuranceType
}

export interface Profile extends ProfileInput {
  birthDate: string
  sex: 'M' | 'F'
}

export type ProfileFieldErrors = Partial<Record<keyof ProfileInput, string>>

export type ProfileCheck = { ok: true; value: Profile } | { ok: false; fields: ProfileFieldErrors }

/**
 * The message for a 参保地 that is no 参保地 (SPEC §3): accepts what insuredAreaOf reads (a city,
 * a province-level unit, or a district or county code inside one, e.g. 450206 柳江区 as 柳州市).
 */
export function checkInsuredRegion(code: string): string | undefined {
  if (code === '') return '请选择参保地（在哪个城市交的医保）'
  if (!insuredAreaOf(code)) return '参保地不在名单里，请从列表中重新选择省和市'
  return undefined
}

/** The message for an insurance type other than 职工医保 / 城乡居民医保. */
export function checkInsuranceType(value: string): string | undefined {
  return value in INSURANCE_TYPES ? undefined : '请选择险种：职工医保或城乡居民医保'
}

/**
 * The 手机号, 参保地 and 险种 checks that 实名信息 and a family member share (SPEC §9): writes the
 * message of each wrong one into `fields` and returns the normalised mobile number, or null when
 * any of the three is wrong.
 */
export function checkContactFields(
  input: { phone: string; insuredRegion: string; insuranceType: string },
  fields: Partial<Record<'phone' | 'insuredRegion' | 'insuranceType', string>>,
): string | null {
  const phone = checkMobile(input.phone)
  if (!phone.ok) fields.phone = phone.message
  const region = checkInsuredRegion(input.insuredRegion)
  if (region) fields.insuredRegion = region
  const insurance = checkInsuranceType(input.insuranceType)
  if (insurance) fields.insuranceType = insurance
  return phone.ok && !region && !insurance ? phone.value : null
}

/**
 * Checks a whole 实名信息 form (SPEC §9) and reports every wrong field at once, so a person
 * fixes everything in one go. App and server call this same function.
 * @param today China date 'YYYY-MM-DD'
 */
export function validateProfile(input: ProfileInput, today: string): ProfileCheck {
  const fields: ProfileFieldErrors = {}
  const name = checkName(input.name)
  if (!name.ok) fields.name = name.message
  const id = checkIdNumber(input.idNumber, today)
  if (!id.ok) fields.idNumber = id.message
  const phone = checkContactFields(input, fields)
  if (!name.ok || !id.ok || phone === null) return { ok: false, fields }
  return {
    ok: true,
    value: {
      name: name.value,
      idNumber: id.value.idNumber,
      phone,
      insuredRegion: input.insuredRegion,
      insuranceType: input.insuranceType,
      birthDate: id.value.birthDate,
      sex: id.value.sex,
    },
  }
}
