/**
 * Masking for log output. Logs travel to places (files, collectors, screenshots) that the
 * people in them never agreed to, so an ID number or phone number never appears in full.
 */

/** `110101199003071234` → `1101**********1234`: region prefix and last four stay recognisable. */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length)
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4)
}

/** `13812345678` → `138****5678`. */
export function maskPhone(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length)
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4)
}

/** A name as the public may see it: `张建华` → `张*华`, `李四` → `李*`, `欧阳小明` → `欧**明`. */
export function maskName(value: string): string {
  const chars = Array.from(value)
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return chars[0] + '*'
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}

// Not part of a longer run of letters or digits, so timestamps and UUIDs are left alone.
const ID_NUMBER_LIKE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g
const PHONE_LIKE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g

/** Masks every ID-number-like and phone-like run inside a piece of text (e.g. one log line). */
export function maskSensitiveText(text: string): string {
  return text.replace(ID_NUMBER_LIKE, maskIdNumber).replace(PHONE_LIKE, maskPhone)
}

export interface LogDestination {
  write(chunk: string): unknown
}

/**
 * Wraps a log destination so every line is masked just before it is written. This is the
 * safety net behind explicit masking: it also catches values inside error messages, SQL
 * errors and URLs, whatever shape the logged object had.
 */
export function maskingDestination(inner: LogDestination): LogDestination {
  return { write: (chunk: string) => inner.write(maskSensitiveText(chunk)) }
}
