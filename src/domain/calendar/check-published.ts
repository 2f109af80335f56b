import { fail, ok, type Result } from '@/domain/errors'
import { provisionalHolidays } from './provisional-holidays'
import { parseYearSchedule, type YearSchedule } from './year-schedule'

/** A published year's schedule as staff are about to add it, and what it holds. */
export interface PublishedScheduleCheck {
  schedule: YearSchedule
  /** Plain Chinese summary for the person adding the file. */
  summary: string
}

/**
 * Checks a State Council schedule file before staff drop it into CALENDAR_DIR
 * (`npm run review -- calendar check <file>`): the shape parseYearSchedule checks, and that every
 * statutory day of 全国年节及纪念日放假办法 (2024, 第二条) for that year is a day off in it — a yearly
 * notice only adds days (bridging, 第六条 days in lieu), it never takes a statutory day away, so a
 * file missing one has a typing mistake. Weekday days in lieu are not required: the notice may
 * place them differently. Answers CALENDAR_DATA_INVALID naming every problem.
 * @param raw the parsed JSON of the file
 */
export function checkPublishedSchedule(raw: unknown): Result<PublishedScheduleCheck> {
  const parsed = parseYearSchedule(raw)
  if (!parsed.ok) return parsed
  const schedule = parsed.value
  const off = new Set(schedule.holidays.map((d) => d.date))
  const missing = provisionalHolidays(schedule.year).filter((h) => !h.inLieu && !off.has(h.date))
  if (missing.length > 0) {
    return fail(
      'CALENDAR_DATA_INVALID',
      `${schedule.year} 年的放假安排漏了法定节假日：` +
        missing.map((h) => `${h.date}（${h.name}）`).join('、') +
        '。法定节假日每年都放，请对照国务院办公厅的通知改正后再检查。',
    )
  }
  return ok({
    schedule,
    summary:
      `${schedule.year} 年放假安排可以用：放假 ${schedule.holidays.length} 天，调休上班 ${schedule.makeupWorkdays.length} 天，` +
      `来源 ${schedule.source.notice}（${schedule.source.publishedOn}）。把文件放进服务器的 CALENDAR_DIR 文件夹，重启服务器后生效，不用发新版小程序。`,
  })
}
