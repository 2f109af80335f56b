import type { WorkingDayCalendar } from '@/domain/calendar'
import { isDateString } from '@/domain/calendar/day-number'
import type { Citation } from '@/domain/citation'
import { missingMaterials, type MaterialCode } from '@/domain/materials'
import type { PolicyProfile } from '@/domain/profiles'
import { checkDestination, isInsuredArea, type Destination, type Region } from '@/domain/regions'
import { checkEmergencyTrip, computeEmergencyWindow, computeValidity, type EmergencyWindow, type Validity } from '@/domain/rules'
import { checkAddressDetail } from '@/domain/validation/address-detail'
import { checkBackupPhone, checkMobile } from '@/domain/validation/mobile'
import { AWAY_REASONS, isEmergencyCriterion, type AwayReason, type EmergencyCriterion } from './criteria'

/** The emergency part of a filing (SPEC §6; 000 附件4 异地急诊备案表): the admission as the person tells it. */
export interface EmergencyDetails {
  admittedOn: string
  /** The day they left the insured place, for the ≤ 3 months test (optional when unknown). */
  leftOn?: string | null
  /** Only for a before-discharge profile: when they left hospital, if they have. */
  dischargedOn?: string | null
  awayReason: AwayReason
  hospitalName: string
  diagnosis: string
  criteria: EmergencyCriterion[]
}

/** What a person submits for an emergency filing (SPEC §6; 000 附件4 异地急诊备案表). */
export interface EmergencySubmission extends Omit<EmergencyDetails, 'criteria'> {
  /** Where the hospital is (备案地). */
  destination: Destination
  criteria: readonly EmergencyCriterion[]
  contacts: { phone1: string; phone2?: string | null; addressAtDestination?: string | null }
  materialCodes: readonly MaterialCode[]
}

export interface EmergencyContext {
  profile: PolicyProfile
  calendar: WorkingDayCalendar
  now: Date
  insuredRegion: string
}

export type EmergencyField =
  | 'destination' | 'admittedOn' | 'leftOn' | 'dischargedOn' | 'awayReason' | 'hospitalName'
  | 'diagnosis' | 'criteria' | 'phone1' | 'phone2' | 'addressAtDestination' | 'materials'

/** Why an emergency filing cannot be made at all, with the window that says so. */
export interface EmergencyBlock {
  code: 'EMERGENCY_WINDOW_CLOSED' | 'EMERGENCY_DEEMED_FILED'
  message: string
  window: EmergencyWindow
}

export interface EmergencyDecision {
  region: Region
  window: EmergencyWindow
  validity: Validity
  /** Emergency filings are reviewed (001 办理流程: 审查与决定, 1 working day). */
  status: 'UNDER_REVIEW'
  citations: Citation[]
}

export type EmergencyCheck =
  | { ok: true; value: EmergencyDecision }
  | { ok: false; fields: Partial<Record<EmergencyField, string>>; block?: EmergencyBlock }

/**
 * Checks an emergency filing (SPEC §6): the emergency and the trip qualify, the window of the
 * insured place's profile is still open (or the profile says it is not needed at all), and the
 * emergency proof is there. Every wrong field is reported at once.
 */
export function checkEmergencyFiling(input: EmergencySubmission, ctx: EmergencyContext): EmergencyCheck {
  const fields: Partial<Record<EmergencyField, string>> = {}

  const dest = checkDestination(input.destination, { wholeProvince: false })
  if (!dest.ok) fields.destination = dest.message
  else if (isInsuredArea(dest.value, ctx.insuredRegion)) {
    fields.destination = '住院的医院在参保地本地，不用办异地备案，直接用医保结算就行'
  }

  if (!(input.awayReason in AWAY_REASONS)) fields.awayReason = '请选择为什么在外地：旅游、探亲、出差或短期居住'
  if (!Array.isArray(input.criteria) || input.criteria.length === 0 || !input.criteria.every(isEmergencyCriterion)) {
    fields.criteria = '请勾选符合的急诊情况；拿不准的，选“医生认为要急诊抢救的其他情况”'
  }
  const hospital = (input.hospitalName ?? '').trim()
  if (hospital.length < 2 || hospital.length > 60) fields.hospitalName = '请填写住院医院的名称（发票或腕带上有）'
  const diagnosis = (input.diagnosis ?? '').trim()
  if (diagnosis.length < 2 || diagnosis.length > 100) fields.diagnosis = '请填写医生的诊断，写在诊断证明或病历上，比如“急性阑尾炎”'

  const phone = checkMobile(input.contacts?.phone1 ?? '')
  if (!phone.ok) fields.phone1 = phone.message
  const phone2 = checkBackupPhone(input.contacts?.phone2)
  if (phone2) fields.phone2 = phone2
  // Optional here (the emergency flow does not ask it); one given is checked as in checkFiling.
  const address = (input.contacts?.addressAtDestination ?? '').trim()
  if (address.length > 100) fields.addressAtDestination = '住址请控制在 100 个字以内'
  else if (address !== '') {
    const vague = checkAddressDetail(address)
    if (vague) fields.addressAtDestination = vague
  }

  let window: EmergencyWindow | null = null
  if (!isDateString(input.admittedOn)) fields.admittedOn = '请选择入院日期'
  else {
    const w = computeEmergencyWindow({
      admittedOn: input.admittedOn,
      profile: ctx.profile,
      calendar: ctx.calendar,
      now: ctx.now,
      dischargedOn: input.dischargedOn ?? undefined,
    })
    if (!w.ok) {
      if (w.code === 'DATE_RANGE_INVERTED') fields.dischargedOn = w.message
      else fields.admittedOn = w.message
    } else window = w.value
  }
  if (input.leftOn && window) {
    if (!isDateString(input.leftOn)) fields.leftOn = '请选择离开参保地的日期'
    else if (input.leftOn > input.admittedOn) fields.leftOn = '离开参保地的日期应在入院日期之前'
    else {
      const trip = checkEmergencyTrip({ leftOn: input.leftOn, admittedOn: input.admittedOn })
      if (!trip.ok) fields.leftOn = trip.message
    }
  }

  const missing = missingMaterials('EMERGENCY', { items: [...input.materialCodes] })
  if (missing.length > 0) fields.materials = `还缺：${missing.map((m) => m.title).join('；')}`

  if (window && window.mode === 'DEEMED_FILED') {
    return { ok: false, fields, block: { code: 'EMERGENCY_DEEMED_FILED', message: window.explanation, window } }
  }
  if (window && window.closed) {
    return { ok: false, fields, block: { code: 'EMERGENCY_WINDOW_CLOSED', message: window.explanation, window } }
  }
  if (Object.keys(fields).length > 0 || !dest.ok || !window) return { ok: false, fields }

  const validity = computeValidity({
    type: 'EMERGENCY',
    profile: ctx.profile,
    filedOn: input.admittedOn,
    admittedOn: input.admittedOn,
    startDate: input.admittedOn,
  })
  if (!validity.ok) return { ok: false, fields: { admittedOn: validity.message } }
  return {
    ok: true,
    value: {
      region: dest.value,
      window,
      validity: validity.value,
      status: 'UNDER_REVIEW',
      citations: [...window.citations, ...validity.value.citations],
    },
  }
}
