import TestUtils from '@tarojs/test-utils-react'
import { fireEvent } from '@testing-library/react'
import { useSettingsStore } from '@/stores/use-settings-store'
import DateChoice, { type DateChoiceProps } from '.'

// Fixed clock: "today" is Tuesday 2026-12-01 (China).
const TODAY = '2026-12-01'

let mounted: TestUtils | null = null
async function mount(props: Partial<DateChoiceProps> & { onChange?: jest.Mock }) {
  const onChange = props.onChange ?? jest.fn()
  mounted = new TestUtils()
  await mounted.mount(DateChoice, { props: { id: 'admitted', label: '住院日期', value: '', today: TODAY, onChange, ...props } })
  return onChange
}
const el = (id: string) => document.getElementById(id)
const ids = (selector: string) => Array.from(document.querySelectorAll(selector)).map((e) => e.id)

afterEach(() => {
  useSettingsStore.setState({ elder: false })
  mounted?.unmout()
  mounted = null
  document.body.innerHTML = ''
})

describe('DateChoice (issue 13, item 5: large buttons instead of a scroll wheel)', () => {
  it.each([
    // button | date it picks
    ['admitted-today', '2026-12-01'],
    ['admitted-yesterday', '2026-11-30'],
    ['admitted-day-before', '2026-11-29'],
  ])('%s picks %s in one tap', async (button, date) => {
    const onChange = await mount({ max: TODAY, min: '2025-12-01' })
    fireEvent.click(el(button)!)
    expect(onChange).toHaveBeenCalledWith(date)
  })

  it('each quick button says its day and date, and which one is chosen', async () => {
    await mount({ value: '2026-11-30', max: TODAY })
    expect(el('admitted-yesterday')!.textContent).toBe('昨天11月30日')
    expect(el('admitted-yesterday')!.getAttribute('role')).toBe('button')
    expect(el('admitted-yesterday')!.getAttribute('aria-pressed')).toBe('true')
    expect(el('admitted-today')!.getAttribute('aria-pressed')).toBe('false')
    expect(el('admitted-chosen')!.textContent).toBe('已选：2026 年 11 月 30 日')
  })

  it('future dates: 今天 / 明天 / 后天', async () => {
    const onChange = await mount({ direction: 'future', min: TODAY })
    expect(ids('.date-choice__quick-btn')).toEqual(['admitted-today', 'admitted-tomorrow', 'admitted-day-after', 'admitted-other'])
    fireEvent.click(el('admitted-day-after')!)
    expect(onChange).toHaveBeenCalledWith('2026-12-03')
  })

  it('offers no quick day outside min..max', async () => {
    await mount({ min: '2026-11-30', max: TODAY })
    expect(ids('.date-choice__quick-btn')).toEqual(['admitted-today', 'admitted-yesterday', 'admitted-other'])
  })

  it('其他日期 opens a month grid: Monday first, days outside min..max disabled, no later month past max', async () => {
    const onChange = await mount({ min: '2026-11-20', max: TODAY })
    fireEvent.click(el('admitted-other')!)
    expect(el('admitted-title')!.textContent).toBe('2026 年 12 月')
    // 2026-12-01 is a Tuesday: one empty cell before it.
    const firstRow = document.querySelectorAll('.date-choice__row')[1]
    expect(firstRow.children[0].className).toContain('date-choice__day--empty')
    expect(firstRow.children[1].id).toBe('admitted-day-2026-12-01')
    expect(el('admitted-day-2026-12-02')!.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(el('admitted-day-2026-12-02')!)
    expect(onChange).not.toHaveBeenCalled()
    expect(el('admitted-next')!.getAttribute('aria-disabled')).toBe('true')

    fireEvent.click(el('admitted-prev')!)
    expect(el('admitted-title')!.textContent).toBe('2026 年 11 月')
    expect(el('admitted-day-2026-11-19')!.getAttribute('aria-disabled')).toBe('true')
    expect(el('admitted-prev')!.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(el('admitted-day-2026-11-25')!)
    expect(onChange).toHaveBeenCalledWith('2026-11-25')
  })

  it('the grid is a keyboard grid: days are focusable cells with their full date, Enter picks one', async () => {
    const onChange = await mount({ value: '2026-11-25', max: TODAY })
    // A chosen date that is not a quick day opens the grid at its month.
    expect(el('admitted-title')!.textContent).toBe('2026 年 11 月')
    const grid = document.querySelector('[role=grid]')!
    expect(grid.getAttribute('aria-label')).toBe('住院日期：2026 年 11 月')
    const day = el('admitted-day-2026-11-25')!
    expect([day.getAttribute('role'), day.getAttribute('aria-selected'), day.getAttribute('aria-label'), day.getAttribute('tabindex')]).toEqual([
      'gridcell', 'true', '2026 年 11 月 25 日', '0',
    ])
    fireEvent.keyDown(el('admitted-day-2026-11-10')!, { key: 'Enter' })
    expect(onChange).toHaveBeenCalledWith('2026-11-10')
  })

  it('长辈模式: four days to a row, each with its weekday (in its spoken name too), no header row and no empty cell before the 1st', async () => {
    useSettingsStore.setState({ elder: true })
    const onChange = await mount({ value: '2026-11-25', max: TODAY })
    expect(el('admitted-month')!.className).toBe('date-choice__month date-choice__month--elder')
    expect(document.querySelectorAll('.date-choice__weekday')).toHaveLength(0)
    const rows = Array.from(document.querySelectorAll('.date-choice__row'))
    // November 2026: 30 days = 7 rows of 4 and a last row of 2 days and 2 empty cells.
    expect(rows.map((r) => r.children.length)).toEqual([4, 4, 4, 4, 4, 4, 4, 4])
    expect(Array.from(rows[0].children).map((c) => c.id)).toEqual(['admitted-day-2026-11-01', 'admitted-day-2026-11-02', 'admitted-day-2026-11-03', 'admitted-day-2026-11-04'])
    expect(Array.from(rows[7].children).map((c) => c.id || c.className)).toEqual([
      'admitted-day-2026-11-29', 'admitted-day-2026-11-30', 'date-choice__day date-choice__day--empty', 'date-choice__day date-choice__day--empty',
    ])
    // 2026-11-01 is a Sunday; the 25th a Wednesday.
    expect(el('admitted-day-2026-11-01')!.textContent).toBe('1日 周日')
    expect(el('admitted-day-2026-11-25')!.textContent).toBe('25日 周三')
    expect([el('admitted-day-2026-11-25')!.getAttribute('role'), el('admitted-day-2026-11-25')!.getAttribute('aria-selected'), el('admitted-day-2026-11-25')!.getAttribute('aria-label')]).toEqual([
      'gridcell', 'true', '2026 年 11 月 25日 周三',
    ])
    fireEvent.click(el('admitted-day-2026-11-10')!)
    expect(onChange).toHaveBeenCalledWith('2026-11-10')
  })
})
