import { fail, ok, type Result } from '@/domain/errors'

/**
 * What a free-text field may hold (SPEC §9: inputs are checked on the server too). Text people
 * type is shown to staff, printed on receipts and stored in both databases, so characters that
 * cannot be seen or typed are refused rather than stored: PostgreSQL refuses U+0000 outright
 * (a 500 before this check), and bidirectional overrides make a text read differently from
 * what it holds (the "Trojan Source" trick, CVE-2021-42574).
 */
export interface TextField {
  /** The field as the person reads it, e.g. '取消原因'; starts every message. */
  label: string
  /** A field meant to hold several lines (a reason, a note): `\n` and `\r\n` are allowed. */
  multiline?: boolean
  /** Refuse `<` and `>`: no address or hospital name has them, and markup has no place there. */
  noAngleBrackets?: boolean
}

// U+0000–U+001F (C0, including tab and line breaks) and U+007F–U+009F (DEL and C1).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
// LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM, ALM (Unicode TR9), and the line and paragraph
// separators U+2028/U+2029 that break JSON-in-JavaScript and no keyboard types.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/
// ZWSP ZWNJ ZWJ, WORD JOINER, BOM / ZWNBSP.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/
// Half of a surrogate pair on its own: not a character at all (cannot be encoded in UTF-8).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const LINE_BREAK = /\r\n|\n/g

/**
 * Checks one free-text value; answers it unchanged when it is acceptable.
 *
 * Refuses, with a message naming the field and saying what to do:
 * - `TEXT_LINE_BREAK`: a line break in a one-line field;
 * - `TEXT_INVISIBLE_CHARACTERS`: any other control character (U+0000–U+001F, U+007F–U+009F),
 *   a bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), a line or
 *   paragraph separator (U+2028, U+2029), a zero-width character (U+200B–U+200D, U+2060,
 *   U+FEFF) or a lone surrogate;
 * - `TEXT_ANGLE_BRACKETS`: `<` or `>` where `noAngleBrackets` is set.
 * Length and emptiness are the field's own rules (schema lengths, the domain check of the form).
 */
export function checkText(value: string, field: TextField): Result<string> {
  const hasLineBreak = /[\r\n]/.test(value)
  const rest = field.multiline ? value.replace(LINE_BREAK, '') : value
  if (!field.multiline && hasLineBreak) {
    return fail('TEXT_LINE_BREAK', `${field.label}只能写一行，请删掉换行后重新输入`)
  }
  if (CONTROL.test(rest) || BIDI.test(rest) || ZERO_WIDTH.test(rest) || LONE_SURROGATE.test(rest)) {
    return fail('TEXT_INVISIBLE_CHARACTERS', `${field.label}里有看不见的特殊字符，请删掉后重新输入`)
  }
  if (field.noAngleBrackets && /[<>]/.test(value)) {
    return fail('TEXT_ANGLE_BRACKETS', `${field.label}里不能有“<”或“>”，请删掉后重新输入`)
  }
  return ok(value)
}
