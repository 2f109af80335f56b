import { Lunar } from 'lunar-typescript'
import { dayNumberOf, formatDayNumber, isWeekend } from './day-number'

/** One statutory day off in a year without a published schedule. */
export interface ProvisionalHoliday {
  /** 'YYYY-MM-DD'. */
  date: string
  name: string
  /** True for a weekday given in lieu of a holiday that fell on a Saturday or Sunday (第六条). */
  inLieu: boolean
}

/** A statutory block and how far the State Council's yearly notice has ever widened it. */
interface StatutoryBlock {
  name: string
  days: number[]
  /** Calendar days before / after the statutory days the notice may add (bridging), see below. */
  widenBefore: number
  widenAfter: number
}

function solarDay(lunarYear: number, lunarMonth: number, lunarDay: number): number {
  const s = Lunar.fromYmd(lunarYear, lunarMonth, lunarDay).getSolar()
  return dayNumberOf(s.getYear(), s.getMonth(), s.getDay())
}

function qingmingDay(year: number): number {
  // The jieqi table of the lunar year starting in `year` holds that year's 清明 (early April).
  const s = Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明']
  return dayNumberOf(s.getYear(), s.getMonth(), s.getDay())
}

/**
 * The statutory blocks of 全国年节及纪念日放假办法 (revised 2024, 第二条) for a Gregorian year:
 * 元旦 1 (1-1), 春节 4 (除夕 … 初三), 清明 1 (the 清明 solar term), 劳动节 2 (5-1, 5-2), 端午 1 (五月初五),
 * 中秋 1 (八月十五), 国庆 3 (10-1 … 10-3). Lunar dates and 清明 from lunar-typescript.
 *
 * Widening bounds (the latest-deadline bound, a product choice checked against the 2025 and 2026
 * notices in provisional-holidays.test.ts): 春节 may start 2 days before 除夕 and run 5 days past 初三
 * (2026: 2-15 … 2-23); 国庆 may run 5 days past 10-3 (2025: to 10-8); any other holiday may gain up to
 * 3 days either side (the 3-day 小长假 with a bridged day, 2025 劳动节 5-1 … 5-5).
 */
function statutoryBlocks(year: number): StatutoryBlock[] {
  const newYear = solarDay(year, 1, 1)
  const chuxi = newYear - 1
  const d = (m: number, day: number) => dayNumberOf(year, m, day)
  return [
    { name: '元旦', days: [d(1, 1)], widenBefore: 3, widenAfter: 3 },
    { name: '春节', days: [chuxi, newYear, newYear + 1, newYear + 2], widenBefore: 2, widenAfter: 5 },
    { name: '清明节', days: [qingmingDay(year)], widenBefore: 3, widenAfter: 3 },
    { name: '劳动节', days: [d(5, 1), d(5, 2)], widenBefore: 3, widenAfter: 3 },
    { name: '端午节', days: [solarDay(year, 5, 5)], widenBefore: 3, widenAfter: 3 },
    { name: '中秋节', days: [solarDay(year, 8, 15)], widenBefore: 3, widenAfter: 3 },
    { name: '国庆节', days: [d(10, 1), d(10, 2), d(10, 3)], widenBefore: 0, widenAfter: 5 },
  ]
}

/**
 * Days off by law in `year` when no State Council schedule is loaded: every statutory holiday, and
 * for each one on a Saturday or Sunday a weekday in lieu — the next working day(s) after the
 * holiday run (全国年节及纪念日放假办法 第六条: 适逢星期六、星期日，应当在工作日补假).
 * Only days inside `year` are returned (除夕 of a 春节 in late January can fall in the year before;
 * that year's own call returns it). Sorted by date. SPEC §6; seed: 全国年节及纪念日放假办法 (2024).
 */
export function provisionalHolidays(year: number): ProvisionalHoliday[] {
  const off = new Map<number, ProvisionalHoliday>()
  for (const y of [year - 1, year]) {
    for (const b of statutoryBlocks(y)) {
      for (const day of b.days) off.set(day, { date: formatDayNumber(day), name: b.name, inLieu: false })
    }
  }
  for (const y of [year - 1, year]) {
    for (const b of statutoryBlocks(y)) {
      let owed = b.days.filter(isWeekend).length
      let day = Math.max(...b.days)
      while (owed > 0) {
        day++
        if (isWeekend(day) || off.has(day)) continue
        off.set(day, { date: formatDayNumber(day), name: b.name, inLieu: true })
        owed--
      }
    }
  }
  return [...off.entries()]
    .filter(([, h]) => h.date.startsWith(`${year}-`))
    .sort((a, b) => a[0] - b[0])
    .map(([, h]) => h)
}

/**
 * The day numbers of `year` that the yearly notice could plausibly make days off (the statutory days,
 * the days in lieu, and each block widened by its bound above). Counting these as days off gives the
 * latest date a provisional window could end on.
 */
export function plausibleDaysOff(year: number): Set<number> {
  const out = new Set<number>()
  const first = dayNumberOf(year, 1, 1)
  const last = dayNumberOf(year, 12, 31)
  for (const y of [year - 1, year, year + 1]) {
    for (const b of statutoryBlocks(y)) {
      const from = Math.min(...b.days) - b.widenBefore
      const to = Math.max(...b.days) + b.widenAfter
      for (let day = from; day <= to; day++) if (day >= first && day <= last) out.add(day)
    }
  }
  for (const h of provisionalHolidays(year)) out.add(dayNumberOf(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10))))
  return out
}
