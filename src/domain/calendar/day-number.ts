/**
 * China dates as integers: a 'YYYY-MM-DD' date is the number of days since 1970-01-01.
 * All date arithmetic in the rules goes through these integers, parsed by hand, so it is fast
 * (no Date objects in the hot path) and cannot depend on the process time zone.
 * China has used UTC+8 all year since 1991 (no DST), so an instant's China date is the UTC date
 * of (instant + 8 h).
 */

export const MS_PER_DAY = 86_400_000
export const CHINA_OFFSET_MS = 8 * 3_600_000

const ZERO = 48 // '0'

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). No validation. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = month > 2 ? month - 3 : month + 9
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/**
 * Parses a 'YYYY-MM-DD' date (years 1000–9999) into its day number; NaN when the text is not a
 * real calendar date.
 */
export function parseDayNumber(date: string): number {
  if (typeof date !== 'string' || date.length !== 10) return NaN
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return NaN
  let year = 0
  for (let i = 0; i < 4; i++) {
    const d = date.charCodeAt(i) - ZERO
    if (d < 0 || d > 9) return NaN
    year = year * 10 + d
  }
  const m1 = date.charCodeAt(5) - ZERO
  const m2 = date.charCodeAt(6) - ZERO
  const d1 = date.charCodeAt(8) - ZERO
  const d2 = date.charCodeAt(9) - ZERO
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NaN
  const month = m1 * 10 + m2
  const day = d1 * 10 + d2
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN
  return dayNumberOf(year, month, day)
}

/** True when the text is a real 'YYYY-MM-DD' calendar date. */
export function isDateString(date: string): boolean {
  return !Number.isNaN(parseDayNumber(date))
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : '' + n)

/** The 'YYYY-MM-DD' text of a day number. */
export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber)
  return year + '-' + pad2(month) + '-' + pad2(day)
}

/** The last year yearOfDayNumber answered, with its first day and the first day of the next. */
let knownYear = { year: 0, from: 0, to: 0 }

/**
 * The year of a day number. The year found last is kept with its span (a memo: the answer is the
 * same as civilOf's), since the working-day counts ask it for day after day of one year (issue 15:
 * civilOf was a quarter of the emergency deadline's time).
 */
export function yearOfDayNumber(dayNumber: number): number {
  if (dayNumber >= knownYear.from && dayNumber < knownYear.to) return knownYear.year
  const { year } = civilOf(dayNumber)
  knownYear = { year, from: dayNumberOf(year, 1, 1), to: dayNumberOf(year + 1, 1, 1) }
  return year
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7
}

/** True for Saturday and Sunday. */
export function isWeekend(dayNumber: number): boolean {
  const w = weekdayOf(dayNumber)
  return w === 0 || w === 6
}

/** The China date (as a day number) of an instant, whatever the process time zone. */
export function chinaDayNumberOf(instant: Date): number {
  return Math.floor((instant.getTime() + CHINA_OFFSET_MS) / MS_PER_DAY)
}

/** The instant at which a China day begins (00:00 UTC+8), in milliseconds since the epoch. */
export function chinaDayStartMs(dayNumber: number): number {
  return dayNumber * MS_PER_DAY - CHINA_OFFSET_MS
}

/** ISO 8601 text with the China offset for the start (00:00) of a China day. */
export function chinaMidnightIso(dayNumber: number): string {
  return formatDayNumber(dayNumber) + 'T00:00:00+08:00'
}

/**
 * The last day of a period of whole months that starts on (and includes) `fromDay`.
 * Six months from 2025-01-15 run to 2025-07-14. When the month that ends the period has no
 * corresponding day (from 08-31, six months on there is no 02-31), the month's last day ends it,
 * so the period is never shorter than the months promised (民法典 第二百零二条).
 */
export function lastDayOfMonthsPeriod(fromDay: number, months: number): number {
  const { year, month, day } = civilOf(fromDay)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  const dim = daysInMonth(y, m)
  return day > dim ? dayNumberOf(y, m, dim) : dayNumberOf(y, m, day) - 1
}

/** Formats a day number for people: '2025 年 10 月 10 日'. */
export function formatChineseDate(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber)
  return year + ' 年 ' + month + ' 月 ' + day + ' 日'
}

/** Formats a day number for people without the year: '10 月 10 日'. */
export function formatChineseMonthDay(dayNumber: number): string {
  const { month, day } = civilOf(dayNumber)
  return month + ' 月 ' + day + ' 日'
}

/**
 * A 'YYYY-MM-DD' date as people read it: '2025-10-10' → '2025 年 10 月 10 日' (formatChineseDate);
 * text that is not such a date comes back as it is, never 'NaN 年'.
 */
export function chineseDateOf(date: string): string {
  const day = parseDayNumber(date)
  return Number.isNaN(day) ? date : formatChineseDate(day)
}

/** A 'YYYY-MM-DD' date without the year: '2025-10-10' → '10 月 10 日'; other text as it is. */
export function chineseMonthDayOf(date: string): string {
  const day = parseDayNumber(date)
  return Number.isNaN(day) ? date : formatChineseMonthDay(day)
}
