import { readFile, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseYearSchedule, type YearSchedule } from '@/domain/calendar'
import { ConfigError, DEFAULT_CALENDAR_DIR } from '@server/config'

export interface CalendarFile {
  /** Absolute path, for the log and for error messages. */
  file: string
  schedule: YearSchedule
}

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code

/**
 * Reads every `*.json` file in `dir` as one year's State Council schedule, checked by the domain's
 * parseYearSchedule, so a new year can be added on the server without an app release.
 * Nothing is skipped: a file that cannot be used stops the start, naming the file and the problem,
 * because a wrong or missing holiday list would silently give people wrong deadlines.
 * Only the default folder may be missing (a fresh checkout has none).
 */
export async function readCalendarDir(dir: string): Promise<CalendarFile[]> {
  const folder = resolve(dir)
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (cause) {
    if (errnoOf(cause) === 'ENOENT' && dir === DEFAULT_CALENDAR_DIR) return []
    const why = errnoOf(cause) === 'ENOENT' ? '不存在' : errnoOf(cause) === 'ENOTDIR' ? '不是文件夹' : '打不开'
    throw new ConfigError(`CALENDAR_DIR 指向的 ${folder} ${why}，请改正 CALENDAR_DIR 或建好这个文件夹后重启`, { cause })
  }

  const files: CalendarFile[] = []
  const fileOfYear = new Map<number, string>()
  for (const name of names.filter((n) => /\.json$/i.test(n)).sort()) {
    const file = join(folder, name)
    let raw: unknown
    try {
      // A byte-order mark (some Windows editors add one) is not an error in the data.
      raw = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''))
    } catch (cause) {
      const detail = cause instanceof SyntaxError ? `不是有效的 JSON（${cause.message}）` : '读不出来'
      throw new ConfigError(`放假安排文件 ${file} ${detail}，请改正或移走这个文件后重启`, { cause })
    }
    const parsed = parseYearSchedule(raw)
    if (!parsed.ok) {
      throw new ConfigError(`放假安排文件 ${file}：${parsed.message}请改正或移走这个文件后重启`)
    }
    const year = parsed.value.year
    const other = fileOfYear.get(year)
    if (other !== undefined) {
      throw new ConfigError(`放假安排文件 ${other} 和 ${file} 都是 ${year} 年的，请只留一个后重启`)
    }
    fileOfYear.set(year, file)
    files.push({ file, schedule: parsed.value })
  }
  return files
}
