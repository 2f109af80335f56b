/**
 * Filing numbers: 'YD' + the China date it was filed (8 digits) + 6 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), so a number read out over the phone is not misheard.
 * The random part comes from the caller (the server); the domain only formats and checks.
 */
export const FILING_NUMBER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const PATTERN = /^YD\d{8}[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/

/** Builds a filing number from the filing date and six random values in [0, 1). */
export function formatFilingNumber(filedOn: string, random: readonly number[]): string {
  if (random.length !== 6) throw new RangeError('six random values are needed')
  const tail = random.map((r) => FILING_NUMBER_ALPHABET[Math.floor(r * FILING_NUMBER_ALPHABET.length)]).join('')
  return `YD${filedOn.replace(/-/g, '')}${tail}`
}

/** Letters read for digits in the date part, which has digits only (copied from paper: I2O4 for 1204). */
const DIGIT_LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' }

/**
 * The filing number in `input`, or null when it is not one: upper-cased, spaces and hyphens
 * removed, and in the 8-digit date part the letters O, I and L read as 0, 1 and 1 (a trial typed
 * YD2026I2O4VPAHE7 from a paper receipt). The random part has no look-alikes to mix up (its
 * alphabet leaves out 0/O and 1/I/L), so nothing there is changed.
 * Example: normalizeFilingNumber('yd 2026 I2O4 vpahe7') === 'YD20261204VPAHE7'.
 */
export function normalizeFilingNumber(input: string): string | null {
  // Already as printed (a QR code, a link, the app's own calls): nothing to change. A profile of
  // the status lookup put the general path at ~1.7 % of its CPU (issue 15).
  if (PATTERN.test(input)) return input
  const n = input.trim().toUpperCase().replace(/[\s-]+/g, '')
  const fixed = n.length === 16 && n.startsWith('YD') ? `YD${n.slice(2, 10).replace(/[OIL]/g, (c) => DIGIT_LOOK_ALIKES[c]!)}${n.slice(10)}` : n
  return PATTERN.test(fixed) ? fixed : null
}

/**
 * What is wrong with a typed filing number, in plain words, or null when it is one
 * (normalizeFilingNumber). It says which part is wrong: the length, the YD, the 8-digit date, or
 * the last 6 characters (a trial was told "以 YD 开头，共 16 位" of a number that was both).
 */
export function filingNumberProblem(input: string): string | null {
  if (normalizeFilingNumber(input) !== null) return null
  const n = input.trim().toUpperCase().replace(/[\s-]+/g, '')
  const where = '在回执或“我的备案”里能看到'
  if (n === '') return `请填备案号：以 YD 开头，共 16 位，${where}`
  if (!n.startsWith('YD')) return `备案号以 YD 开头，共 16 位，${where}`
  if (n.length !== 16) return `备案号共 16 位，现在是 ${n.length} 位，请对着回执再看一遍`
  if (!/^\d{8}$/.test(n.slice(2, 10).replace(/[OIL]/g, '0'))) return 'YD 后面的 8 位是日期，只有数字，请对着回执再看一遍'
  return '备案号最后 6 位里没有数字 0、1 和字母 O、I、L，请对着回执再看一遍'
}
