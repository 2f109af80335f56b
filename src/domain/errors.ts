/**
 * Every error a domain rule can report. Rules return these codes (never thrown strings);
 * the server maps them to HTTP answers and the app to plain-Chinese messages.
 * Add new codes here, one per line, grouped by area.
 */
export type DomainErrorCode =
  // identity and contact checks (SPEC §9)
  | 'REQUIRED'
  | 'NAME_INVALID'
  | 'ID_LENGTH'
  | 'ID_FORMAT'
  | 'ID_REGION'
  | 'ID_BIRTH_DATE'
  | 'ID_BIRTH_FUTURE'
  | 'ID_CHECK_DIGIT'
  | 'ID_TAIL_INVALID'
  | 'MOBILE_INVALID'
  | 'REGION_UNKNOWN'
  | 'INSURANCE_TYPE_INVALID'
  // free text (reasons, addresses, notes): characters a person cannot see or type
  | 'TEXT_INVISIBLE_CHARACTERS'
  | 'TEXT_LINE_BREAK'
  | 'TEXT_ANGLE_BRACKETS'
  // destination 备案地 (SPEC §3)
  | 'DESTINATION_CITY_REQUIRED'
  | 'DESTINATION_CITY_MISMATCH'
  | 'DESTINATION_CITY_NOT_ALLOWED'
  // dates (SPEC §4, §9)
  | 'DATE_INVALID'
  | 'DATE_RANGE_INVERTED'
  | 'DATE_IN_FUTURE'
  // working-day calendar (API: GET /api/calendar/:year)
  | 'CALENDAR_YEAR_NOT_COVERED'
  | 'CALENDAR_DATA_INVALID'
  // filing rules (SPEC §4-§6)
  | 'FILING_TYPE_UNKNOWN'
  | 'EMERGENCY_TRIP_TOO_LONG'
  | 'START_AFTER_ADMISSION'
  | 'CANCEL_LOCKED'
  | 'AMOUNT_INVALID'

export interface DomainError {
  code: DomainErrorCode
  /** Plain Chinese, says what is wrong and what to do next. */
  message: string
}

export type Result<T> = { ok: true; value: T } | ({ ok: false } & DomainError)

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: DomainErrorCode, message: string): Result<T> => ({ ok: false, code, message })
