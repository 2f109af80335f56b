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

/** Whether a string is a well-formed filing number (upper-cases and trims first). */
export function normalizeFilingNumber(input: string): string | null {
  const n = input.trim().toUpperCase().replace(/\s+/g, '')
  return PATTERN.test(n) ? n : null
}
