import { fail, ok, type Result } from '@/domain/errors'
import { chineseDateOf } from '@/domain/calendar/day-number'

/**
 * First two digits of a 身份证号 (GB/T 2260 province codes), plus 71 台湾, 81 香港, 82 澳门 and
 * 83 (台湾居民居住证 numbers start 830000) — SPEC §9, GB 11643-1999.
 */
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
])

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export interface IdNumberFacts {
  /** Normalised: upper-case X. */
  idNumber: string
  birthDate: string
  sex: 'M' | 'F'
  regionPrefix: string
}

/**
 * The sex an 18-digit ID number gives (its 17th digit: odd a man, even a woman; GB 11643-1999
 * 4.5), 'M' | 'F'; null for anything else (a short number, or a 17th character that is not a
 * digit; a number masked as maskIdNumber does, last four kept, still gives it). No check-digit
 * test: numbers stored by the server were checked when they were entered.
 */
export function sexOfIdNumber(idNumber: string): 'M' | 'F' | null {
  const digit = idNumber.length === 18 ? idNumber.charCodeAt(16) - 48 : -1
  if (digit < 0 || digit > 9) return null
  return digit % 2 === 1 ? 'M' : 'F'
}

/** The ISO 7064 MOD 11-2 check character for the first 17 digits (GB 11643-1999). */
export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

/**
 * An ID number as it is stored and compared: without spaces (typed in groups as printed on the
 * card, "450202 1956 0308 1525"), upper-case X (what checkIdNumber answers).
 */
export function normalizeIdNumber(input: string): string {
  return input.replace(/\s/g, '').toUpperCase()
}

/**
 * Checks an 18-character 居民身份证号码 (SPEC §9; GB 11643-1999): format, region prefix,
 * a real birth date not after today, and the check digit. The message says which part is wrong.
 * @param today China date 'YYYY-MM-DD'
 */
export function checkIdNumber(input: string, today: string): Result<IdNumberFacts> {
  const id = normalizeIdNumber(input)
  if (id === '') return fail('REQUIRED', '请填写身份证号码')
  if (id.length !== 18) {
    return fail('ID_LENGTH', `身份证号码应为 18 位，现在是 ${id.length} 位，请对照证件检查是否多输或漏输`)
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return fail('ID_FORMAT', '身份证号码前 17 位只能是数字，最后一位是数字或字母 X，请对照证件重新输入')
  }
  const prefix = id.slice(0, 2)
  if (!PROVINCE_PREFIXES.has(prefix)) {
    return fail('ID_REGION', `身份证号码开头的 ${prefix} 不是有效的地区代码，请检查前两位是否输错`)
  }
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  if (y < 1900 || !isRealDate(y, m, d)) {
    return fail('ID_BIRTH_DATE', `身份证号码第 7–14 位是出生日期，${id.slice(6, 14)} 不是有效日期，请检查这几位`)
  }
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (birthDate > today) {
    return fail('ID_BIRTH_FUTURE', `身份证号码里的出生日期 ${chineseDateOf(birthDate)} 还没到，请检查第 7–14 位`)
  }
  if (idCheckChar(id.slice(0, 17)) !== id[17]) {
    return fail('ID_CHECK_DIGIT', '身份证号码校验不通过，可能有一位输错了，请对照证件逐位核对')
  }
  // 18 characters, the 17th a digit (checked above): never null here.
  const sex = sexOfIdNumber(id) as 'M' | 'F'
  return ok({ idNumber: id, birthDate, sex, regionPrefix: prefix })
}

/**
 * The last 6 characters of an 18-digit 公民身份号码 (GB 11643: 5 digits of the sequence and
 * birth part, then the check character 0-9 or X), as the public status lookup asks for them.
 * A JSON-Schema pattern (the server's querystring) and the app's check are this one source.
 */
export const ID_TAIL_PATTERN = '^[0-9]{5}[0-9Xx]$'

/** The 6-character ID tail, trimmed and upper-cased, or the message saying what to type (GB 11643). */
export function checkIdTail(input: string): Result<string> {
  const tail = input.trim().toUpperCase()
  if (!new RegExp(ID_TAIL_PATTERN).test(tail)) {
    return fail('ID_TAIL_INVALID', '请输入参保人身份证号的最后 6 位（最后一位可能是 X）')
  }
  return ok(tail)
}

/** A staff search for the end of an ID number: 4 to 6 characters, the last may be X. */
export function idTailSearch(text: string): string | null {
  return /^[0-9]{3,5}[0-9Xx]$/.test(text) ? text.toUpperCase() : null
}
