/** The server's error contract (API.md) as a typed error the UI can switch on by code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** Everything else the error body carried (e.g. existingFilingId, firstAllowedOn). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const NETWORK_ERROR_MESSAGE = '网络不太好，没有连上服务器。您填的内容已保存，请稍后再点一次。'
