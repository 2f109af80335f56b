import { fail, ok, type Result } from '@/domain/errors'
import { parseDayNumber } from './day-number'

/** One dated entry of the State Council's schedule: a day off, or a make-up working day (调休上班). */
export interface ScheduleDay {
  date: string
  /** The holiday it belongs to, as the notice names it: '春节', '国庆节、中秋节' … */
  name: string
}

/** The notice a year's schedule comes from. */
export interface ScheduleSource {
  /** The notice's number, e.g. '国办发明电〔2024〕12号'. */
  notice: string
  title: string
  /** 'YYYY-MM-DD'. */
  publishedOn: string
  url?: string
  /** Anything a reviewer should know about how sure this record is. */
  note?: string
}

/**
 * One year of the official working-day calendar, as served by `GET /api/calendar/:year`:
 * `{ year, holidays, makeupWorkdays, source }`.
 */
export interface YearSchedule {
  year: number
  /** Statutory days off (法定节假日及调休放假日), weekends inside a holiday block included. */
  holidays: readonly ScheduleDay[]
  /** Weekend days that are working days by the notice (调休上班). */
  makeupWorkdays: readonly ScheduleDay[]
  source: ScheduleSource
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function parseDays(raw: unknown, year: number, field: string, problems: string[]): ScheduleDay[] {
  if (!Array.isArray(raw)) {
    problems.push(`${field} 应为列表`)
    return []
  }
  const days: ScheduleDay[] = []
  raw.forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.date !== 'string' || typeof entry.name !== 'string' || entry.name.trim() === '') {
      problems.push(`${field}[${i}] 应为 { date, name }`)
      return
    }
    if (Number.isNaN(parseDayNumber(entry.date)) || !entry.date.startsWith(String(year))) {
      problems.push(`${field}[${i}] 的日期 ${entry.date} 不是 ${year} 年的有效日期`)
      return
    }
    days.push({ date: entry.date, name: entry.name })
  })
  return days
}

/**
 * Checks a year's schedule loaded at run time (a data file added on the server without an app
 * release) and returns it typed, or CALENDAR_DATA_INVALID naming every problem at once.
 */
export function parseYearSchedule(raw: unknown): Result<YearSchedule> {
  if (!isRecord(raw)) return fail('CALENDAR_DATA_INVALID', '放假安排数据格式不对：应为一个对象。')
  const problems: string[] = []
  const year = raw.year
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    return fail('CALENDAR_DATA_INVALID', '放假安排数据格式不对：year 应为四位年份。')
  }
  const holidays = parseDays(raw.holidays, year, 'holidays', problems)
  const makeupWorkdays = parseDays(raw.makeupWorkdays, year, 'makeupWorkdays', problems)
  const off = new Set(holidays.map((d) => d.date))
  for (const d of makeupWorkdays) if (off.has(d.date)) problems.push(`${d.date} 不能既放假又上班`)
  const source = raw.source
  if (
    !isRecord(source) ||
    typeof source.notice !== 'string' ||
    typeof source.title !== 'string' ||
    typeof source.publishedOn !== 'string' ||
    Number.isNaN(parseDayNumber(source.publishedOn))
  ) {
    problems.push('source 应为 { notice, title, publishedOn }')
  }
  if (problems.length > 0) return fail('CALENDAR_DATA_INVALID', `${year} 年放假安排数据有误：${problems.join('；')}。`)
  const src = source as Record<string, unknown>
  return ok({
    year,
    holidays,
    makeupWorkdays,
    source: {
      notice: src.notice as string,
      title: src.title as string,
      publishedOn: src.publishedOn as string,
      ...(typeof src.url === 'string' ? { url: src.url } : {}),
      ...(typeof src.note === 'string' ? { note: src.note } : {}),
    },
  })
}
