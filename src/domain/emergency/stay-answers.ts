import type { EmergencyCriterion } from './criteria'

/** The first page's answers about the stay itself: admitted or not, and which emergency (000 附件5). */
export interface StayAnswers {
  admitted: 'YES' | 'NO' | null
  criteria: readonly EmergencyCriterion[]
  /** Ticked 以上都不是. */
  noneOfThese: boolean
}

/**
 * What the answers so far say of the stay: an emergency admission (`QUALIFIES`: admitted, and at
 * least one emergency of 000 附件5 ticked — what 002 第八条(五), 第三十七条 deem filed as 急诊抢救),
 * not one (`RULED_OUT`: 没有住院, or 以上都不是), or not known yet (`OPEN`). The 好消息 of a
 * 视同已备案 profile waits for `QUALIFIES` (a trial: it showed as soon as 苏州 was picked, before
 * 住院了吗 was answered). The trip's length plays no part: 江苏's rule sets none.
 * Example: judgeStayAnswers({ admitted: 'YES', criteria: [], noneOfThese: false }) === 'OPEN'.
 */
export function judgeStayAnswers(answers: StayAnswers): 'QUALIFIES' | 'RULED_OUT' | 'OPEN' {
  if (answers.admitted === 'NO' || answers.noneOfThese) return 'RULED_OUT'
  if (answers.admitted === 'YES' && answers.criteria.length > 0) return 'QUALIFIES'
  return 'OPEN'
}

/**
 * Whether a 视同已备案 outcome may be told for this stay: only when the 参保地's profile deems an
 * emergency filed (`deemedFiled`, profile data: 002 第八条(五), 第三十七条) and the answers so far
 * make it an emergency admission. Until then every line that says 视同已备案 as a fact (好消息,
 * 不用替…提交什么, 不用添加家人) waits (a trial: a son chose his 苏州-insured father before answering
 * anything, and read 这次住院视同已备案 at once).
 * Example: isDeemedFiledStay(true, { admitted: null, criteria: [], noneOfThese: false }) === false.
 */
export function isDeemedFiledStay(deemedFiled: boolean, answers: StayAnswers): boolean {
  return deemedFiled && judgeStayAnswers(answers) === 'QUALIFIES'
}

/** The first page's answers that may have been given for someone else than the person now chosen. */
export interface GivenAnswers extends StayAnswers {
  admittedOn: string
  awayReason: string | null
  awayLength: string | null
}

/**
 * Whether anything was answered on the first page yet (the admission day, or any question). When
 * the filer answered under 为我自己 and then goes to add a family member, whose answers they were is
 * not known: it is asked on return (刚才查的是谁), so answers and deadline follow the person they
 * were given for (a trial: they stayed on the son's draft, under his own 深圳 deadline).
 * Example: hasGivenAnswers({ admittedOn: '', admitted: null, criteria: [], noneOfThese: false, awayReason: null, awayLength: null }) === false.
 */
export function hasGivenAnswers(a: GivenAnswers): boolean {
  return a.admittedOn !== '' || a.admitted !== null || a.criteria.length > 0 || a.noneOfThese || a.awayReason !== null || a.awayLength !== null
}
