import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { parseYearSchedule, type YearSchedule } from '@/domain/calendar'
import { taroStorage } from './taro-storage'

interface CalendarState {
  /** Schedules fetched from the server (GET /api/calendar/:year), one per year, ascending. */
  schedules: YearSchedule[]
  /** Keeps a checked schedule, replacing any earlier copy of the same year. */
  addSchedule: (schedule: YearSchedule) => void
}

/** Only what still passes the domain's check comes back from storage; anything else is dropped. */
function checkedSchedules(persisted: unknown): YearSchedule[] {
  const raw = (persisted as { schedules?: unknown } | null)?.schedules
  if (!Array.isArray(raw)) return []
  return raw.flatMap((s) => {
    const parsed = parseYearSchedule(s)
    return parsed.ok ? [parsed.value] : []
  })
}

/** The server's working-day calendars, kept so the app counts correctly offline (services/calendar). */
export const useCalendarStore = create<CalendarState>()(
  persist(
    (set) => ({
      schedules: [],
      addSchedule: (schedule) =>
        set((s) => ({
          schedules: [...s.schedules.filter((x) => x.year !== schedule.year), schedule].sort((a, b) => a.year - b.year),
        })),
    }),
    {
      name: 'beian-calendar',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ schedules: s.schedules }),
      merge: (persisted, current) => ({ ...current, schedules: checkedSchedules(persisted) }),
    },
  ),
)
