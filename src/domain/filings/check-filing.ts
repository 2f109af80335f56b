import type { Citation } from '@/domain/citation'
import { chineseDateOf, isDateString, parseDayNumber } from '@/domain/calendar/day-number'
import { FILING_TYPE_INFO, isFilingType, isInstant, isLongTerm, type FilingType } from '@/domain/filing-types'
import { COMMITMENT_VERSION, SIGNED_COMMITMENT_VERSIONS, missingMaterials, type MaterialCode } from '@/domain/materials'
import type { PolicyProfile } from '@/domain/profiles'
import { checkDestination, isInsuredArea, type Destination, type Region } from '@/domain/regions'
import { checkStartBeforeAdmission, computeValidity, type Validity } from '@/domain/rules'
import { checkDateRange } from '@/domain/validation/date-range'
import { sameName } from '@/domain/validation/name'
import { checkContacts, type FilingContacts } from './check-contacts'
import { endDateRule } from './end-date'

export type { FilingContacts } from './check-contacts'

/**
 * The 个人承诺书 as signed: the name typed as a signature and the version of the text shown.
 * The signature is compared as a name (normalizeName: trimmed, look-alike middle dots read as ·).
 */
export interface CommitmentSignature {
  signedName: string
  textVersion: string
  /**
   * Who signed: the person filed for ('SELF', the default), or a near relative filing for them
   * who signs in their own name (代签, 'PROXY'; 004 个人承诺书 温馨提示2).
   */
  signedBy?: 'SELF' | 'PROXY'
}

/** What a person submits for a non-emergency filing (004 表8 fields; API.md POST /api/filings). */
export interface FilingSubmission {
  type: FilingType
  destination: Destination
  startDate: string
  endDate?: string | null
  contacts: FilingContacts
  /** 门诊慢特病定点医疗机构, optional (004 表8). */
  chronicDiseaseHospital?: string | null
  /** A long-term filing in several places at once (多地备案, 002 第十一条). */
  multiPlace?: boolean
  commitment?: CommitmentSignature | null
  /** The material code of each attached upload. */
  materialCodes: readonly MaterialCode[]
  /**
   * 补办 during a stay: the person is in hospital at the destination now, admitted on this day
   * ('YYYY-MM-DD'). The start may then go back to it (and must not be later: 004 表8 温馨提示5);
   * the profile's duringStay says whether the region allows it (002 通知 二).
   */
  admittedOn?: string | null
  /** For a 变更: where the filing it replaces was, and its address (see checkChangedAddress). */
  changeOf?: { destination: Destination; addressAtDestination: string } | null
}

export interface FilingContext {
  profile: PolicyProfile
  /** China date of the submission. */
  today: string
  /** The insured person's name as in their 实名信息: the commitment must be signed with it. */
  subjectName: string
  /** The insured person's 参保地: a filing cannot point at it. */
  insuredRegion: string
  /**
   * Who may sign as 代签, and the name they must sign with: the relative filing for a family
   * member (or, on a 变更, the relative who signed before). Null or absent when filing for oneself.
   */
  proxySigner?: { name: string } | null
  /** A 变更 carries the signed commitment over as it was: any version once in force is accepted. */
  commitmentCarriedOver?: boolean
}

export type FilingField =
  | 'type' | 'destination' | 'startDate' | 'endDate' | 'phone1' | 'phone2'
  | 'addressAtDestination' | 'chronicDiseaseHospital' | 'commitment' | 'materials' | 'admittedOn'

export type FilingFieldErrors = Partial<Record<FilingField, string>>

export interface FilingDecision {
  region: Region
  /** On what the filing rests: documents, or the person's commitment (承诺制). */
  basis: 'PROOF' | 'COMMITMENT'
  /** The self-service types are decided at once (SPEC §7, 004 事项11-15). */
  status: 'APPROVED' | 'UNDER_REVIEW'
  validity: Validity
  citations: Citation[]
  /** 补办 during a stay: the admission date; null otherwise. */
  admittedOn: string | null
}

export type FilingCheck = { ok: true; value: FilingDecision } | { ok: false; fields: FilingFieldErrors }

/** The latest start date a filing may have: this many days after today (check-filing below). */
export const MAX_YEAR_AHEAD_DAYS = 366

/**
 * Checks a whole non-emergency filing (SPEC §2-§5, §9) and decides its basis, status and
 * validity. Every wrong field is reported at once (一次性告知). App and server call this.
 */
export function checkFiling(input: FilingSubmission, ctx: FilingContext): FilingCheck {
  const fields: FilingFieldErrors = {}
  if (!isFilingType(input.type)) {
    return { ok: false, fields: { type: '请先选择备案类型' } }
  }
  if (input.type === 'EMERGENCY') {
    return { ok: false, fields: { type: '急诊住院请从首页“在外地急诊住院了”进入办理' } }
  }
  const info = FILING_TYPE_INFO[input.type]

  const dest = checkDestination(input.destination)
  if (!dest.ok) fields.destination = dest.message
  else if (isInsuredArea(dest.value, ctx.insuredRegion)) {
    fields.destination = '备案地和参保地是同一个地方，不用办异地备案；请选您要去看病或居住的城市'
  }

  const today = parseDayNumber(ctx.today)
  const start = isDateString(input.startDate) ? parseDayNumber(input.startDate) : NaN
  // 补办 during a stay (002 通知 二; 004 表8 温馨提示5): the start goes back to the admission day.
  let admittedOn: string | null = null
  if (input.admittedOn !== undefined && input.admittedOn !== null) {
    const admitted = isDateString(input.admittedOn) ? parseDayNumber(input.admittedOn) : NaN
    if (!ctx.profile.duringStay.allowed) fields.admittedOn = `${ctx.profile.name}住院后不能补办备案：${ctx.profile.duringStay.text}`
    else if (Number.isNaN(admitted)) fields.admittedOn = '请选择入院日期（年-月-日）'
    else if (admitted > today) fields.admittedOn = '入院日期不能晚于今天；还没住院的，请选“没有住院”'
    else admittedOn = input.admittedOn
  }
  if (Number.isNaN(start)) fields.startDate = '请选择开始日期'
  else if (admittedOn !== null) {
    const admitted = parseDayNumber(admittedOn)
    const inOrder = checkStartBeforeAdmission({ startDate: input.startDate, admittedOn })
    if (start < admitted) fields.startDate = `开始日期最早是入院那天（${chineseDateOf(admittedOn)}）`
    else if (!inOrder.ok) fields.startDate = inOrder.message
  } else if (start < today) {
    fields.startDate = '开始日期最早是今天：备案从办成当天起生效。已经在外地住院的，请选“已经住院了”并填入院日期，开始日期可以提前到入院那天'
  } else if (start - today > MAX_YEAR_AHEAD_DAYS) fields.startDate = '开始日期请选一年以内的日子，离出发近些再办也来得及'

  const endRule = endDateRule(input.type, ctx.profile)
  let endDate: string | undefined
  if (endRule.asked && !Number.isNaN(start)) {
    const minimum = endRule.minimumFor(input.startDate)
    const maximum = endRule.maximumFor(input.startDate)
    if (!input.endDate || !isDateString(input.endDate)) fields.endDate = '请选择结束日期'
    else {
      // 备案起止时间 (004 表8): the end not before the start, then the type's minimum (002 第十条)
      // and the profile's maximum.
      const range = checkDateRange(input.startDate, input.endDate)
      if (!range.ok) fields.endDate = range.message
      else if (minimum && input.endDate < minimum) fields.endDate = `结束日期最早是 ${minimum}（${endRule.explanation}）`
      else if (maximum && input.endDate > maximum) {
        fields.endDate = `结束日期最晚是 ${maximum}：${ctx.profile.temporaryValidity.maxText}`
      } else endDate = input.endDate
    }
  } else if (!endRule.asked && input.endDate) {
    fields.endDate = '这种备案不用填结束日期，请去掉'
  }

  Object.assign(
    fields,
    checkContacts(input.contacts, {
      destination: dest.ok ? dest.value : null,
      multiPlace: input.multiPlace === true,
      changeOf: input.changeOf
        ? { from: input.changeOf.destination, to: input.destination, oldAddress: input.changeOf.addressAtDestination }
        : null,
    }),
  )
  if ((input.chronicDiseaseHospital ?? '').trim().length > 60) {
    fields.chronicDiseaseHospital = '医院名称请控制在 60 个字以内'
  }

  const multiPlace = input.multiPlace === true
  if (multiPlace && !isLongTerm(input.type)) {
    fields.type = '只有长期在外地的备案才能同时备案多个地方'
  }
  const commitment = input.commitment ?? null
  if (commitment) {
    if (!info.commitmentAllowed) fields.commitment = '这种备案不能用承诺书代替证明，请上传证明材料'
    else if (multiPlace) fields.commitment = '同时在多个地方备案，必须上传真实的证明材料，不能用承诺书代替'
    else if (!(ctx.commitmentCarriedOver ? SIGNED_COMMITMENT_VERSIONS : [COMMITMENT_VERSION]).includes(commitment.textVersion)) {
      fields.commitment = '承诺书内容已更新，请重新阅读后再签名'
    }
    else if (commitment.signedBy === 'PROXY') {
      // 代签 (004 个人承诺书 温馨提示2): a near relative signs in their own name.
      if (!ctx.proxySigner) fields.commitment = '给自己办理时请本人签名；只有替家人办理、家人本人无法签字时才能代签'
      else if (!sameName(commitment.signedName, ctx.proxySigner.name)) {
        fields.commitment = `代签请签您自己的姓名“${ctx.proxySigner.name}”`
      }
    } else if (!sameName(commitment.signedName, ctx.subjectName)) fields.commitment = `请签参保人本人的姓名“${ctx.subjectName}”`
  }
  const commitmentSigned = Boolean(commitment) && !fields.commitment
  const missing = missingMaterials(
    input.type,
    { items: [...input.materialCodes], commitmentSigned },
    { multiPlace, commitmentLockMonths: ctx.profile.commitmentLock.months },
  )
  if (missing.length > 0) fields.materials = `还缺：${missing.map((m) => m.title).join('；')}`

  if (Object.keys(fields).length > 0 || !dest.ok) return { ok: false, fields }

  const validity = computeValidity({
    type: input.type,
    profile: ctx.profile,
    // During a stay the filing counts from the admission day (003 第九条: 补办的从入院日期起算).
    filedOn: admittedOn ?? ctx.today,
    startDate: input.startDate,
    endDate,
  })
  if (!validity.ok) return { ok: false, fields: { startDate: validity.message } }

  const proofGiven = missingMaterials(input.type, { items: [...input.materialCodes], commitmentSigned: false }, { multiPlace }).length === 0
  const basis = commitmentSigned && !proofGiven ? 'COMMITMENT' : 'PROOF'
  return {
    ok: true,
    value: {
      region: dest.value,
      basis,
      status: isInstant(input.type) ? 'APPROVED' : 'UNDER_REVIEW',
      validity: validity.value,
      citations: [...validity.value.citations, ...(admittedOn ? ctx.profile.duringStay.citations : [])],
      admittedOn,
    },
  }
}
