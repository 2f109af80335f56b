import fc from 'fast-check'
import { checkDateRange, checkNotInFuture, checkStartVsAdmission, isValidDate } from './date-range'

describe('isValidDate: strict YYYY-MM-DD, a real calendar date (SPEC §9)', () => {
  // input | valid
  it.each<[string, boolean]>([
    ['2025-09-26', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-02-28', true],
    ['2025-02-29', false],
    ['1900-02-29', false], // divisible by 100, not 400
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-9-26', false],
    ['2025-09-6', false],
    ['20250926', false],
    ['2025/09/26', false],
    [' 2025-09-26', false],
    ['2025-09-26T00:00', false],
    ['1899-12-31', false],
    ['', false],
  ])('%p → %p', (input, valid) => {
    expect(isValidDate(input)).toBe(valid)
  })

  it('agrees with the UTC calendar for every day 1900-2199 (property)', () => {
    const day = 24 * 60 * 60 * 1000
    const start = Date.UTC(1900, 0, 1)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 366 }), (n) => {
        const iso = new Date(start + n * day).toISOString().slice(0, 10)
        expect(isValidDate(iso)).toBe(true)
      }),
    )
  })
})

describe('checkDateRange: start ≤ end (SPEC §9; 004 表8 备案起止时间)', () => {
  // start | end | code or null
  it.each<[string, string, string | null]>([
    ['2025-10-01', '2026-03-31', null],
    ['2025-10-01', '2025-10-01', null],
    ['2025-10-02', '2025-10-01', 'DATE_RANGE_INVERTED'],
    ['2025-02-30', '2025-10-01', 'DATE_INVALID'],
    ['2025-10-01', '2025-10-32', 'DATE_INVALID'],
    ['', '2025-10-01', 'REQUIRED'],
    ['2025-10-01', '', 'REQUIRED'],
  ])('%p to %p → %p', (start, end, code) => {
    const r = checkDateRange(start, end)
    if (code === null) expect(r).toEqual({ ok: true, value: { start, end } })
    else expect(r).toMatchObject({ ok: false, code })
  })

  it('says which dates and what to do', () => {
    const r = checkDateRange('2025-10-02', '2025-10-01')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toBe('结束日期（2025 年 10 月 1 日）比开始日期（2025 年 10 月 2 日）还早，请把结束日期改到开始日期当天或以后')
  })

  it('accepts exactly the ordered pairs (property)', () => {
    const date = fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(checkDateRange(a, b).ok).toBe(a <= b)
      }),
    )
  })
})

describe('checkNotInFuture (SPEC §9: admission not in the future)', () => {
  const today = '2025-09-26'
  // date | code or null
  it.each<[string, string | null]>([
    ['2025-09-26', null],
    ['2025-09-25', null],
    ['2025-09-27', 'DATE_IN_FUTURE'],
    ['2026-01-01', 'DATE_IN_FUTURE'],
    ['2025-09-31', 'DATE_INVALID'],
    ['', 'REQUIRED'],
  ])('%p on %s → %p', (date, code) => {
    const r = checkNotInFuture(date, today, '入院日期')
    if (code === null) expect(r).toEqual({ ok: true, value: date })
    else expect(r).toMatchObject({ ok: false, code })
  })

  it('names the date and today in the message', () => {
    const r = checkNotInFuture('2025-09-27', today, '入院日期')
    if (!r.ok) expect(r.message).toBe('入院日期不能晚于今天（2025 年 9 月 26 日），请选今天或以前实际发生的日期')
    expect(r.ok).toBe(false)
  })
})

describe('checkStartVsAdmission: start on or before admission (SPEC §4; 004 表8 温馨提示5)', () => {
  // start | admitted | code or null
  it.each<[string, string, string | null]>([
    ['2025-09-26', '2025-09-26', null],
    ['2025-09-20', '2025-09-26', null],
    ['2025-09-27', '2025-09-26', 'START_AFTER_ADMISSION'],
    ['2025-09-26', '2025-09-31', 'DATE_INVALID'],
    ['', '2025-09-26', 'REQUIRED'],
  ])('start %p, admitted %p → %p', (start, admitted, code) => {
    const r = checkStartVsAdmission(start, admitted)
    if (code === null) expect(r).toEqual({ ok: true, value: { startDate: start, admittedOn: admitted } })
    else expect(r).toMatchObject({ ok: false, code })
  })

  it('tells the person the date to use instead', () => {
    const r = checkStartVsAdmission('2025-09-28', '2025-09-26')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/请把备案开始日期改成入院当天（2025 年 9 月 26 日）或更早/)
  })
})

