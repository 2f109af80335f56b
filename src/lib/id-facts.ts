import { checkIdNumber } from '@/domain/validation/id-number'
import { chineseDateOf } from '@/domain/calendar/day-number'

/** What a valid ID number says, read back so a typo shows: '出生日期 1980 年 1 月 1 日，男'. */
export function idFacts(idNumber: string, today: string): string | undefined {
  const r = checkIdNumber(idNumber, today)
  return r.ok ? `出生日期 ${chineseDateOf(r.value.birthDate)}，${r.value.sex === 'M' ? '男' : '女'}` : undefined
}
