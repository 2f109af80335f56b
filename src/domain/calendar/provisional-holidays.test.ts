import { BUNDLED_CALENDAR, SCHEDULE_2025, SCHEDULE_2026, formatDayNumber } from '.'
import { plausibleDaysOff, provisionalHolidays } from './provisional-holidays'

describe('provisionalHolidays (全国年节及纪念日放假办法 2024, 第二条 and 第六条)', () => {
  it('2027: every statutory day, and the weekdays in lieu for those on a weekend', () => {
    expect(provisionalHolidays(2027).map((h) => `${h.date}${h.inLieu ? '补' : ''} ${h.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // 除夕 Fri
      '2027-02-06 春节', // 初一 Sat
      '2027-02-07 春节', // 初二 Sun
      '2027-02-08 春节', // 初三 Mon
      '2027-02-09补 春节',
      '2027-02-10补 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节', // Sat
      '2027-05-02 劳动节', // Sun
      '2027-05-03补 劳动节',
      '2027-05-04补 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节', // Sat
      '2027-10-03 国庆节', // Sun
      '2027-10-04补 国庆节',
      '2027-10-05补 国庆节',
    ])
  })

  it.each([
    [2025, '2025-06-02'], // 端午 Sat 05-31
    [2026, '2026-04-06 2026-05-04 2026-10-05'], // 清明 Sun 04-05; 劳动节 05-02 Sat, 05-03 Sun… one owed each
  ])('%i: days in lieu are %s', (year, lieu) => {
    expect(provisionalHolidays(year).filter((h) => h.inLieu).map((h) => h.date).join(' ')).toBe(lieu)
  })

  it.each([
    [2025, SCHEDULE_2025],
    [2026, SCHEDULE_2026],
  ])('%i: every day the provisional rule gives is a holiday in the official schedule', (year, schedule) => {
    const official = new Set(schedule.holidays.map((h) => h.date))
    const days = provisionalHolidays(year)
    expect(days.length).toBeGreaterThanOrEqual(13)
    expect(days.filter((h) => !official.has(h.date))).toEqual([])
  })

  it.each([
    [2025, SCHEDULE_2025],
    [2026, SCHEDULE_2026],
  ])('%i: the latest-deadline bound holds every official day off (no real notice widened beyond it)', (year, schedule) => {
    const plausible = new Set([...plausibleDaysOff(year)].map(formatDayNumber))
    expect(schedule.holidays.map((h) => h.date).filter((d) => !plausible.has(d))).toEqual([])
  })
})

describe('WorkingDayCalendar for a year not loaded', () => {
  it.each([
    ['2027-01-01', false, '元旦'], // Friday, statutory
    ['2027-01-04', true, null],
    ['2027-02-09', false, '春节补假'],
    ['2027-04-05', false, '清明节'],
    ['2027-05-03', false, '劳动节补假'],
    ['2027-06-09', false, '端午节'],
    ['2027-09-15', false, '中秋节'],
    ['2027-10-05', false, '国庆节补假'],
    ['2027-10-06', true, null],
  ])('%s working day: %s (%s)', (date, working, name) => {
    expect(BUNDLED_CALENDAR.isCovered(2027)).toBe(false)
    expect(BUNDLED_CALENDAR.isWorkingDay(date)).toBe(working)
    expect(BUNDLED_CALENDAR.holidayName(date)).toBe(name)
  })
})
