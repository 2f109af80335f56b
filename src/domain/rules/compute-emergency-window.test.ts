import fc from 'fast-check'
import { BUNDLED_CALENDAR } from '@/domain/calendar/bundled'
import { BUNDLED_SCHEDULES } from '@/domain/calendar/data'
import { formatDayNumber, parseDayNumber } from '@/domain/calendar/day-number'
import { createWorkingDayCalendar } from '@/domain/calendar/working-day-calendar'
import type { YearSchedule } from '@/domain/calendar/year-schedule'
import { DEFAULT_PROFILE, profileFor } from '@/domain/profiles'
import { computeEmergencyWindow, type EmergencyWindow } from './compute-emergency-window'

const calendar = BUNDLED_CALENDAR
/** Noon China time on a date. */
const noonOf = (date: string) => new Date(`${date}T12:00:00+08:00`)

function windowFor(admittedOn: string, opts: { region?: string; now?: Date; cal?: typeof calendar } = {}): EmergencyWindow {
  const r = computeEmergencyWindow({
    admittedOn,
    profile: profileFor(opts.region ?? '450206'),
    calendar: opts.cal ?? calendar,
    now: opts.now ?? noonOf(admittedOn),
  })
  if (!r.ok) throw new Error(r.code)
  return r.value
}

describe('computeEmergencyWindow, WINDOW mode (001 申请材料; 民法典 第二百零一条、第二百零三条)', () => {
  // admitted | deadline | holiday that stretched it | source
  it.each<[string, string, string | null, string]>([
    ['2025-09-26', '2025-10-10', '国庆节、中秋节', 'SPEC §6 worked example: Sun 28 make-up day counts, Oct 1-8 off'],
    ['2025-09-30', '2025-10-14', '国庆节、中秋节', '国办发明电〔2024〕12号: Sat Oct 11 make-up day counts'],
    ['2025-01-24', '2025-02-07', '春节', '国办发明电〔2024〕12号: Sun Jan 26 counts, Jan 28-Feb 4 off'],
    ['2025-04-30', '2025-05-12', '劳动节', '国办发明电〔2024〕12号: May 1-5 off'],
    ['2026-02-12', '2026-02-26', '春节', '国办发明电〔2025〕7号: Sat Feb 14 counts, Feb 15-23 off'],
    ['2026-02-24', '2026-03-02', null, '国办发明电〔2025〕7号: Sat Feb 28 make-up day counts'],
    ['2026-09-24', '2026-10-09', '国庆节', '国办发明电〔2025〕7号: Sep 25-27 and Oct 1-7 off'],
    ['2025-12-30', '2026-01-07', '元旦', '国办发明电〔2025〕7号: Jan 1-3 off, Sun Jan 4 counts'],
    ['2025-03-03', '2025-03-10', null, 'a plain week: Tue-Fri, then Mon'],
  ])('admitted %s → deadline %s (%s)', (admitted, deadline, holiday) => {
    const w = windowFor(admitted)
    expect(w.mode).toBe('WINDOW')
    expect(w.deadline).toBe(deadline)
    expect(w.provisional).toBe(false)
    if (holiday) expect(w.extendedBy.map((e) => e.name)).toContain(holiday)
    else expect(w.extendedBy).toEqual([])
  })

  it('2026 Mid-Autumn and National Day both stretch the window', () => {
    expect(windowFor('2026-09-24').extendedBy).toEqual([
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ])
  })

  it('SPEC §6 worked example in full', () => {
    const w = windowFor('2025-09-26', { now: new Date('2025-09-26T20:00:00+08:00') })
    expect(w).toMatchObject({
      mode: 'WINDOW',
      deadline: '2025-10-10',
      deadlineEndsAt: '2025-10-11T00:00:00+08:00',
      workingDaysLeft: 5,
      closed: false,
      provisional: false,
      extendedBy: [{ name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' }],
    })
    expect(w.explanation).toContain('截止日顺延至 10 月 10 日')
    expect(w.explanation).toContain('2025 年 10 月 10 日')
    expect(w.citations.map((c) => c.article)).toEqual(
      expect.arrayContaining(['申请材料', '第二百零一条', '第二百零三条', '国庆节、中秋节']),
    )
  })

  // now (instant) | closed | working days left — the last day ends 24:00 China time (民法典 第二百零三条)
  it.each([
    ['2025-10-09T09:00:00+08:00', false, 2],
    ['2025-10-10T23:59:59+08:00', false, 1],
    ['2025-10-10T15:59:59Z', false, 1],
    ['2025-10-11T00:00:00+08:00', true, 0],
    ['2025-10-10T16:00:00Z', true, 0],
    ['2025-10-10T12:00:00-04:00', true, 0],
  ])('admitted 2025-09-26, at %s closed=%p, %i left', (now, closed, left) => {
    const w = windowFor('2025-09-26', { now: new Date(now) })
    expect(w.closed).toBe(closed)
    expect(w.workingDaysLeft).toBe(left)
    if (closed) {
      expect(w.explanation).toContain('零星报销')
      expect(w.explanation).toContain('15 个百分点') // Guangxi's cost, 001 设立依据2 第九条(三)2
      expect(w.citations.map((c) => c.article)).toContain('第二十六条(二)')
    }
  })

  // 全国年节及纪念日放假办法 (2024): a year not loaded skips weekends, statutory days and days in lieu.
  it.each([
    ['2026-12-29', '2027-01-06', '2027-01-07', '2027 年的放假安排还未公布'], // 元旦 Fri 2027-01-01 off
    ['2027-03-01', '2027-03-08', '2027-03-08', '2027 年的放假安排还未公布'], // nothing near: bound = deadline
    ['2027-04-01', '2027-04-09', '2027-04-15', '2027 年的放假安排还未公布'], // 清明 Mon 04-05 off
    ['2024-12-27', '2025-01-06', '2025-01-08', '本服务未收录 2024 年的放假安排'],
  ])('a year not loaded → provisional (admitted %s, deadline %s, latest %s)', (admitted, deadline, latest, note) => {
    const w = windowFor(admitted)
    expect(w.provisional).toBe(true)
    expect(w.deadline).toBe(deadline)
    expect(w.latestDeadline).toBe(latest)
    expect(w.explanation).toContain(note)
    expect(w.explanation).toContain('可能有变')
  })

  it('issue 12 case: admitted Mon 2026-12-28 (广西), asked 2027-01-04 — 元旦 Fri 2027-01-01 is not a working day', () => {
    const w = windowFor('2026-12-28', { now: noonOf('2027-01-04') })
    expect(w).toMatchObject({
      deadline: '2027-01-05',
      latestDeadline: '2027-01-06',
      workingDaysLeft: 2,
      // Mon 2027-01-04 is a working day of the window: counted, and said (含今天).
      todayCounted: true,
      closed: false,
      provisional: true,
      extendedBy: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }],
    })
    expect(w.explanation).toContain('最晚可能到 2027 年 1 月 6 日')
    expect(w.explanation).toContain('目前还剩 2 个工作日（含今天）。')
  })

  // A trial: "还剩 2 个工作日" read at 23:00 was taken as two whole days; today is said when it counts.
  it.each([
    ['2025-09-26', '2025-09-26T23:00:00+08:00', 5, false], // the admission day itself is not counted
    ['2025-09-26', '2025-09-27T23:00:00+08:00', 5, false], // Sat 27: not a working day
    ['2025-09-26', '2025-09-28T23:00:00+08:00', 5, true], // Sun 28: a make-up working day, the first
    ['2025-09-26', '2025-10-10T23:00:00+08:00', 1, true], // the last day
  ])('admitted %s, at %s: %i working days left, today counted: %s', (admitted, at, left, counted) => {
    const w = windowFor(admitted, { now: new Date(at) })
    expect(w).toMatchObject({ workingDaysLeft: left, todayCounted: counted, closed: false })
    expect(w.explanation.endsWith(`目前还剩 ${left} 个工作日${counted ? '（含今天）' : ''}。`)).toBe(true)
  })

  it.each([
    ['2027-04-09T12:00:00+08:00', false],
    ['2027-04-10T12:00:00+08:00', false], // past the provisional deadline, before the latest one
    ['2027-04-15T23:59:59+08:00', false],
    ['2027-04-16T00:00:00+08:00', true],
  ])('provisional: never closed before the latest date it could end on (admitted 2027-04-01, now %s → closed %s)', (now, closed) => {
    expect(windowFor('2027-04-01', { now: new Date(now) }).closed).toBe(closed)
  })

  it.each([
    ['2025-09-26', '2025-09-25T12:00:00+08:00', 'DATE_IN_FUTURE'],
    ['2025-09-26', '2025-09-25T15:30:00Z', 'DATE_IN_FUTURE'],
    ['2025-02-30', '2025-03-05T12:00:00+08:00', 'DATE_INVALID'],
    ['26/09/2025', '2025-10-05T12:00:00+08:00', 'DATE_INVALID'],
  ])('admitted %s at %s → %s (SPEC §9: admission not in the future)', (admittedOn, now, code) => {
    const r = computeEmergencyWindow({ admittedOn, profile: DEFAULT_PROFILE, calendar, now: new Date(now) })
    expect(r).toMatchObject({ ok: false, code })
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('admission today at 00:30 China time (still the previous UTC day) is not in the future', () => {
    const r = computeEmergencyWindow({ admittedOn: '2025-09-26', profile: DEFAULT_PROFILE, calendar, now: new Date('2025-09-25T16:30:00Z') })
    expect(r.ok).toBe(true)
  })
})

describe('computeEmergencyWindow, other modes', () => {
  // region | mode | source
  it.each([
    ['441702', 'BEFORE_DISCHARGE', '第六条'],
    ['320602', 'DEEMED_FILED', '第八条(五)'],
  ])('%s → %s (%s)', (region, mode, article) => {
    const w = windowFor('2025-09-26', { region })
    expect(w).toMatchObject({ mode, deadline: null, deadlineEndsAt: null, workingDaysLeft: null, closed: false, provisional: false, extendedBy: [] })
    expect(w.citations.map((c) => c.article)).toContain(article)
  })

  it('Yangjiang: closed once discharged, with the fallback (003 第六条)', () => {
    const r = computeEmergencyWindow({
      admittedOn: '2025-09-26',
      dischargedOn: '2025-10-03',
      profile: profileFor('441702'),
      calendar,
      now: noonOf('2025-10-05'),
    })
    expect(r.ok && r.value.closed).toBe(true)
    expect(r.ok && r.value.explanation).toContain('零星报销')
  })
})

describe('computeEmergencyWindow properties', () => {
  const admission = fc.integer({ min: parseDayNumber('2024-06-01'), max: parseDayNumber('2027-06-30') }).map(formatDayNumber)

  it('a WINDOW deadline is always a working day strictly after admission', () => {
    fc.assert(
      fc.property(admission, (admittedOn) => {
        const w = windowFor(admittedOn)
        expect(w.deadline! > admittedOn).toBe(true)
        expect(calendar.isWorkingDay(w.deadline!)).toBe(true)
      }),
    )
  })

  it('adding a holiday never moves a deadline earlier', () => {
    const extra = fc.integer({ min: parseDayNumber('2025-01-01'), max: parseDayNumber('2026-12-31') }).map(formatDayNumber)
    fc.assert(
      fc.property(admission, extra, (admittedOn, holiday) => {
        const year = Number(holiday.slice(0, 4))
        const schedules: YearSchedule[] = BUNDLED_SCHEDULES.map((s) =>
          s.year === year && !s.makeupWorkdays.some((m) => m.date === holiday)
            ? { ...s, holidays: [...s.holidays, { date: holiday, name: '临时' }] }
            : s,
        )
        const before = windowFor(admittedOn).deadline!
        const after = windowFor(admittedOn, { cal: createWorkingDayCalendar(schedules) }).deadline!
        expect(after >= before).toBe(true)
      }),
    )
  })

  it('is the same whatever the instant within the China day, and never reads the process TZ', () => {
    fc.assert(
      fc.property(admission, fc.integer({ min: 0, max: 86_399_999 }), (admittedOn, ms) => {
        const start = new Date(`${admittedOn}T00:00:00+08:00`).getTime()
        const a = windowFor(admittedOn, { now: new Date(start + ms) })
        const b = windowFor(admittedOn, { now: new Date(start) })
        expect(a).toEqual(b)
      }),
    )
  })

  it('does not mutate its inputs', () => {
    const profile = profileFor('450206')
    const before = JSON.stringify(profile)
    const now = noonOf('2025-09-27')
    windowFor('2025-09-26', { now })
    expect(JSON.stringify(profile)).toBe(before)
    expect(now.toISOString()).toBe('2025-09-27T04:00:00.000Z')
  })
})
