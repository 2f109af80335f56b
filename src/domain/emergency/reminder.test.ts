import { BUNDLED_CALENDAR, parseDayNumber, previousWorkingDayNumber, type WorkingDayCalendar } from '@/domain/calendar'
import { emergencyShapeFields } from './shape'
import { deadlineReminderDue } from './reminder'

// Issue 12: the reminder date is counted on the domain calendar, with no silent cap.
describe('deadlineReminderDue (SPEC §6: 09:00 on the working day before the last day)', () => {
  it.each([
    // [deadline, now, due (UTC ISO) or null]
    ['2025-10-09', '2025-09-26T02:00:00Z', '2025-09-30T01:00:00.000Z'], // 国庆中秋 2025-10-01..08 off
    ['2025-09-29', '2025-09-26T02:00:00Z', '2025-09-28T01:00:00.000Z'], // 2025-09-28 Sunday is a make-up working day
    ['2025-09-24', '2025-09-22T02:00:00Z', '2025-09-23T01:00:00.000Z'],
    ['2025-09-24', '2025-09-23T01:00:00Z', null], // the moment has come: no reminder
    ['2025-09-24', '2025-09-23T02:00:00Z', null],
    ['not a date', '2025-09-22T02:00:00Z', null],
  ])('deadline %s, now %s → %s', (deadline, now, due) => {
    expect(deadlineReminderDue(deadline, BUNDLED_CALENDAR, new Date(now))?.toISOString() ?? null).toBe(due)
  })

  it('finds the working day even after a break longer than 60 days (the old loop gave up and used a day off)', () => {
    const lastWorking = parseDayNumber('2025-06-30')
    const calendar: WorkingDayCalendar = { ...BUNDLED_CALENDAR, isWorkingDayNumber: (d: number) => d <= lastWorking }
    expect(previousWorkingDayNumber(calendar, parseDayNumber('2025-09-10'))).toBe(lastWorking)
    expect(deadlineReminderDue('2025-09-10', calendar, new Date('2025-06-01T00:00:00Z'))?.toISOString()).toBe('2025-06-30T01:00:00.000Z')
  })

  it('refuses a calendar with no working day at all rather than guess', () => {
    const calendar: WorkingDayCalendar = { ...BUNDLED_CALENDAR, isWorkingDayNumber: () => false }
    expect(() => previousWorkingDayNumber(calendar, parseDayNumber('2025-09-10'))).toThrow('the calendar is broken')
  })
})

describe('emergencyShapeFields (SPEC §6), the rule the server applies to an emergency body', () => {
  it.each([
    [{ startDate: '2025-09-26', emergency: { admittedOn: '2025-09-26' } }, {}],
    [{ startDate: '2025-09-25', emergency: { admittedOn: '2025-09-26' } }, { startDate: '急诊备案从入院那天起算，开始日期请填入院日期' }],
    [{ startDate: '2025-09-26', endDate: '2025-10-26', emergency: { admittedOn: '2025-09-26' } }, { endDate: '急诊备案只管这一次住院，不用填结束日期，请去掉' }],
    [{ startDate: '2025-09-26', commitment: { signedName: '张三' }, multiPlace: true }, {
      commitment: '急诊备案不能用承诺书代替，请上传急诊诊断证明、门诊病历或入院记录',
      multiPlace: '急诊备案不能同时备案多个地方，请去掉',
    }],
  ])('%j → %j', (body, fields) => {
    expect(emergencyShapeFields(body)).toEqual(fields)
  })
})
