import { cite, type Citation } from '@/domain/citation'
import {
  chinaDayNumberOf,
  chinaDayStartMs,
  chinaMidnightIso,
  civilOf,
  formatChineseDate,
  formatChineseMonthDay,
  formatDayNumber,
  isWeekend,
  parseDayNumber,
} from '@/domain/calendar/day-number'
import type { HolidayBlock, WorkingDayCalendar } from '@/domain/calendar/working-day-calendar'
import { fail, ok, type Result } from '@/domain/errors'
import type { EmergencyMode, PolicyProfile, SettingScope } from '@/domain/profiles/types'
import { checkNotInFuture } from '@/domain/validation/date-range'

export interface EmergencyWindowInput {
  /** 'YYYY-MM-DD', China date of the emergency admission. */
  admittedOn: string
  profile: PolicyProfile
  calendar: WorkingDayCalendar
  /** The current instant (the domain never reads a clock). */
  now: Date
  /** 'YYYY-MM-DD' of the discharge settlement, when it has happened (BEFORE_DISCHARGE mode). */
  dischargedOn?: string
}

/** A holiday that stretched the window, so the app can say '国庆节放假，截止日顺延至 10 月 10 日'. */
export interface WindowExtension {
  name: string
  from: string
  to: string
}

export interface EmergencyWindow {
  mode: EmergencyMode
  /** Last day to file ('YYYY-MM-DD'); null when the profile sets no dated window. */
  deadline: string | null
  /** The instant the last day ends: 24:00 China time, i.e. the next day 00:00+08:00. */
  deadlineEndsAt: string | null
  /** Counted working days still ahead, today included; null without a dated window. */
  workingDaysLeft: number | null
  /**
   * Whether today is one of `workingDaysLeft` (a working day after the admission day): the page
   * then says 含今天, so "还剩 2 个工作日" read at 23:00 is not taken as two whole days (a trial).
   */
  todayCounted: boolean
  /**
   * WINDOW only: how many working days the 参保地 allows after the admission (profile
   * emergency.workingDays: 5 by 001 设立依据2 第九条(三)1 and the national default), so the page can
   * say the rule, not only the date (a trial never read "5").
   */
  workingDays?: number
  /** True once the window has passed (or, before-discharge mode, once discharged). */
  closed: boolean
  /** True when a year the count runs through has no official schedule loaded. */
  provisional: boolean
  /**
   * The latest date the window could end on once the missing notice is out ('YYYY-MM-DD'): counted
   * with every day the notice could plausibly add as a day off (`plausibleDaysOff`). Equal to
   * `deadline` when not provisional; null without a dated window. `closed` waits for its end.
   */
  latestDeadline: string | null
  extendedBy: WindowExtension[]
  /** Plain Chinese. */
  explanation: string
  citations: Citation[]
  /**
   * Whether the rule is the 参保地's own ('REGIONAL') or the product's general practice
   * ('DEFAULT', the 参保地's rule not collected): the page then says so next to the 依据.
   */
  scope: SettingScope
}

const CIVIL_201 = cite('CIVIL_CODE', '第二百零一条')
const CIVIL_203 = cite('CIVIL_CODE', '第二百零三条')
const FALLBACK = [cite('JX_2017', '第八条'), cite('JS_2022', '第二十六条(二)')]

function fallbackText(profile: PolicyProfile): string {
  const cost = profile.reductions.known ? profile.reductions.rules.LATE.text : profile.reductions.text
  return (
    '不用着急：还可以先自己垫付医疗费，出院后带上发票、费用清单和急诊病历，回参保地医保经办机构申请零星报销（手工报销）。' +
    '需要注意：' +
    cost
  )
}

function fallbackCitations(profile: PolicyProfile): readonly Citation[] {
  return profile.reductions.known ? profile.reductions.rules.LATE.citations : profile.reductions.citations
}

function formatChineseSpan(fromDay: number, toDay: number): string {
  const to = civilOf(toDay)
  const sameMonth = civilOf(fromDay).month === to.month
  return formatChineseMonthDay(fromDay) + '至' + (sameMonth ? ' ' + to.day + ' 日' : formatChineseMonthDay(toDay))
}

function provisionalText(calendar: WorkingDayCalendar, year: number): string {
  const last = calendar.years.length > 0 ? calendar.years[calendar.years.length - 1] : -Infinity
  const why = year > last ? `${year} 年的放假安排还未公布` : `本服务未收录 ${year} 年的放假安排`
  return `${why}，截止日是按周末和法定节假日（含补假）推算的，国务院公布当年安排后可能有变，请尽早办理。`
}

/** The day the `needed`-th working day after `admitted` falls on, by `isWorking`. */
function countWorkingDays(admitted: number, needed: number, isWorking: (day: number) => boolean): number {
  let day = admitted
  let counted = 0
  while (counted < needed) {
    day++
    if (isWorking(day)) counted++
  }
  return day
}

/**
 * When an emergency admission must be filed (SPEC §6): N working days after admission in WINDOW
 * mode (001 申请材料, 设立依据2 第九条(三)1), counted from the next day (民法典 第二百零一条),
 * the last day ending at 24:00 (民法典 第二百零三条); before discharge in Yangjiang (003 第六条);
 * nothing to do in Jiangsu (002 第八条(五), 第三十七条).
 */
export function computeEmergencyWindow(input: EmergencyWindowInput): Result<EmergencyWindow> {
  const { admittedOn, profile, calendar, now } = input
  const admitted = parseDayNumber(admittedOn)
  if (Number.isNaN(admitted)) return fail('DATE_INVALID', '入院日期格式不对，请按“年-月-日”填写，例如 2025-09-26。')
  const today = chinaDayNumberOf(now)
  // SPEC §9: an admission has already happened (the shared date check, also used by the filing flows).
  const past = checkNotInFuture(admittedOn, formatDayNumber(today), '入院日期')
  if (!past.ok) return past
  const policy = profile.emergency

  if (policy.mode === 'DEEMED_FILED') {
    return ok({
      mode: 'DEEMED_FILED',
      deadline: null,
      deadlineEndsAt: null,
      workingDaysLeft: null,
      todayCounted: false,
      closed: false,
      provisional: false,
      latestDeadline: null,
      extendedBy: [],
      explanation: policy.text,
      citations: [...policy.citations],
      scope: policy.scope,
    })
  }

  if (policy.mode === 'BEFORE_DISCHARGE') {
    const discharged = input.dischargedOn === undefined ? NaN : parseDayNumber(input.dischargedOn)
    if (input.dischargedOn !== undefined && Number.isNaN(discharged)) {
      return fail('DATE_INVALID', '出院日期格式不对，请按“年-月-日”填写。')
    }
    if (!Number.isNaN(discharged) && discharged < admitted) {
      return fail('DATE_RANGE_INVERTED', '出院日期不能早于入院日期，请检查后重新填写。')
    }
    const closed = !Number.isNaN(discharged) && discharged <= today
    return ok({
      mode: 'BEFORE_DISCHARGE',
      deadline: null,
      deadlineEndsAt: null,
      workingDaysLeft: null,
      todayCounted: false,
      closed,
      provisional: false,
      latestDeadline: null,
      extendedBy: [],
      explanation: closed ? '已经出院结算，不能再补办急诊备案。' + fallbackText(profile) : policy.text,
      citations: closed ? [...policy.citations, ...FALLBACK, ...fallbackCitations(profile)] : [...policy.citations],
      scope: policy.scope,
    })
  }

  // WINDOW: walk forward day by day; only working days count.
  const needed = policy.workingDays
  let day = admitted
  let counted = 0
  let left = 0
  let todayCounted = false
  let lastBlock: HolidayBlock | undefined
  let blocks: HolidayBlock[] | undefined
  while (counted < needed) {
    day++
    if (calendar.isWorkingDayNumber(day)) {
      counted++
      if (day >= today) left++
      if (day === today) todayCounted = true
    } else {
      const block = calendar.holidayBlockOf(day)
      if (block !== undefined && block !== lastBlock && !isWeekend(day)) {
        lastBlock = block
        ;(blocks ??= []).push(block)
      }
    }
  }
  const deadline = day

  // A provisional window is never reported closed before the latest date it could end on. In
  // loaded years isSurelyWorkingDayNumber is isWorkingDayNumber, so when every year up to the
  // deadline is loaded the latest date is the deadline, with no second walk (issue 15: ≤ 5 µs).
  const firstYear = civilOf(admitted + 1).year
  let loaded = true
  for (let y = firstYear, end = civilOf(deadline).year; y <= end && loaded; y++) loaded = calendar.isCovered(y)
  const latest = loaded ? deadline : countWorkingDays(admitted, needed, (d) => calendar.isSurelyWorkingDayNumber(d))
  const lastYear = civilOf(latest).year
  let provisionalNote = ''
  for (let y = firstYear; y <= lastYear; y++) {
    if (!calendar.isCovered(y)) provisionalNote += provisionalText(calendar, y)
  }
  const provisional = provisionalNote !== ''
  const closed = now.getTime() >= chinaDayStartMs((provisional ? latest : deadline) + 1)
  if (provisional && latest > deadline) {
    provisionalNote += `按国务院可能增加的调休放假算，最晚可能到 ${formatChineseDate(latest)}。`
  }

  const extendedBy: WindowExtension[] = []
  const citations: Citation[] = [...policy.citations, CIVIL_201, CIVIL_203]
  let extensionText = ''
  if (blocks !== undefined) {
    for (const b of blocks) {
      extendedBy.push({ name: b.name, from: b.from, to: b.to })
      extensionText +=
        `${b.name}放假（${formatChineseSpan(b.fromDay, b.toDay)}），截止日顺延至 ` +
        `${formatChineseMonthDay(deadline)}。`
      const source = calendar.schedule(civilOf(b.fromDay).year)?.source
      if (source) citations.push({ doc: source.notice, article: b.name })
    }
  }

  const rule =
    `急诊住院要在入院后 ${needed} 个工作日内提交急诊住院材料办理备案：入院当天（${formatChineseMonthDay(admitted)}）不算，从第二天起算，` +
    '周末和法定节假日不算，调休上班日算。'
  let explanation: string
  if (closed) {
    explanation = `已超过备案时限：截止日是 ${formatChineseDate(provisional ? latest : deadline)} 24:00。` + fallbackText(profile)
    citations.push(...FALLBACK, ...fallbackCitations(profile))
  } else {
    explanation =
      rule +
      `截止日是 ${formatChineseDate(deadline)}，当天 24:00 前提交都有效。` +
      extensionText +
      `目前还剩 ${left} 个工作日${todayCounted ? '（含今天）' : ''}。`
  }

  return ok({
    mode: 'WINDOW',
    deadline: formatDayNumber(deadline),
    deadlineEndsAt: chinaMidnightIso(deadline + 1),
    workingDaysLeft: closed ? 0 : left,
    todayCounted: !closed && todayCounted,
    workingDays: needed,
    closed,
    provisional,
    latestDeadline: formatDayNumber(provisional ? latest : deadline),
    extendedBy,
    explanation: explanation + provisionalNote,
    citations,
    scope: policy.scope,
  })
}
