/**
 * The one error type routes throw for an expected failure. The error handler turns it into
 * `{ code, message, fields? }` (API.md "Errors"); `message` is plain Chinese saying what to do next.
 */
export class AppError extends Error {
  override name = 'AppError'

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

export const UNAUTHORIZED_MESSAGE = '登录已失效，请重新打开小程序登录'

export function unauthorized(message: string = UNAUTHORIZED_MESSAGE): AppError {
  return new AppError(401, 'UNAUTHORIZED', message)
}

export function validationFailed(statusCode: 400 | 422, fields: Record<string, string>): AppError {
  return new AppError(statusCode, 'VALIDATION_FAILED', '填写的内容有误，请按提示修改后再提交', fields)
}
