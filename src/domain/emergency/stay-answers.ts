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
