import { SCHEDULE_2025, SCHEDULE_2026 } from './data'
import { BUNDLED_CALENDAR } from './bundled'
import { parseDayNumber } from './day-number'
import { scheduleForYear } from './schedule-for-year'
import { createWorkingDayCalendar } from './working-day-calendar'
import { parseYearSchedule, type YearSchedule } from './year-schedule'

const cal = BUNDLED_CALENDAR

describe('WorkingDayCalendar with the State Council schedules', () => {
  // date | working day? | holiday name | make-up name | source
  it.each<[string, boolean, string | null, string | null, string]>([
    ['2025-01-01', false, '元旦', null, '国办发明电〔2024〕12号 一'],
    ['2025-01-26', true, null, '春节', '国办发明电〔2024〕12号 二: 1月26日（周日）上班'],
    ['2025-02-04', false, '春节', null, '国办发明电〔2024〕12号 二'],
    ['2025-02-08', true, null, '春节', '国办发明电〔2024〕12号 二: 2月8日（周六）上班'],
    ['2025-09-27', false, null, null, 'a plain Saturday'],
    ['2025-09-28', true, null, '国庆节、中秋节', '国办发明电〔2024〕12号 六: 9月28日（周日）上班'],
    ['2025-10-06', false, '国庆节、中秋节', null, '国办发明电〔2024〕12号 六: one block Oct 1-8'],
    ['2025-10-08', false, '国庆节、中秋节', null, '国办发明电〔2024〕12号 六'],
    ['2025-10-09', true, null, null, 'a plain Thursday'],
    ['2025-10-11', true, null, '国庆节、中秋节', '国办发明电〔2024〕12号 六: 10月11日（周六）上班'],
    ['2026-01-04', true, null, '元旦', '国办发明电〔2025〕7号: 1月4日（周日）上班'],
    ['2026-02-14', true, null, '春节', '国办发明电〔2025〕7号: 2月14日（周六）上班'],
    ['2026-02-15', false, '春节', null, '国办发明电〔2025〕7号: 2月15日至23日'],
    ['2026-02-23', false, '春节', null, '国办发明电〔2025〕7号'],
    ['2026-02-28', true, null, '春节', '国办发明电〔2025〕7号: 2月28日（周六）上班'],
    ['2026-09-25', false, '中秋节', null, '国办发明电〔2025〕7号'],
    ['2026-10-10', true, null, '国庆节', '国办发明电〔2025〕7号: 10月10日（周六）上班'],
  ])('%s: working %p, holiday %p, make-up %p (%s)', (date, working, holiday, makeup) => {
    expect(cal.isWorkingDay(date)).toBe(working)
    expect(cal.holidayName(date)).toBe(holiday)
    expect(cal.makeupWorkdayName(date)).toBe(makeup)
  })

  it('knows which years it covers', () => {
    expect(cal.years).toEqual([2025, 2026])
    expect(cal.isCovered(2025)).toBe(true)
    expect(cal.isCovered(2026)).toBe(true)
    expect(cal.isCovered(2027)).toBe(false)
  })

  it('groups consecutive days off into named blocks', () => {
    expect(cal.holidayBlockOf(parseDayNumber('2025-10-05'))).toMatchObject({ name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' })
    expect(cal.holidayBlockOf(parseDayNumber('2026-09-27'))).toMatchObject({ name: '中秋节', from: '2026-09-25', to: '2026-09-27' })
    expect(cal.holidayBlockOf(parseDayNumber('2026-10-01'))).toMatchObject({ name: '国庆节', from: '2026-10-01', to: '2026-10-07' })
    expect(cal.holidayBlockOf(parseDayNumber('2026-10-09'))).toBeUndefined()
  })

  it('answers false, not a guess, for text that is not a date', () => {
    expect(cal.isWorkingDay('2025-02-30')).toBe(false)
    expect(cal.holidayName('nonsense')).toBeNull()
  })

  it('adds a year at run time and lets a later schedule replace an earlier one', () => {
    const y2027: YearSchedule = {
      year: 2027,
      holidays: [{ date: '2027-01-01', name: '元旦' }],
      makeupWorkdays: [],
      source: { notice: 'TEST', title: 'test', publishedOn: '2026-11-01' },
    }
    const corrected: YearSchedule = { ...SCHEDULE_2025, holidays: [], makeupWorkdays: [] }
    const c = createWorkingDayCalendar([SCHEDULE_2025, SCHEDULE_2026, y2027, corrected])
    expect(c.years).toEqual([2025, 2026, 2027])
    expect(c.isWorkingDay('2027-01-01')).toBe(false)
    expect(c.isWorkingDay('2025-10-01')).toBe(true)
    expect(c.isWorkingDay('2025-09-28')).toBe(false)
  })

  it('does not mutate the schedules it is built from', () => {
    const copy = JSON.parse(JSON.stringify(SCHEDULE_2026))
    createWorkingDayCalendar([SCHEDULE_2026])
    expect(SCHEDULE_2026).toEqual(copy)
  })
})

describe('bundled data integrity', () => {
  it.each([SCHEDULE_2025, SCHEDULE_2026])('$year: no day both off and on, make-up days are weekends, holidays named', (s) => {
    const off = new Set(s.holidays.map((h) => h.date))
    for (const m of s.makeupWorkdays) {
      expect(off.has(m.date)).toBe(false)
      const w = new Date(m.date + 'T00:00:00Z').getUTCDay()
      expect([0, 6]).toContain(w)
    }
    for (const h of s.holidays) expect(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节', '国庆节、中秋节']).toContain(h.name)
    expect(parseYearSchedule(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, value: s })
  })

  it('names the notices', () => {
    expect(SCHEDULE_2025.source.notice).toBe('国办发明电〔2024〕12号')
    expect(SCHEDULE_2026.source.notice).toBe('国办发明电〔2025〕7号')
  })
})

describe('parseYearSchedule (data loaded at run time)', () => {
  it.each([
    [null, '应为一个对象'],
    [{ year: 'x' }, 'year'],
    [{ year: 2027, holidays: [{ date: '2026-01-01', name: '元旦' }], makeupWorkdays: [], source: { notice: 'a', title: 'b', publishedOn: '2026-11-01' } }, '不是 2027 年'],
    [{ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [{ date: '2027-01-01', name: '元旦' }], source: { notice: 'a', title: 'b', publishedOn: '2026-11-01' } }, '既放假又上班'],
    [{ year: 2027, holidays: [], makeupWorkdays: [] }, 'source'],
  ])('rejects %j', (raw, hint) => {
    const r = parseYearSchedule(raw)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.code).toBe('CALENDAR_DATA_INVALID')
      expect(r.message).toContain(hint)
    }
  })
})

describe('scheduleForYear (GET /api/calendar/:year)', () => {
  it('answers { year, holidays, makeupWorkdays, source } for a loaded year', () => {
    const r = scheduleForYear(cal, 2025)
    expect(r.ok && Object.keys(r.value).sort()).toEqual(['holidays', 'makeupWorkdays', 'source', 'year'])
  })
  it('answers CALENDAR_YEAR_NOT_COVERED for a year not loaded', () => {
    const r = scheduleForYear(cal, 2027)
    expect(r).toMatchObject({ ok: false, code: 'CALENDAR_YEAR_NOT_COVERED' })
  })
})
