import { cite } from '@/domain/citation'
import { formatChineseDate, lastDayOfMonthsPeriod, parseDayNumber } from '@/domain/calendar/day-number'
import type { Check } from './check'

const SOURCES = [cite('GX_LIUJIANG', '受理条件'), cite('YJ_2021', '第五条(五)')]
/** The longest trip, in months, during which an emergency admission may be filed (001 受理条件; 003 第五条(五)). */
export const EMERGENCY_TRIP_MAX_MONTHS = 3
const MAX_MONTHS = EMERGENCY_TRIP_MAX_MONTHS

/**
 * An emergency filing is for a trip of at most 3 months (living, visiting, travel, business) at the
 * time of admission (001 受理条件; 003 第五条(五)); the months count from the day after leaving
 * (民法典 第二百零一条、第二百零二条).
 */
export function checkEmergencyTrip(input: { leftOn: string; admittedOn: string }): Check {
  const left = parseDayNumber(input.leftOn)
  const admitted = parseDayNumber(input.admittedOn)
  if (Number.isNaN(left) || Number.isNaN(admitted)) {
    return { ok: false, code: 'DATE_INVALID', message: '请按“年-月-日”填写离开参保地的日期和入院日期。', citations: [...SOURCES] }
  }
  if (admitted < left) {
    return { ok: false, code: 'DATE_RANGE_INVERTED', message: '入院日期早于离开参保地的日期，请检查后重新填写。', citations: [...SOURCES] }
  }
  const lastDay = lastDayOfMonthsPeriod(left + 1, MAX_MONTHS)
  if (admitted > lastDay) {
    return {
      ok: false,
      code: 'EMERGENCY_TRIP_TOO_LONG',
      message:
        `急诊备案只适用于离开参保地不超过 ${MAX_MONTHS} 个月时发生的急诊住院（${formatChineseDate(lastDay)}及以前）。` +
        '在外地已经住了更久的，请办理异地长期居住备案或其他临时外出就医备案。',
      citations: [...SOURCES],
    }
  }
  return { ok: true, explanation: `入院时离开参保地不超过 ${MAX_MONTHS} 个月，可以按急诊办理备案。`, citations: [...SOURCES] }
}
