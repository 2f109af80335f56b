import fc from 'fast-check'
import {
  chinaDayNumberOf,
  chinaMidnightIso,
  formatDayNumber,
  lastDayOfMonthsPeriod,
  parseDayNumber,
  civilOf,
  yearOfDayNumber,
  weekdayOf,
} from './day-number'

const day = (s: string) => parseDayNumber(s)

describe('parseDayNumber / formatDayNumber', () => {
  // date | days since 1970-01-01 | weekday (0 Sun … 6 Sat)
  it.each([
    ['1970-01-01', 0, 4],
    ['2000-02-29', 11_016, 2],
    ['2025-09-26', 20_357, 5], // SPEC §6 worked example: a Friday
    ['2025-09-28', 20_359, 0],
    ['2026-02-14', 20_498, 6],
  ])('%s is day %i, weekday %i', (date, n, weekday) => {
    expect(parseDayNumber(date)).toBe(n)
    expect(formatDayNumber(n)).toBe(date)
    expect(weekdayOf(n)).toBe(weekday)
  })

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-01', '20250101', '2025/01/01', 'abcd-ef-gh', '', '2025-04-31'])(
    'rejects %p',
    (text) => expect(parseDayNumber(text)).toBeNaN(),
  )

  it('round-trips every date and agrees with Date.UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 2_900_000 }), (n) => {
        const text = formatDayNumber(n)
        expect(parseDayNumber(text)).toBe(n)
        expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(text)
        expect(weekdayOf(n)).toBe(new Date(n * 86_400_000).getUTCDay())
      }),
    )
  })
})

describe('chinaDayNumberOf: China time is UTC+8 whatever the process TZ', () => {
  // instant | China date
  it.each([
    ['2025-10-10T15:59:59.999Z', '2025-10-10'],
    ['2025-10-10T16:00:00.000Z', '2025-10-11'],
    ['2025-10-10T23:59:59+08:00', '2025-10-10'],
    ['2025-10-11T00:00:00+08:00', '2025-10-11'],
    ['2025-10-10T12:00:00-04:00', '2025-10-11'],
  ])('%s is %s in China', (instant, date) => {
    expect(formatDayNumber(chinaDayNumberOf(new Date(instant)))).toBe(date)
  })

  it('the start of a China day is 00:00+08:00', () => {
    expect(chinaMidnightIso(day('2025-10-11'))).toBe('2025-10-11T00:00:00+08:00')
  })
})

describe('lastDayOfMonthsPeriod (民法典 第二百零二条: no corresponding day → the month end)', () => {
  // from | months | last day
  it.each([
    ['2025-01-15', 6, '2025-07-14'],
    ['2025-01-01', 6, '2025-06-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-08-30', 6, '2026-02-28'],
    ['2025-08-29', 6, '2026-02-28'],
    ['2025-08-28', 6, '2026-02-27'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-10-01', 3, '2025-12-31'],
  ])('%s + %i months ends %s', (from, months, last) => {
    expect(formatDayNumber(lastDayOfMonthsPeriod(day(from), months))).toBe(last)
  })

  it('a period is never shorter than 28×months days nor ends before its start (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 24 }), (from, months) => {
        const last = lastDayOfMonthsPeriod(from, months)
        expect(last - from + 1).toBeGreaterThanOrEqual(28 * months)
        expect(last - from + 1).toBeLessThanOrEqual(31 * months + 1)
      }),
    )
  })
})

describe('yearOfDayNumber (the year found last is kept: the answer is civilOf’s, in any order)', () => {
  it('agrees with civilOf day by day over four years, forwards, backwards and jumping', () => {
    const first = parseDayNumber('2023-12-25')
    const days = Array.from({ length: 4 * 366 }, (_, i) => first + i)
    const jumping = days.map((_, i) => days[(i * 7919) % days.length])
    for (const order of [days, [...days].reverse(), jumping]) {
      for (const d of order) expect(yearOfDayNumber(d)).toBe(civilOf(d).year)
    }
  })

  it('the first and last day of a year, around the year kept', () => {
    expect(yearOfDayNumber(parseDayNumber('2025-06-01'))).toBe(2025)
    expect(yearOfDayNumber(parseDayNumber('2025-12-31'))).toBe(2025)
    expect(yearOfDayNumber(parseDayNumber('2026-01-01'))).toBe(2026)
    expect(yearOfDayNumber(parseDayNumber('2024-12-31'))).toBe(2024)
    expect(yearOfDayNumber(parseDayNumber('2025-01-01'))).toBe(2025)
  })
})
