import { formatDayNumber, isWeekend, parseDayNumber, yearOfDayNumber } from './day-number'
import { plausibleDaysOff, provisionalHolidays } from './provisional-holidays'
import type { YearSchedule } from './year-schedule'

/** A run of consecutive days off under one name, e.g. 国庆节、中秋节 2025-10-01 … 2025-10-08. */
export interface HolidayBlock {
  name: string
  from: string
  to: string
  fromDay: number
  toDay: number
}

/**
 * The official working-day calendar built from the years that are loaded. A day is a working day
 * when the notice makes it one (调休上班), else when it is not a day off and not a weekend.
 * For a year that is not loaded the calendar goes by weekends, the statutory holidays of
 * 全国年节及纪念日放假办法 and their days in lieu (`provisionalHolidays`): callers must check
 * `isCovered` and say the answer is provisional.
 */
export interface WorkingDayCalendar {
  /** Years loaded, ascending. */
  readonly years: readonly number[]
  isCovered(year: number): boolean
  /** Working day? ('YYYY-MM-DD'; false for text that is not a date). */
  isWorkingDay(date: string): boolean
  /** Working day? by day number, for the hot path. */
  isWorkingDayNumber(dayNumber: number): boolean
  /** The holiday a date belongs to ('春节' …), or null. */
  holidayName(date: string): string | null
  /** The holiday a make-up working day belongs to, or null when the date is not one. */
  makeupWorkdayName(date: string): string | null
  /** The block of days off that holds a day, if any. */
  holidayBlockOf(dayNumber: number): HolidayBlock | undefined
  /** The year's schedule as loaded, if any. */
  schedule(year: number): YearSchedule | undefined
  /**
   * Could the day be a working day once the year's notice is out? Same as `isWorkingDayNumber` for a
   * loaded year; for a year not loaded, false also for every day the notice could plausibly add
   * (see `plausibleDaysOff`), so counting with it gives the latest date a window could end on.
   */
  isSurelyWorkingDayNumber(dayNumber: number): boolean
}

/**
 * Builds a calendar from year schedules. When a year appears twice, the later schedule wins
 * (the server can replace a bundled year with a corrected one).
 */
export function createWorkingDayCalendar(schedules: readonly YearSchedule[]): WorkingDayCalendar {
  const byYear = new Map<number, YearSchedule>()
  for (const s of schedules) byYear.set(s.year, s)

  const blocks = new Map<number, HolidayBlock>()
  const makeups = new Map<number, string>()
  for (const s of byYear.values()) {
    const days = s.holidays
      .map((h) => ({ day: parseDayNumber(h.date), name: h.name }))
      .filter((h) => !Number.isNaN(h.day))
      .sort((a, b) => a.day - b.day)
    let block: HolidayBlock | undefined
    for (const h of days) {
      if (block && block.name === h.name && block.toDay + 1 >= h.day) {
        block.toDay = h.day
        block.to = formatDayNumber(h.day)
      } else {
        block = { name: h.name, from: formatDayNumber(h.day), to: formatDayNumber(h.day), fromDay: h.day, toDay: h.day }
      }
      blocks.set(h.day, block)
    }
    for (const m of s.makeupWorkdays) {
      const day = parseDayNumber(m.date)
      if (!Number.isNaN(day)) makeups.set(day, m.name)
    }
  }
  for (const b of new Set(blocks.values())) Object.freeze(b)

  const years = Object.freeze([...byYear.keys()].sort((a, b) => a - b))

  // Provisional years, built on first use (pure: the same year always gives the same days).
  const provisional = new Map<number, { blocks: Map<number, HolidayBlock>; plausible: Set<number> }>()
  const provisionalYear = (year: number) => {
    let p = provisional.get(year)
    if (p === undefined) {
      const pBlocks = new Map<number, HolidayBlock>()
      let block: HolidayBlock | undefined
      for (const h of provisionalHolidays(year)) {
        const day = parseDayNumber(h.date)
        const name = h.inLieu ? `${h.name}补假` : h.name
        if (block && block.name === name && block.toDay + 1 >= day) {
          block.toDay = day
          block.to = h.date
        } else {
          block = { name, from: h.date, to: h.date, fromDay: day, toDay: day }
        }
        pBlocks.set(day, block)
      }
      for (const b of new Set(pBlocks.values())) Object.freeze(b)
      p = { blocks: pBlocks, plausible: plausibleDaysOff(year) }
      provisional.set(year, p)
    }
    return p
  }
  const blockOf = (dayNumber: number): HolidayBlock | undefined => {
    if (!Number.isFinite(dayNumber)) return undefined
    const year = yearOfDayNumber(dayNumber)
    return byYear.has(year) ? blocks.get(dayNumber) : provisionalYear(year).blocks.get(dayNumber)
  }

  const isWorkingDayNumber = (dayNumber: number): boolean => {
    if (makeups.has(dayNumber)) return true
    if (blockOf(dayNumber) !== undefined) return false
    return !isWeekend(dayNumber)
  }
  const isSurelyWorkingDayNumber = (dayNumber: number): boolean => {
    const year = yearOfDayNumber(dayNumber)
    if (byYear.has(year)) return isWorkingDayNumber(dayNumber)
    return !isWeekend(dayNumber) && !provisionalYear(year).plausible.has(dayNumber)
  }

  return Object.freeze({
    years,
    isCovered: (year: number) => byYear.has(year),
    isWorkingDay: (date: string) => {
      const day = parseDayNumber(date)
      return !Number.isNaN(day) && isWorkingDayNumber(day)
    },
    isWorkingDayNumber,
    holidayName: (date: string) => blockOf(parseDayNumber(date))?.name ?? null,
    makeupWorkdayName: (date: string) => makeups.get(parseDayNumber(date)) ?? null,
    holidayBlockOf: blockOf,
    schedule: (year: number) => byYear.get(year),
    isSurelyWorkingDayNumber,
  })
}
