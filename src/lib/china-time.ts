import dayjs from './dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** China is UTC+8 all year: format in China time whatever zone the phone is set to. */
const CHINA_OFFSET_MINUTES = 8 * 60

/** 'YYYY-MM-DD HH:mm' of an ISO instant, China time. */
export function chinaDateTime(at: string): string {
  return dayjs(at).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm')
}

/** 'YYYY-MM-DD' of an ISO instant, China time. */
export function chinaDay(at: string): string {
  return dayjs(at).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD')
}
