/**
 * Masking for log output. Logs travel to places (files, collectors, screenshots) that the
 * people in them never agreed to, so an ID number or phone number never appears in full.
 */

import { maskIdNumber, maskName, maskPhone } from '@/domain/privacy/mask'

// The maskers themselves are shared with the app and the staff console (src/domain/privacy/mask).
export { maskIdNumber, maskName, maskPhone }

// A digit, ASCII or full-width (０-９, as Chinese input methods type them).
const DIGIT = '[0-9\\uFF10-\\uFF19]'
// What may stand right before a number (captured and kept, not a lookbehind: ~7× faster on
// every log line): the start, an escape whose last characters are hex digits (`%20`, `%0A`,
// `%2B` in URLs, `\u3000` in JSON) and must not count as part of the run, or any non-digit.
// Letters and underscores do not protect a number (`id_110…`, `\n110…`).
const BEFORE = `(^|%[0-9A-Fa-f]{2}|\\\\u[0-9A-Fa-f]{4}|[^0-9\\uFF10-\\uFF19])`
const END = `(?!${DIGIT})`
// 18 characters, the last a check digit that may be X (GB 11643); longer digit runs are left alone.
const ID_NUMBER_LIKE = new RegExp(`${BEFORE}(${DIGIT}{17}(?:${DIGIT}|[XxＸｘ]))${END}`, 'g')
// A mainland mobile, maybe written 138 1234 5678 or 138-1234-5678, maybe after +86 / %2B86.
const PHONE_LIKE = new RegExp(`${BEFORE}((?:86|８６)?)([1１][3-9３-９]${DIGIT}[ -]?${DIGIT}{4}[ -]?${DIGIT}{4})${END}`, 'g')

/**
 * Masks every ID-number-like and phone-like run inside a piece of text (e.g. one log line), in
 * the encodings a log line carries them: plain, percent-encoded neighbours, JSON escapes,
 * full-width digits and spaces. Over-masking (a digit run that only looks like one) is accepted.
 */
export function maskSensitiveText(text: string): string {
  return text
    .replace(ID_NUMBER_LIKE, (_match, before: string, id: string) => before + maskIdNumber(id))
    .replace(PHONE_LIKE, (_match, before: string, prefix: string, phone: string) => before + prefix + maskPhone(phone))
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
