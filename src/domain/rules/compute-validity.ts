import { cite, uniqueCitations, type Citation } from '@/domain/citation'
import { formatChineseDate, formatDayNumber, lastDayOfMonthsPeriod, parseDayNumber } from '@/domain/calendar/day-number'
import { fail, ok, type Result } from '@/domain/errors'
import { isLongTerm, type FilingType } from '@/domain/filing-types'
import { REFERRAL_CONDITIONS, type PolicyProfile, type ReferralCondition, type SettingScope } from '@/domain/profiles/types'

export interface ValidityInput {
  type: FilingType
  profile: PolicyProfile
  /** 'YYYY-MM-DD' the filing succeeded (备案成功). */
  filedOn: string
  /** 'YYYY-MM-DD' of the admission; required for EMERGENCY. */
  admittedOn?: string
  /** 'YYYY-MM-DD' the person asked the filing to start (备案起止时间, 004 表8). */
  startDate: string
  /** 'YYYY-MM-DD' the person asked it to end, or the end of the residence permit / dispatch term. */
  endDate?: string
  /** For a referral: a condition that makes it open-ended where the profile says so (003 第九条(四)). */
  referralCondition?: ReferralCondition
}

export interface Validity {
  validFrom: string
  /** Last valid day; null when open-ended or, for an emergency, for that admission only. */
  validTo: string | null
  /** True for an emergency filing: it covers that one admission (003 第九条(五)). */
  thisAdmissionOnly: boolean
  explanation: string
  citations: Citation[]
}

const STARTS_ON_SUCCESS = cite('YJ_2021', '第九条')
const STAY_COVERED = [cite('YJ_2021', '第九条'), cite('JS_2022', '第十三条')]
const COVERED_TEXT = '有效期内办理入院的，整次住院都算有效备案，出院日期超过有效期也不影响。'

function dateOrFail(value: string | undefined, label: string): Result<number> {
  const day = value === undefined ? NaN : parseDayNumber(value)
  if (Number.isNaN(day)) return fail(value === undefined ? 'REQUIRED' : 'DATE_INVALID', `请按“年-月-日”填写${label}。`)
  return ok(day)
}

/**
 * How long a filing is valid (SPEC §4): long-term open-ended (002 第十条) or by document term
 * (003 第九条(二)(三)); temporary at least 6 months (002 第十条); Yangjiang referral 90 days
 * (003 第九条(四)); emergency that admission, from the admission date (003 第九条(五), 第九条).
 */
export function computeValidity(input: ValidityInput): Result<Validity> {
  const { type, profile } = input
  if (type === 'EMERGENCY') {
    const admitted = dateOrFail(input.admittedOn, '入院日期')
    if (!admitted.ok) return admitted
    return ok({
      validFrom: formatDayNumber(admitted.value),
      validTo: null,
      thisAdmissionOnly: true,
      explanation: '急诊备案只对这一次住院有效，有效期从入院当天算起。',
      citations: [cite('YJ_2021', '第九条'), cite('YJ_2021', '第九条(五)')],
    })
  }

  const filed = dateOrFail(input.filedOn, '备案日期')
  if (!filed.ok) return filed
  const start = dateOrFail(input.startDate, '备案开始日期')
  if (!start.ok) return start
  let end: number | undefined
  if (input.endDate !== undefined) {
    const e = dateOrFail(input.endDate, '备案结束日期')
    if (!e.ok) return e
    if (e.value < start.value) return fail('DATE_RANGE_INVERTED', '结束日期不能早于开始日期，请检查后重新填写。')
    end = e.value
  }
  // Validity counts from the day the filing succeeds, or later if the person asked for a later start.
  const from = Math.max(start.value, filed.value)
  const validFrom = formatDayNumber(from)

  if (isLongTerm(type)) {
    const policy = profile.longTermValidity
    const byDocument = policy.kind === 'DOCUMENT_TERM' && !policy.openEndedTypes.includes(type) && end !== undefined
    return ok({
      validFrom,
      validTo: byDocument ? formatDayNumber(end as number) : null,
      thisAdmissionOnly: false,
      explanation: (byDocument ? `按证明材料的期限，有效期到 ${formatChineseDate(end as number)}。` : '长期有效，直到变更、取消备案或参保状态变化。') + COVERED_TEXT,
      citations: uniqueCitations([STARTS_ON_SUCCESS, ...policy.citations, ...STAY_COVERED]),
    })
  }

  if (type === 'REFERRAL' && profile.referralValidity.kind === 'DAYS') {
    const policy = profile.referralValidity
    const condition = input.referralCondition
    if (condition !== undefined && policy.openEndedConditions.includes(condition)) {
      return ok({
        validFrom,
        validTo: null,
        thisAdmissionOnly: false,
        explanation: `确诊${REFERRAL_CONDITIONS[condition]}的，转诊备案一次长期有效。` + COVERED_TEXT,
        citations: uniqueCitations([STARTS_ON_SUCCESS, ...policy.citations, ...STAY_COVERED]),
      })
    }
    const to = from + policy.days - 1
    return ok({
      validFrom,
      validTo: formatDayNumber(to),
      thisAdmissionOnly: false,
      explanation: `转诊备案一次有效 ${policy.days} 天（含备案当天），到 ${formatChineseDate(to)}为止。` + COVERED_TEXT,
      citations: uniqueCitations([STARTS_ON_SUCCESS, ...policy.citations, ...STAY_COVERED]),
    })
  }

  const policy = type === 'REFERRAL' && profile.referralValidity.kind === 'MIN_MONTHS' ? profile.referralValidity : profile.temporaryValidity
  const months = 'months' in policy ? policy.months : policy.minMonths
  const minimumEnd = lastDayOfMonthsPeriod(from, months)
  const to = end !== undefined && end > minimumEnd ? end : minimumEnd
  return ok({
    validFrom,
    validTo: formatDayNumber(to),
    thisAdmissionOnly: false,
    explanation:
      `临时外出就医备案有效期不少于 ${months} 个月，到 ${formatChineseDate(to)}为止` +
      (end !== undefined && end < minimumEnd ? `（您填的结束日期不足 ${months} 个月，按最短期限计）。` : '。') +
      COVERED_TEXT,
    citations: uniqueCitations([STARTS_ON_SUCCESS, ...policy.citations, cite('CIVIL_CODE', '第二百零二条'), ...STAY_COVERED]),
  })
}

/** What validityOnApproval reads of a filing that waited for review (the stored filing's fields). */
export interface ApprovedFilingFacts {
  type: Exclude<FilingType, 'EMERGENCY'>
  /** 'YYYY-MM-DD' the person asked it to start. */
  startDate: string
  /** 'YYYY-MM-DD' the person asked it to end, or null. */
  endDate: string | null
  /** 补办 during a stay: 'YYYY-MM-DD' of the admission; null otherwise. */
  admittedOn: string | null
}

/**
 * The validity of a filing that waited for review (staff, or the filer's 实人认证) and is approved
 * on `approvedOn` ('YYYY-MM-DD', China date): computeValidity with that day as the day the filing
 * succeeded (备案成功), since validity counts from then or from a later start (YJ_2021 第九条; SPEC
 * §4). Stored at submission, it began before the approval: a 90-day referral lost its first days
 * and a filing sent on the 3rd and approved on the 4th read 有效期 from the 3rd, while the app said
 * 审核通过那天起生效. A filing made during a stay (补办) still counts from its admission (003
 * 第九条: 补办的从入院日期起算). An emergency filing is not for this: it counts from its admission
 * whenever it is approved (003 第九条(五)). Errors as computeValidity's (the stored dates checked out
 * at submission, so none is expected).
 */
export function validityOnApproval(filing: ApprovedFilingFacts, approvedOn: string, profile: PolicyProfile): Result<Validity> {
  return computeValidity({
    type: filing.type,
    profile,
    filedOn: filing.admittedOn ?? approvedOn,
    startDate: filing.startDate,
    ...(filing.endDate === null ? {} : { endDate: filing.endDate }),
  })
}

/**
 * The profile setting a type's validity follows (the same choice computeValidity makes): the
 * 急诊 setting for EMERGENCY, else the long-term, referral or temporary validity setting. Its
 * scope and citations are the 依据 of the filing's 有效期 by its 参保地.
 */
export function validitySetting(type: FilingType, profile: PolicyProfile): { scope: SettingScope; text: string; citations: readonly Citation[] } {
  if (type === 'EMERGENCY') return profile.emergency
  if (isLongTerm(type)) return profile.longTermValidity
  if (type === 'REFERRAL') return profile.referralValidity
  return profile.temporaryValidity
}

/**
 * The scope of the profile setting a type's validity follows (validitySetting): 'DEFAULT' when
 * the 参保地's own rule is not collected, so the 依据 of a filing's 有效期 says that first
 * (components/basis-note). An emergency filing follows the 急诊 setting.
 * Example: validityScope('OTHER_TEMPORARY', DEFAULT_PROFILE) === 'DEFAULT'.
 */
export function validityScope(type: FilingType, profile: PolicyProfile): SettingScope {
  return validitySetting(type, profile).scope
}
