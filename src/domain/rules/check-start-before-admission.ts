import { cite } from '@/domain/citation'
import { chineseDateOf, parseDayNumber } from '@/domain/calendar/day-number'
import type { Check } from './check'

const SOURCE = cite('JX_2023', '表8 温馨提示5')

/**
 * For direct settlement of a stay already begun, the filing must start on or before the admission
 * date (004 表8 温馨提示5).
 */
export function checkStartBeforeAdmission(input: { startDate: string; admittedOn: string }): Check {
  const start = parseDayNumber(input.startDate)
  const admitted = parseDayNumber(input.admittedOn)
  if (Number.isNaN(start) || Number.isNaN(admitted)) {
    return { ok: false, code: 'DATE_INVALID', message: '请按“年-月-日”填写备案开始日期和入院日期。', citations: [SOURCE] }
  }
  if (start > admitted) {
    return {
      ok: false,
      code: 'START_AFTER_ADMISSION',
      message: `已经办理入院的，备案开始日期要不晚于入院日期（${chineseDateOf(input.admittedOn)}），否则这次住院不能直接结算。请把开始日期改到入院当天或更早。`,
      citations: [SOURCE],
    }
  }
  return { ok: true, explanation: '备案开始日期不晚于入院日期，这次住院可以直接结算。', citations: [SOURCE] }
}
