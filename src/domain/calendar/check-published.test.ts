import { checkPublishedSchedule } from './check-published'
import { SCHEDULE_2025, SCHEDULE_2026 } from './data'

// Issue 12 item 5: staff check a published year's file before adding it to CALENDAR_DIR.
describe('checkPublishedSchedule: the shape, and every statutory day a day off', () => {
  it.each([
    [SCHEDULE_2025, '2025 年放假安排可以用：放假 28 天'],
    [SCHEDULE_2026, '2026 年放假安排可以用：放假 33 天'],
  ])('the published %#: accepted', (schedule, start) => {
    const r = checkPublishedSchedule(JSON.parse(JSON.stringify(schedule)))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value.summary.startsWith(start)).toBe(true)
  })

  // change to the 2026 file | fragment of the message
  it.each<[string, (s: Record<string, unknown>) => unknown, string]>([
    ['元旦 left out', (s) => ({ ...s, holidays: (s.holidays as { date: string }[]).filter((d) => d.date !== '2026-01-01') }), '2026-01-01（元旦）'],
    ['除夕 (2026-02-16) left out', (s) => ({ ...s, holidays: (s.holidays as { date: string }[]).filter((d) => d.date !== '2026-02-16') }), '2026-02-16（春节）'],
    ['中秋 (2026-09-25) left out', (s) => ({ ...s, holidays: (s.holidays as { date: string }[]).filter((d) => d.date !== '2026-09-25') }), '2026-09-25（中秋节）'],
    ['no year', (s) => ({ ...s, year: 'x' }), '四位年份'],
    ['not an object', () => [], '应为一个对象'],
  ])('%s → refused', (_what, change, fragment) => {
    const r = checkPublishedSchedule(change(JSON.parse(JSON.stringify(SCHEDULE_2026))))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(fragment)
  })
})
