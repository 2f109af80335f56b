import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { civilOf, daysInMonth, dayNumberOf, formatDayNumber, parseDayNumber, weekdayOf } from '@/domain/calendar'
import { roleAttr, tappable } from '@/lib/a11y'
import { useElderMode } from '@/stores/use-settings-store'

export interface DateChoiceProps {
  /** 'YYYY-MM-DD', or '' when nothing is chosen yet. */
  value: string
  onChange: (date: string) => void
  /** Today in China ('YYYY-MM-DD'), from the page's clock: 今天/昨天/前天 count from it. */
  today: string
  /** The earliest date that makes sense ('YYYY-MM-DD'); earlier days are not offered. */
  min?: string
  /** The latest date that makes sense ('YYYY-MM-DD'); later days are not offered. */
  max?: string
  /** Prefix of the element ids (`<id>-today`, `<id>-day-2026-11-28` …) and the spoken name of the grid. */
  id: string
  /** What the date is, for a screen reader ("住院日期"). */
  label: string
  /** 'past' (the default): 今天 / 昨天 / 前天; 'future': 今天 / 明天 / 后天. */
  direction?: 'past' | 'future'
}

const QUICK = {
  past: [['今天', 'today', 0], ['昨天', 'yesterday', -1], ['前天', 'day-before', -2]],
  future: [['今天', 'today', 0], ['明天', 'tomorrow', 1], ['后天', 'day-after', 2]],
} as const
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
/** Days to a row in 长辈模式: four cells of at least 60 px fit a 320 px screen. */
const ELDER_PER_ROW = 4

/** 'YYYY 年 M 月 D 日' spoken and shown. */
function spoken(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber)
  return `${year} 年 ${month} 月 ${day} 日`
}

/**
 * A date chosen with large buttons instead of a scroll wheel: 今天 / 昨天 / 前天 first (most
 * admissions are recent), then "其他日期" opens a month grid that offers only the days between
 * `min` and `max`. Every button is a real tap target with a spoken name and its chosen state
 * (`aria-pressed`, `aria-selected`), reachable by keyboard in H5 (Enter or Space picks).
 * In 长辈模式 the month is rows of four days, each with its weekday (周二), instead of seven
 * columns under weekday headers: seven cells are only ~48 px wide on a 375 px screen.
 */
export default function DateChoice({ value, onChange, today, min, max, id, label, direction = 'past' }: DateChoiceProps) {
  const todayN = parseDayNumber(today)
  const minN = min ? parseDayNumber(min) : Number.NEGATIVE_INFINITY
  const maxN = max ? parseDayNumber(max) : Number.POSITIVE_INFINITY
  const valueN = value ? parseDayNumber(value) : NaN
  const allowed = (n: number) => n >= minN && n <= maxN

  const quickDays = QUICK[direction].map(([word, key, offset]) => ({ word, key, n: todayN + offset })).filter((q) => allowed(q.n))
  const inQuick = quickDays.some((q) => q.n === valueN)
  const [gridOpen, setGridOpen] = useState(!Number.isNaN(valueN) && !inQuick)

  const start = civilOf(Number.isNaN(valueN) ? Math.min(todayN, maxN) : valueN)
  const [shown, setShown] = useState({ year: start.year, month: start.month })
  const firstN = dayNumberOf(shown.year, shown.month, 1)
  const lastN = dayNumberOf(shown.year, shown.month, daysInMonth(shown.year, shown.month))
  const canPrev = firstN - 1 >= minN
  const canNext = lastN + 1 <= maxN
  const move = (delta: number) => {
    const m = shown.month + delta
    setShown(m < 1 ? { year: shown.year - 1, month: 12 } : m > 12 ? { year: shown.year + 1, month: 1 } : { year: shown.year, month: m })
  }

  const pick = (n: number) => onChange(formatDayNumber(n))
  const lead = (weekdayOf(firstN) + 6) % 7 // Monday first

  const elder = useElderMode()
  const perRow = elder ? ELDER_PER_ROW : 7
  const weeks: Array<Array<number | null>> = []
  let week: Array<number | null> = Array(elder ? 0 : lead).fill(null)
  for (let n = firstN; n <= lastN; n++) {
    week.push(n)
    if (week.length === perRow) {
      weeks.push(week)
      week = []
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array(perRow - week.length).fill(null)])

  return (
    <View className='date-choice' id={id}>
      <View className='date-choice__quick'>
        {quickDays.map((q) => {
          const on = q.n === valueN
          const choose = () => {
            pick(q.n)
            setGridOpen(false)
          }
          return (
            <View
              key={q.word}
              id={`${id}-${q.key}`}
              className={`date-choice__quick-btn${on ? ' date-choice__quick-btn--on' : ''}`}
              {...tappable(null, choose, { pressed: on })}
              onClick={choose}
            >
              <Text className='date-choice__quick-word'>{q.word}</Text>
              <Text className='date-choice__quick-date'>{`${civilOf(q.n).month}月${civilOf(q.n).day}日`}</Text>
            </View>
          )
        })}
        <View
          id={`${id}-other`}
          className={`date-choice__quick-btn${gridOpen ? ' date-choice__quick-btn--open' : ''}${!Number.isNaN(valueN) && !inQuick ? ' date-choice__quick-btn--on' : ''}`}
          {...tappable('其他日期', () => setGridOpen(!gridOpen), { pressed: gridOpen })}
          onClick={() => setGridOpen(!gridOpen)}
        >
          <Text className='date-choice__quick-word'>其他日期</Text>
        </View>
      </View>

      {!Number.isNaN(valueN) ? (
        <Text className='date-choice__chosen' id={`${id}-chosen`} aria-live='polite'>
          已选：{spoken(valueN)}
        </Text>
      ) : null}

      {gridOpen ? (
        <View className={`date-choice__month${elder ? ' date-choice__month--elder' : ''}`} id={`${id}-month`}>
          <View className='date-choice__nav'>
            <View
              id={`${id}-prev`}
              className={`date-choice__nav-btn${canPrev ? '' : ' date-choice__nav-btn--off'}`}
              {...tappable('上个月', () => canPrev && move(-1), { disabled: !canPrev })}
              onClick={() => canPrev && move(-1)}
            >
              <Text>‹ 上个月</Text>
            </View>
            <Text className='date-choice__title' id={`${id}-title`}>{`${shown.year} 年 ${shown.month} 月`}</Text>
            <View
              id={`${id}-next`}
              className={`date-choice__nav-btn${canNext ? '' : ' date-choice__nav-btn--off'}`}
              {...tappable('下个月', () => canNext && move(1), { disabled: !canNext })}
              onClick={() => canNext && move(1)}
            >
              <Text>下个月 ›</Text>
            </View>
          </View>
          <View className='date-choice__grid' {...roleAttr('grid')} aria-label={`${label}：${shown.year} 年 ${shown.month} 月`}>
            {elder ? null : (
              <View className='date-choice__row' {...roleAttr('row')}>
                {WEEKDAYS.map((w) => (
                  <View key={w} className='date-choice__weekday' {...roleAttr('columnheader')} aria-label={`星期${w}`}>
                    <Text>{w}</Text>
                  </View>
                ))}
              </View>
            )}
            {weeks.map((days, i) => (
              <View key={i} className='date-choice__row' {...roleAttr('row')}>
                {days.map((n, j) => {
                  if (n === null) return <View key={`e${j}`} className='date-choice__day date-choice__day--empty' {...roleAttr('gridcell')} />
                  const ok = allowed(n)
                  const on = n === valueN
                  const choose = () => ok && pick(n)
                  const { year, month, day } = civilOf(n)
                  const week = `周${WEEKDAYS[(weekdayOf(n) + 6) % 7]}`
                  // 长辈模式 shows "1日 周二": the spoken name contains the shown words (WCAG 2.5.3).
                  const name = elder ? `${year} 年 ${month} 月 ${day}日 ${week}` : spoken(n)
                  return (
                    <View
                      key={n}
                      id={`${id}-day-${formatDayNumber(n)}`}
                      className={`date-choice__day${on ? ' date-choice__day--on' : ''}${ok ? '' : ' date-choice__day--off'}${n === todayN ? ' date-choice__day--today' : ''}`}
                      {...tappable(name, choose, { role: 'gridcell', selected: on, disabled: !ok })}
                      onClick={choose}
                    >
                      {elder ? (
                        <>
                          <Text className='date-choice__day-num'>{`${day}日`}</Text>
                          <Text className='date-choice__day-week'>{` ${week}`}</Text>
                        </>
                      ) : (
                        <Text>{day}</Text>
                      )}
                    </View>
                  )
                })}
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}
