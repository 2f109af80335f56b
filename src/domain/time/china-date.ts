/**
 * China dates from instants. China has used UTC+8 all year since 1991, so a China date is the
 * UTC date of (instant + 8 h). Computing it this way gives the same answer whatever time zone
 * the phone or server runs in.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** The China calendar date ('YYYY-MM-DD') of an instant. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** Today's date in China, given the current instant (the domain never reads a clock itself). */
export const chinaToday = chinaDateOf
