import type { YearSchedule } from '../year-schedule'
import { SCHEDULE_2025 } from './2025'
import { SCHEDULE_2026 } from './2026'

export { SCHEDULE_2025, SCHEDULE_2026 }

/** The State Council schedules shipped with the app; the server may load more at run time. */
export const BUNDLED_SCHEDULES: readonly YearSchedule[] = [SCHEDULE_2025, SCHEDULE_2026]
