import { checkEmergencyTrip } from '@/domain/rules/check-emergency-trip'
import type { EmergencyDetails } from './check-emergency'

/** What an ended emergency filing recorded of the stay, as 重新办急诊备案 reads it. */
export type RefileRecord = Pick<EmergencyDetails, 'admittedOn' | 'leftOn' | 'awayReason' | 'criteria'>

/** Where 重新办急诊备案 opens the emergency flow, and what its card says of it. */
export interface RefileEntry {
  /**
   * 离开参保地多久, from the filing's 离开参保地日期 when it recorded one within 3 months of the
   * admission (不超过 3 个月: 001 受理条件, 003 第五条(五), the rule the server checked it by);
   * null when it recorded none: the filing keeps no answer of its own, so it is asked again.
   */
  awayLength: 'UP_TO_3_MONTHS' | null
  /**
   * 'DETAILS' (填住院信息, where the hospital and the diagnosis are) when the filing answers every
   * question of the first page (住院了, the emergency ticked, why away, how long) and the filer may
   * file for the person; 'START' when something there is still to do.
   */
  opensAt: 'START' | 'DETAILS'
  /** The line above the card's button: what is filled in and what comes first, true to where it leads. */
  hint: string
}

const FILLED = '入院日期、医院和诊断已经替您填好。'

/**
 * 离开参保地多久 as an ended filing answers it: 'UP_TO_3_MONTHS' when it recorded a 离开参保地日期
 * within 3 months of the admission (不超过 3 个月: 001 受理条件, 003 第五条(五), the rule the server
 * checked it by); null when it recorded none, or one that no longer fits (asked again, never guessed).
 * Example: { admittedOn: '2025-09-26', leftOn: '2025-09-20' } → 'UP_TO_3_MONTHS'.
 */
export function recordedAwayLength(record: Pick<RefileRecord, 'admittedOn' | 'leftOn'> | null): RefileEntry['awayLength'] {
  return record?.leftOn && checkEmergencyTrip({ leftOn: record.leftOn, admittedOn: record.admittedOn }).ok ? 'UP_TO_3_MONTHS' : null
}

/**
 * Where 重新办急诊备案 opens the flow for an ended emergency filing's admission (a trial: the card
 * said the hospital and the diagnosis were filled in, and the flow opened on its first page, where
 * neither is). The first page's answers come from what the filing recorded: it was filed as an
 * emergency admission (住院了), with the emergencies ticked and why away; how long away only from
 * its 离开参保地日期. All known, and nothing to ask of the person's family member first, it opens
 * on the page where the hospital and the diagnosis are; otherwise on the first page, and the card
 * says what comes first there.
 * @param record what the filing recorded (`emergency`); null when it carries none
 * @param waitingFor the family member's name when the filer may not file for them now (their
 *   authorisation not, or no longer, in force: the first page asks for it); null otherwise
 * Example: a filing that recorded leftOn 2025-09-20 for an admission on 2025-09-26, filed for
 * oneself → { awayLength: 'UP_TO_3_MONTHS', opensAt: 'DETAILS', … }.
 */
export function refileEntry(record: RefileRecord | null, waitingFor: string | null): RefileEntry {
  const awayLength = recordedAwayLength(record)
  const answered = record !== null && record.criteria.length > 0 && Boolean(record.awayReason) && awayLength !== null
  if (waitingFor) {
    return { awayLength, opensAt: 'START', hint: `${FILLED}要等${waitingFor}同意让您代办，才能接着办：点下面的按钮，看怎么请${waitingFor}同意。` }
  }
  if (!answered) {
    const first = awayLength === null ? '“离开参保地多久了”' : '第一页上没答的问题'
    return { awayLength, opensAt: 'START', hint: `${FILLED}点下面的按钮，先回答${first}，再点下一步核对住院信息，拍一次材料就能提交。` }
  }
  return { awayLength, opensAt: 'DETAILS', hint: `${FILLED}点下面的按钮，直接到住院信息，核对一下，再拍一次材料就能提交。` }
}
