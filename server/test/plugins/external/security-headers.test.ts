import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { bearer, buildTestApp, closeTestApp, login } from '../../helpers/build'

// Issue 10, fault 7: no security headers; /docs answered in production; a path parameter over
// 100 characters got Fastify's own 414 in English, echoing the input.
const STAFF = 'staff-token'
const MARK = 'ZQXJ'

let app: FastifyInstance
beforeAll(async () => {
  app = await buildTestApp({ env: { REVIEWER_TOKEN: STAFF } })
}, 30_000)
afterAll(async () => closeTestApp(app))

function expectSecurityHeaders(response: LightMyRequestResponse) {
  expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(response.headers['content-security-policy']).toMatch(/default-src '(self|none)'/)
  expect(response.headers['x-frame-options']).toBe('DENY')
  expect(response.headers['referrer-policy']).toBe('no-referrer')
  expect(response.headers['x-content-type-options']).toBe('nosniff')
}

describe('security headers', () => {
  it('every API answer, JSON and errors alike, carries them and Cache-Control: no-store', async () => {
    const { token } = await login(app)
    const id = '3f0c8a1e-1b2c-4d5e-8f90-123456789abc'
    const requests = [
      { method: 'GET', url: '/api/me', headers: bearer(token) },
      { method: 'GET', url: '/api/me' },
      { method: 'GET', url: '/api/filings', headers: bearer(token) },
      { method: 'GET', url: `/api/filings/${id}`, headers: bearer(token) },
      { method: 'GET', url: '/api/family-members', headers: bearer(token) },
      { method: 'GET', url: `/api/uploads/${id}`, headers: bearer(token) }, // a 404: the upload route's own header is on its 200
      { method: 'GET', url: '/api/review/filings', headers: bearer(STAFF) },
      { method: 'GET', url: '/api/status?number=YD20250929ZZZZZZ&idTail=123456' },
      { method: 'GET', url: '/api/invitations/abc', headers: bearer(token) },
      { method: 'POST', url: '/api/sessions', payload: { code: 'dev:headers' } },
      { method: 'GET', url: '/api/nothing' },
    ] as const
    for (const request of requests) {
      const response = await app.inject(request)
      expectSecurityHeaders(response)
      expect([request.url, response.headers['cache-control']]).toEqual([request.url, 'no-store'])
    }
  })

  /** The headers of an answer other than the ones every HTTP answer has, sorted by name. */
  function securityHeadersOf(response: LightMyRequestResponse): Record<string, unknown> {
    const names = Object.keys(response.headers).filter(
      (name) => !['content-type', 'content-length', 'date', 'connection', 'etag', 'last-modified', 'accept-ranges', 'vary', 'content-encoding'].includes(name),
    )
    return Object.fromEntries(names.sort().map((name) => [name, response.headers[name]]))
  }

  it('an API answer carries the OWASP REST set, worked out once at start (issue 15), and no X-Powered-By', async () => {
    for (const url of ['/api/health', '/api/nothing']) {
      const response = await app.inject({ method: 'GET', url })
      expect([url, securityHeadersOf(response)]).toEqual([
        url,
        {
          'cache-control': 'no-store',
          'content-security-policy': "default-src 'none';frame-ancestors 'none'",
          'cross-origin-resource-policy': 'same-origin',
          'referrer-policy': 'no-referrer',
          'strict-transport-security': 'max-age=31536000; includeSubDomains',
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
        },
      ])
    }
  })

  it('a page, or anything else outside /api, carries helmet\'s full set with the app\'s CSP', async () => {
    const response = await app.inject({ method: 'GET', url: '/apiary' })
    expect(securityHeadersOf(response)).toEqual({
      'content-security-policy':
        "default-src 'self';base-uri 'self';object-src 'none';frame-ancestors 'none';form-action 'self';script-src 'self';" +
        "script-src-attr 'none';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;font-src 'self' data:;" +
        "connect-src 'self' blob:;worker-src 'self' blob:;media-src 'self' blob: data:",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'DENY',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    })
  })

  it('a route\'s own Cache-Control stays (public reference data), outside /api there is none', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/regions' })).headers['cache-control']).toBe('public, max-age=86400')
    expect((await app.inject({ method: 'GET', url: '/apiary' })).headers['cache-control']).toBe(undefined)
    expect((await app.inject({ method: 'GET', url: '/api?x=1' })).headers['cache-control']).toBe('no-store')
  })

  it('the CSP allows exactly the inline scripts of the built page, and no upgrade to https', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yidi-csp-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script>document.documentElement.lang="zh-CN"</script><script src="/js/app.js"></script>')
    try {
      const spa = await buildTestApp({ env: { STATIC_DIR: dir }, serveStatic: true })
      const page = await spa.inject({ method: 'GET', url: '/' })
      expectSecurityHeaders(page)
      expect(page.headers['content-security-policy']).toContain("script-src 'self' 'sha256-a6+YppEuB8wx6PzdifnpXukAC2wlRI2nuExInuSTzUo='")
      expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests')
      // The e2e run found it: Taro's H5 uploadFile reads the photo back from a blob: URL.
      expect(page.headers['content-security-policy']).toContain("connect-src 'self' blob:")
      expect(page.headers['cache-control']).not.toBe('no-store')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('/docs', () => {
  const production = { NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', ID_HASH_KEY: 'docs-test-id-hash-key' }

  it('renders in development, with its own CSP that still forbids framing', async () => {
    const page = await app.inject({ method: 'GET', url: '/docs' })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    expect(page.body).toContain('swagger-ui')
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(page.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'")
    expect((await app.inject({ method: 'GET', url: '/docs/json' })).json().info.title).toBe('异地就医备案 API')
  })

  it('is off under NODE_ENV=production, and on again with DOCS_ENABLED=1', async () => {
    const off = await buildTestApp({ env: production })
    for (const url of ['/docs', '/docs/json', '/docs/static/swagger-ui-bundle.js']) {
      const response = await off.inject({ method: 'GET', url })
      expect([url, response.statusCode, response.json().code]).toEqual([url, 404, 'NOT_FOUND'])
    }
    const on = await buildTestApp({ env: { ...production, DOCS_ENABLED: '1' } })
    expect((await on.inject({ method: 'GET', url: '/docs/json' })).statusCode).toBe(200)
  })
})

describe('every 4xx, Fastify\'s own included, is { code, message } in Chinese and repeats nothing sent', () => {
  const long = `${MARK}${'a'.repeat(150)}`
  // name | request | status | code
  it.each<[string, InjectOptions, number, string]>([
    ['a path parameter over 100 characters', { method: 'GET', url: `/api/invitations/${long}` }, 414, 'URI_TOO_LONG'],
    ['a malformed percent-escape in the path', { method: 'GET', url: `/api/filings/${MARK}%E0%A4%A` }, 400, 'BAD_URL'],
    ['an unsupported media type', { method: 'POST', url: '/api/sessions', headers: { 'content-type': 'application/xml' }, payload: `<${MARK}/>` }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['bad JSON', { method: 'POST', url: '/api/sessions', headers: { 'content-type': 'application/json' }, payload: `{"code": "${MARK}` }, 400, 'INVALID_JSON'],
    ['a body over 1 MB', { method: 'POST', url: '/api/sessions', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ code: MARK.repeat(300_000) }) }, 413, 'BODY_TOO_LARGE'],
    ['an unknown route', { method: 'GET', url: `/api/${MARK}<script>` }, 404, 'NOT_FOUND'],
    ['a known path with another method', { method: 'DELETE', url: '/api/sessions' }, 405, 'METHOD_NOT_ALLOWED'],
    ['an unknown field named with markup', { method: 'POST', url: '/api/sessions', payload: { code: 'dev:x', [`<${MARK}>`]: 1 } }, 400, 'VALIDATION_FAILED'],
    ['a wrong type', { method: 'POST', url: '/api/sessions', payload: { code: 7 } }, 400, 'VALIDATION_FAILED'],
  ])('%s → %p %s', async (_name, request, status, code) => {
    const response = await app.inject(request)
    expect(response.statusCode).toBe(status)
    const body = response.json()
    expect(body.code).toBe(code)
    expect(body.message).toMatch(/[\u4e00-\u9fff]/)
    expect(response.body).not.toContain(MARK)
    expect(response.body).not.toMatch(/FST_|Bad Request|Not Found|statusCode/)
    expectSecurityHeaders(response)
  })

  it('405 says which methods the path takes', async () => {
    const response = await app.inject({ method: 'PUT', url: '/api/filings/3f0c8a1e-1b2c-4d5e-8f90-123456789abc/cancel' })
    expect(response.statusCode).toBe(405)
    expect(response.headers.allow).toBe('POST')
    expect(response.json()).toEqual({ code: 'METHOD_NOT_ALLOWED', message: '不支持这种请求方式，请检查后再试' })
  })

  it('headers too large for Node (431) get the contract too, straight from the socket', async () => {
    const server = await buildTestApp()
    await server.listen({ port: 0, host: '127.0.0.1' })
    const { port } = server.server.address() as AddressInfo
    const socket = connect(port, '127.0.0.1')
    let raw = ''
    socket.on('data', (chunk) => (raw += chunk.toString('utf8')))
    socket.write(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${MARK}${'b'.repeat(40 * 1024)}\r\n\r\n`)
    await new Promise((resolve) => socket.on('close', resolve))
    expect(raw.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large')
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))
    expect(body).toEqual({ code: 'HEADERS_TOO_LARGE', message: '请求头太大了，请清理浏览器的 Cookie 后再试' })
    expect(raw).not.toContain(MARK)
  })
})
