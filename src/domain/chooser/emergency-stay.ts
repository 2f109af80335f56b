import type { Citation } from '@/domain/citation'
import type { PolicyProfile, SettingScope } from '@/domain/profiles'
import type { ChooserAnswers, ChooserResult } from './resolve'

/**
 * What an emergency stay the guided questions were told of needs, where the 参保地 deems an
 * emergency filed (江苏: 002 第八条(五), 第三十七条; the profile's `emergency`, never a region code):
 * - 'THIS_STAY': the answers lead to 异地急诊人员 — nothing to file; the verdict says so and leads
 *   to what to tell the hospital (a trial: 王建国要办的是：异地急诊（抢救）人员 · 去办急诊备案, which
 *   then said 不用补办);
 * - 'LATER_VISITS': admitted as an emergency while living away, the answers lead to another type —
 *   that one is for later visits, this stay needs nothing;
 * null where the profile files emergencies like any other stay, or no emergency stay was told of.
 * The text and citations are the profile's own.
 */
export type EmergencyStayNote = {
  kind: 'THIS_STAY' | 'LATER_VISITS'
  text: string
  citations: readonly Citation[]
  scope: SettingScope
}

/** The chooser's verdict beside the 参保地's emergency rule (002 第八条(五), 第三十七条 where it deems one filed). */
export function emergencyStayNote(result: ChooserResult, answers: ChooserAnswers, profile: PolicyProfile): EmergencyStayNote | null {
  const { emergency } = profile
  if (!result.done || emergency.mode !== 'DEEMED_FILED' || answers.admitted !== 'yes') return null
  return {
    kind: result.type === 'EMERGENCY' ? 'THIS_STAY' : 'LATER_VISITS',
    text: emergency.text,
    citations: emergency.citations,
    scope: emergency.scope,
  }
}

/**
 * What the guided questions already answered for the emergency flow's first page, so it is not
 * asked twice (a trial answered 住院了 and 不超过 3 个月 on both pages): `admitted: 'YES'` for the
 * answer 急诊住院了 (`admitted` = 'yes'), `awayLength: 'UP_TO_3_MONTHS'` for 不超过 3 个月
 * (`awayLength` = 'upToThreeMonths'; SPEC §6). An answer the person's emergency draft already holds
 * (`held`, its own value or null) is theirs and is kept: nothing is given for it. {} when nothing
 * carries over.
 */
export function emergencyAnswersOf(
  answers: ChooserAnswers,
  held: { admitted: string | null; awayLength: string | null },
): { admitted?: 'YES'; awayLength?: 'UP_TO_3_MONTHS' } {
  return {
    ...(answers.admitted === 'yes' && !held.admitted ? { admitted: 'YES' as const } : {}),
    ...(answers.awayLength === 'upToThreeMonths' && !held.awayLength ? { awayLength: 'UP_TO_3_MONTHS' as const } : {}),
  }
}
