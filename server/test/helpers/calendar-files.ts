import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A 2027 schedule in the CALENDAR_DIR file format. Test data only, not the State Council's real
 * notice: a three-day 清明节 (Sat 04-03 to Mon 04-05) and one make-up Saturday are enough to show
 * that a file changes the answers.
 */
export const SCHEDULE_2027_FIXTURE = {
  year: 2027,
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-02', name: '元旦' },
    { date: '2027-01-03', name: '元旦' },
    { date: '2027-04-03', name: '清明节' },
    { date: '2027-04-04', name: '清明节' },
    { date: '2027-04-05', name: '清明节' },
  ],
  makeupWorkdays: [{ date: '2027-02-20', name: '春节' }],
  source: {
    notice: '测试通知〔2026〕1号',
    title: '测试用 2027 年放假安排',
    publishedOn: '2026-11-01',
    note: '测试数据，不是真实的放假安排',
  },
}

const dirs: string[] = []

/** A fresh folder holding the given files (name → text, or a value written as JSON). */
export function calendarDirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'yidi-calendar-files-'))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
  return dir
}

afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
