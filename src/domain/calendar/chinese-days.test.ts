// Cross-checks the bundled State Council schedules against an independent record of them
// (the chinese-days package, a dev dependency), for every day of every bundled year.
// chinese-days' own isWorkday() reads dates in the process time zone (it is off by a day under
// America/New_York), so the reference is built from its per-year data files, with weekends from UTC.
import { BUNDLED_CALENDAR } from './bundled'
import { BUNDLED_SCHEDULES } from './data'
import { formatDayNumber, parseDayNumber } from './day-number'

interface ChineseDaysYear {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (year: number): ChineseDaysYear => require(`chinese-days/dist/years/${year}.json`)

const isWeekendUtc = (date: string) => [0, 6].includes(new Date(date + 'T00:00:00Z').getUTCDay())

describe.each(BUNDLED_SCHEDULES.map((s) => [s.year]))('%i agrees with chinese-days on every day', (year) => {
  const reference = load(year)
  const days: string[] = []
  for (let d = parseDayNumber(`${year}-01-01`); d <= parseDayNumber(`${year}-12-31`); d++) days.push(formatDayNumber(d))
  const referenceWorking = (date: string) =>
    date in reference.workdays ? true : date in reference.holidays ? false : !isWeekendUtc(date)

  it(`covers all ${days.length} days: working day or not`, () => {
    expect(days.length).toBeGreaterThanOrEqual(365)
    const mismatches = days.filter((date) => BUNDLED_CALENDAR.isWorkingDay(date) !== referenceWorking(date))
    expect(mismatches).toEqual([])
  })

  it('has the same days off and the same make-up working days', () => {
    expect(days.filter((d) => BUNDLED_CALENDAR.holidayName(d) !== null)).toEqual(Object.keys(reference.holidays).sort())
    expect(days.filter((d) => BUNDLED_CALENDAR.makeupWorkdayName(d) !== null)).toEqual(Object.keys(reference.workdays).sort())
  })
})

describe('chinese-days API, where the process runs on China time', () => {
  const chinaTz = -new Date('2025-06-01T00:00:00Z').getTimezoneOffset() === 480
  ;(chinaTz ? it : it.skip)('isWorkday() agrees for every bundled day', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { isWorkday } = require('chinese-days') as { isWorkday: (d: string) => boolean }
    for (const s of BUNDLED_SCHEDULES) {
      for (let d = parseDayNumber(`${s.year}-01-01`); d <= parseDayNumber(`${s.year}-12-31`); d++) {
        const date = formatDayNumber(d)
        expect([date, BUNDLED_CALENDAR.isWorkingDay(date)]).toEqual([date, isWorkday(date)])
      }
    }
  })
})
