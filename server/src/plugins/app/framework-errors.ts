import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'

/**
 * Answers for errors Fastify raises before a route or the error handler runs, in the error
 * contract (`{ code, message }` in plain Chinese) and never repeating what was sent.
 */

const BAD_URL = { code: 'BAD_URL', message: '网址有误，请检查后再试' }
const URI_TOO_LONG = { code: 'URI_TOO_LONG', message: '网址太长了，请检查后再试' }
const BAD_REQUEST = { code: 'BAD_REQUEST', message: '请求有误，请检查后再试' }

/** What the security-headers plugin sets, for answers given before any hook runs. */
const HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
}

/** Fastify's `frameworkErrors`: a malformed URL (400) or a path parameter over 100 characters (414). */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const [status, body] =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? [414, URI_TOO_LONG]
    : error.code === 'FST_ERR_BAD_URL' ? [400, BAD_URL]
    : [error.statusCode ?? 400, BAD_REQUEST]
  void reply.code(status).headers(HEADERS).send(body)
}

const CLIENT_ERRORS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'HEADERS_TOO_LARGE',
    message: '请求头太大了，请清理浏览器的 Cookie 后再试',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', code: 'REQUEST_TIMEOUT', message: '请求超时了，请检查网络后再试' },
}

/**
 * Fastify's `clientErrorHandler`: what Node's HTTP parser refuses (headers too large, a
 * malformed request line) never reaches the app, so the answer is written to the socket here.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return
  const known = CLIENT_ERRORS[error.code ?? '']
  const { status, reason, code, message } = known ?? { status: 400, reason: 'Bad Request', ...BAD_REQUEST }
  const body = JSON.stringify({ code, message })
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      Object.entries(HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('') +
      'Connection: close\r\n\r\n' +
      body,
  )
}
