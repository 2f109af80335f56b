import type { AfterWindowGuidance } from '@/domain/emergency'
import type { DomainError, DomainErrorCode } from '@/domain/errors'
import type { EmergencyWindow } from '@/domain/rules'

/**
 * The one error type routes throw for an expected failure. The error handler turns it into
 * `{ code, message, fields? }` (API.md "Errors"); `message` is plain Chinese saying what to do next.
 */
export class AppError extends Error {
  override name = 'AppError'
  /** Extra top-level fields of the error body (e.g. `firstAllowedOn`); each must be in ErrorResponseSchema. */
  readonly details?: ErrorDetails
  /** 429/503: sent as the Retry-After header. */
  readonly retryAfterSeconds?: number

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    options?: { cause?: unknown; details?: ErrorDetails; retryAfterSeconds?: number },
  ) {
    super(message, options)
    if (options?.details) this.details = options.details
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds
  }
}

/** What a client may need besides the message to act on a refusal (names listed in ErrorResponseSchema). */
export interface ErrorDetails {
  /** 409 CANCEL_LOCKED / CHANGE_LOCKED: the first day the action is allowed. */
  firstAllowedOn?: string
  /** 409 DUPLICATE_FILING: the filing that already stands. */
  existingFilingId?: string
  existingNumber?: string
  /** 422 EMERGENCY_WINDOW_CLOSED / EMERGENCY_DEEMED_FILED: the window that says so. */
  window?: EmergencyWindow
  /** 422 EMERGENCY_WINDOW_CLOSED: what to do now (零星报销) and what it costs. */
  guidance?: AfterWindowGuidance
  /** 422 PRIVACY_CONSENT_REQUIRED: the 隐私保护指引 version to agree to. */
  privacyNoticeVersion?: string
}

export const UNAUTHORIZED_MESSAGE = '登录已失效，请重新打开小程序登录'

export function unauthorized(message: string = UNAUTHORIZED_MESSAGE): AppError {
  return new AppError(401, 'UNAUTHORIZED', message)
}

/**
 * 503 DATABASE_UNAVAILABLE: the database cannot be reached right now (db/availability). Nothing
 * of the request was written; the app keeps what was typed, so trying again later is safe.
 */
export function databaseUnavailable(cause?: unknown): AppError {
  return new AppError(503, 'DATABASE_UNAVAILABLE', '系统暂时连不上数据库，请稍等一两分钟再试；已填的内容不会丢失', undefined, { cause })
}

export function validationFailed(statusCode: 400 | 422, fields: Record<string, string>): AppError {
  return new AppError(statusCode, 'VALIDATION_FAILED', '填写的内容有误，请按提示修改后再提交', fields)
}

/** The HTTP status of each domain error code a route passes on; any other refusal is 422. */
const DOMAIN_STATUS: Partial<Record<DomainErrorCode, 400 | 404 | 409>> = {
  DATE_INVALID: 400,
  REGION_UNKNOWN: 404,
  CALENDAR_YEAR_NOT_COVERED: 404,
  CANCEL_LOCKED: 409,
}

/**
 * A domain rule's refusal as an HTTP answer, keeping its code and plain message. `field` names
 * the input it is about, so a form can mark it (not for 404: nothing there to correct in place).
 */
export function fromDomain(error: DomainError, field?: string): AppError {
  const status = DOMAIN_STATUS[error.code] ?? 422
  const fields = field !== undefined && status !== 404 ? { [field]: error.message } : undefined
  return new AppError(status, error.code, error.message, fields)
}
