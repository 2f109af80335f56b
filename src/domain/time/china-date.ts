/**
 * China dates from instants. China has used UTC+8 all year since 1991, so a China date is the
 * UTC date of (instant + 8 h). Computing it this way gives the same answer whatever time zone
 * the phone or server runs in.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

const DAY_MS = 24 * 60 * 60 * 1000

/** The last day asked for, kept: a server asks for the same day on every request (issue 15). */
let lastDay = Number.NaN
let lastDate = ''

/**
 * The China calendar date ('YYYY-MM-DD') of an instant. The answer for the last day asked is
 * kept, so asking again that day formats nothing; an invalid Date throws RangeError, as
 * toISOString does.
 */
export function chinaDateOf(instant: Date): string {
  const shifted = instant.getTime() + CHINA_OFFSET_MS
  const day = Math.floor(shifted / DAY_MS)
  if (day === lastDay) return lastDate
  const date = new Date(shifted).toISOString().slice(0, 10)
  lastDay = day
  lastDate = date
  return date
}

/** Today's date in China, given the current instant (the domain never reads a clock itself). */
export const chinaToday = chinaDateOf
