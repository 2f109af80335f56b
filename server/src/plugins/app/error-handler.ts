import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { isDatabaseUnavailable } from '@server/db/availability'
import { AppError, databaseUnavailable, type ErrorDetails } from '@server/errors'
import { unencapsulated } from '../unencapsulated'
import { validationFields } from './validation-messages'

interface ErrorBody extends ErrorDetails {
  code: string
  message: string
  fields?: Record<string, string>
}

/** Fastify's own 4xx errors, reworded for a person. Their English messages never reach clients. */
const FASTIFY_ERRORS: Record<string, ErrorBody & { statusCode?: number }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'INVALID_JSON',
    message: '提交的内容不是有效的 JSON，请检查格式后再试',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'INVALID_JSON',
    message: '提交的内容是空的，请填写后再提交',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'BODY_TOO_LARGE',
    message: '提交的内容太大了（最多 1 MB），请删减后再试',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: '不支持这种提交格式，请以 application/json 提交',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'BAD_REQUEST',
    message: '请求的长度与内容不符，请重新提交',
  },
}

const GENERIC_4XX: Record<number, ErrorBody> = {
  401: { code: 'UNAUTHORIZED', message: '登录已失效，请重新打开小程序登录' },
  404: { code: 'NOT_FOUND', message: '没有找到这个地址，请检查后再试' },
  405: { code: 'METHOD_NOT_ALLOWED', message: '不支持这种请求方式，请检查后再试' },
  429: { code: 'RATE_LIMITED', message: '操作太频繁了，请稍等一会儿再试' },
}

const INTERNAL: ErrorBody = { code: 'INTERNAL', message: '服务器出错了，请稍后再试' }
const UNAVAILABLE: ErrorBody = { code: 'UNAVAILABLE', message: '服务暂时不可用，请稍后再试' }

/**
 * A field name that came from the request (an unknown property, a multipart part) is named
 * back only when it looks like one of ours; anything else is reported under the request part,
 * so an answer never repeats arbitrary input.
 */
function safeFieldNames(fields: Record<string, string>, part: string): Record<string, string> {
  const safe: Record<string, string> = {}
  for (const [name, message] of Object.entries(fields)) {
    safe[/^[A-Za-z][A-Za-z0-9_]{0,39}(\.[A-Za-z0-9_]{1,40}){0,5}$/.test(name) ? name : part] ??= message
  }
  return safe
}

function toResponse(error: FastifyError | AppError): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { code: error.code, message: error.message }
    if (error.fields) body.fields = safeFieldNames(error.fields, 'body')
    if (error.details) Object.assign(body, error.details)
    return { status: error.statusCode, body }
  }
  if (error.validation) {
    return {
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: '填写的内容有误，请按提示修改后再提交',
        fields: safeFieldNames(validationFields(error.validation, error.validationContext ?? 'body'), error.validationContext ?? 'body'),
      },
    }
  }
  const known = FASTIFY_ERRORS[error.code]
  const status = error.statusCode ?? 500
  if (known) return { status, body: { code: known.code, message: known.message } }
  if (status >= 400 && status < 500) {
    return { status, body: GENERIC_4XX[status] ?? { code: 'BAD_REQUEST', message: '请求有误，请检查后再试' } }
  }
  // 5xx: nothing from the error itself goes out; the log keeps the details.
  return { status: status >= 500 && status < 600 ? status : 500, body: status === 503 ? UNAVAILABLE : INTERNAL }
}

/** The one error handler (API.md "Errors"): `{ code, message, fields? }`, 5xx details hidden. */
export const errorHandlerPlugin = unencapsulated('error-handler', async (app) => {
  app.setErrorHandler((thrown: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    // The database out of reach is a 503 the person can wait out, not a 500; the outage itself
    // is logged once by db/availability, each refused request below as a refusal.
    const unavailable = !(thrown instanceof AppError) && isDatabaseUnavailable(thrown)
    if (unavailable) request.server.dbAvailability.queryFailed(thrown)
    const error = unavailable ? databaseUnavailable(thrown) : thrown
    const { status, body } = toResponse(error)
    if (error instanceof AppError && error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds))
    if (unavailable) {
      request.log.warn({ code: body.code, statusCode: status }, 'request refused: database unavailable')
    } else if (status >= 500) {
      request.log.error({ err: error }, 'request failed')
    } else {
      request.log.info({ code: body.code, statusCode: status }, 'request refused')
    }
    return reply.code(status).send(body)
  })

  // Every route's path as a pattern, so a known path asked with another method gets 405, not 404.
  const routes: { pattern: RegExp; methods: Set<string> }[] = []
  app.addHook('onRoute', (route) => {
    const source = '^' + route.url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*') + '$'
    let entry = routes.find((r) => r.pattern.source === source)
    if (!entry) routes.push((entry = { pattern: new RegExp(source), methods: new Set() }))
    for (const method of [route.method].flat()) entry.methods.add(method)
  })

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    const isApi = path === '/api' || path.startsWith('/api/') || path.startsWith('/docs')
    // A path the SPA's router owns (e.g. /pages/filing/index) loads the app, which then routes.
    if (app.servesSpa && !isApi && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html')
    }
    const allowed = routes.filter((r) => r.pattern.test(path)).flatMap((r) => [...r.methods])
    if (allowed.length > 0) {
      return reply.code(405).header('allow', [...new Set(allowed)].sort().join(', ')).send(GENERIC_4XX[405])
    }
    return reply.code(404).send(GENERIC_4XX[404])
  })
})
