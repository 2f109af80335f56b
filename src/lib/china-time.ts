import dayjs from './dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** China is UTC+8 all year: format in China time whatever zone the phone is set to. */
const CHINA_OFFSET_MINUTES = 8 * 60

/**
 * An ISO instant as people read it, China time: '2026-12-11T18:53:00Z' → '2026 年 12 月 12 日 02:53'
 * (the same date words as formatChineseDate, so a page never mixes '2026-12-12' with '12 月 11 日').
 */
export function chinaDateTime(at: string): string {
  return dayjs(at).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY 年 M 月 D 日 HH:mm')
}

/** The China day of an ISO instant: '2026-12-11T18:53:00Z' → '2026 年 12 月 12 日'. */
export function chinaDay(at: string): string {
  return dayjs(at).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY 年 M 月 D 日')
}
