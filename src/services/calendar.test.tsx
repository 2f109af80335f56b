import Taro from '@tarojs/taro'
import { SCHEDULE_2025, type YearSchedule } from '@/domain/calendar'
import { profileFor } from '@/domain/profiles'
import { computeEmergencyWindow } from '@/domain/rules'
import { useCalendarStore } from '@/stores/use-calendar-store'
import { ApiError, NETWORK_ERROR_MESSAGE } from './api-error'
import { currentCalendar, loadCalendar } from './calendar'
import { request } from './http'

jest.mock('./http', () => ({ request: jest.fn() }))
const mockedRequest = request as jest.MockedFunction<typeof request>

/** Test data in the server's format, not the real 2027 notice. */
const SCHEDULE_2027: YearSchedule = {
  year: 2027,
  holidays: [
    { date: '2027-04-03', name: '清明节' },
    { date: '2027-04-04', name: '清明节' },
    { date: '2027-04-05', name: '清明节' },
  ],
  makeupWorkdays: [],
  source: { notice: '测试通知〔2026〕1号', title: '测试用 2027 年放假安排', publishedOn: '2026-11-01' },
}

const answer = (value: unknown) => mockedRequest.mockResolvedValueOnce(value as never)

beforeEach(() => {
  useCalendarStore.setState({ schedules: [] })
  mockedRequest.mockReset()
})

describe('the working-day calendar: the server’s when it has it, the bundled copy offline', () => {
  it('starts with the bundled years (2025, 2026)', () => {
    expect(currentCalendar().years).toEqual([2025, 2026])
    expect(currentCalendar().isWorkingDay('2025-09-28')).toBe(true) // 调休上班
  })

  it('fetches a new year from the server, counts with it, and keeps it in Taro storage', async () => {
    answer(SCHEDULE_2027)
    const calendar = await loadCalendar(2027)
    expect(mockedRequest).toHaveBeenCalledWith('/api/calendar/2027', { anonymous: true })
    expect(calendar.years).toEqual([2025, 2026, 2027])
    expect(calendar.isWorkingDay('2027-04-05')).toBe(false)
    expect(currentCalendar()).toBe(calendar)
    expect(String(Taro.getStorageSync('beian-calendar'))).toContain('测试通知〔2026〕1号')
  })

  it('an emergency window in 2027 is no longer provisional once the year is loaded', async () => {
    const input = { admittedOn: '2027-04-01', profile: profileFor('450200'), now: new Date('2027-04-01T10:00:00+08:00') }
    const before = computeEmergencyWindow({ ...input, calendar: currentCalendar() })
    expect(before).toMatchObject({ ok: true, value: { provisional: true, deadline: '2027-04-09' } })
    answer(SCHEDULE_2027)
    const after = computeEmergencyWindow({ ...input, calendar: await loadCalendar(2027) })
    expect(after).toMatchObject({ ok: true, value: { provisional: false, deadline: '2027-04-09' } })
  })

  it('the server’s copy of a bundled year wins (a corrected notice)', async () => {
    answer({ ...SCHEDULE_2025, makeupWorkdays: [] })
    const calendar = await loadCalendar(2025)
    expect(calendar.isWorkingDay('2025-09-28')).toBe(false)
  })

  it('keeps working with the bundled years when the network fails', async () => {
    mockedRequest.mockRejectedValueOnce(new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE))
    const calendar = await loadCalendar(2025)
    expect(calendar.years).toEqual([2025, 2026])
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true)
  })

  it('keeps a year fetched earlier when a later fetch fails', async () => {
    answer(SCHEDULE_2027)
    await loadCalendar(2027)
    mockedRequest.mockRejectedValueOnce(new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE))
    expect((await loadCalendar(2027)).isCovered(2027)).toBe(true)
  })

  it('goes on without the year when the server does not have it (404)', async () => {
    mockedRequest.mockRejectedValueOnce(new ApiError(404, 'CALENDAR_YEAR_NOT_COVERED', '还没有 2028 年的放假安排'))
    expect((await loadCalendar(2028)).isCovered(2028)).toBe(false)
  })

  // case | what the server answered for 2027
  it.each<[string, unknown]>([
    ['a date that does not exist', { ...SCHEDULE_2027, holidays: [{ date: '2027-02-30', name: '春节' }] }],
    ['another year', { ...SCHEDULE_2025 }],
    ['not a schedule', '<html>'],
  ])('does not keep an answer that does not check out: %s', async (_case, body) => {
    answer(body)
    const calendar = await loadCalendar(2027)
    expect(calendar.years).toEqual([2025, 2026])
    expect(useCalendarStore.getState().schedules).toEqual([])
  })

  it('asks once when several screens ask for the same year at the same time', async () => {
    answer(SCHEDULE_2027)
    const [a, b] = await Promise.all([loadCalendar(2027), loadCalendar(2027)])
    expect(mockedRequest).toHaveBeenCalledTimes(1)
    expect(a).toBe(b)
  })

  it('comes back from storage after a restart, dropping anything that no longer checks out', async () => {
    const broken = { ...SCHEDULE_2027, year: 2029, holidays: [{ date: 'soon', name: '?' }] }
    Taro.setStorageSync('beian-calendar', JSON.stringify({ state: { schedules: [SCHEDULE_2027, broken] }, version: 1 }))
    await useCalendarStore.persist.rehydrate()
    expect(useCalendarStore.getState().schedules.map((s) => s.year)).toEqual([2027])
    expect(currentCalendar().isCovered(2027)).toBe(true)
    expect(mockedRequest).not.toHaveBeenCalled()
  })
})
