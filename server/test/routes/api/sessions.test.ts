import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { buildApp } from '@server/app'
import { ConfigError, loadConfig } from '@server/config'
import { buildTestApp, expectErrorBody, testDatabase, uniqueDevCode } from '../../helpers/build'

const post = (code: unknown) => ({ method: 'POST' as const, url: '/api/sessions', payload: { code } })

describe('POST /api/sessions with the development provider', () => {
  it('logs in with a dev: code and answers a token and the user', async () => {
    const app = await buildTestApp()
    const response = await app.inject(post(uniqueDevCode()))
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body).toEqual({ token: expect.stringMatching(/^[\w-]+\.[\w-]+$/), user: { id: expect.any(String) } })
  })

  it('gives the same user for the same code, a different user for another code', async () => {
    const app = await buildTestApp()
    const code = uniqueDevCode()
    const first = (await app.inject(post(code))).json()
    const again = (await app.inject(post(code))).json()
    const other = (await app.inject(post(uniqueDevCode()))).json()
    expect(again.user.id).toBe(first.user.id)
    expect(other.user.id).not.toBe(first.user.id)
  })

  it.each([['0a1b2c3d'], ['dev:'], ['DEV-abc']])('refuses the non-development code %p with 401', async (code) => {
    const app = await buildTestApp()
    const response = await app.inject(post(code))
    expect(response.statusCode).toBe(401)
    expectErrorBody(response.json(), 'LOGIN_FAILED')
  })

  it('refuses a body without a code with 400 and a field message', async () => {
    const app = await buildTestApp()
    const response = await app.inject({ method: 'POST', url: '/api/sessions', payload: {} })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
      fields: { code: '请填写这一项' },
    })
  })
})

describe('refusing to start with the development provider in production', () => {
  it('throws when NODE_ENV=production and WeChat credentials are missing', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'production' }), database: testDatabase() }
    await expect(buildApp({ config, logger: false })).rejects.toThrow(ConfigError)
  })

  it('starts in production when WeChat credentials are set', async () => {
    const app = await buildTestApp({
      env: { NODE_ENV: 'production', WECHAT_APPID: 'wx123', WECHAT_SECRET: 's3cret', ID_HASH_KEY: 'sessions-test-id-hash-key' },
    })
    expect(app.loginProvider.kind).toBe('wechat')
  })

  it('refuses half a WeChat configuration', () => {
    expect(() => loadConfig({ WECHAT_APPID: 'wx123' })).toThrow(ConfigError)
  })
})

describe('POST /api/sessions with WeChat (against a local fake jscode2session)', () => {
  let server: Server
  let baseUrl: string
  const seen: URL[] = []
  // The fake answers like WeChat: JSON labelled text/plain, errcode for a bad code.
  let reply: (url: URL) => { status: number; body: string } = () => ({ status: 200, body: '{}' })

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      seen.push(url)
      const { status, body } = reply(url)
      res.writeHead(status, { 'content-type': 'text/plain' }).end(body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  const wechatApp = () =>
    buildTestApp({ env: { WECHAT_APPID: 'wxapp', WECHAT_SECRET: 'wxsecret', WECHAT_API_BASE_URL: baseUrl } })

  it('exchanges the code for an openid and logs the user in', async () => {
    const openid = `o_${Date.now()}_${Math.random()}`
    reply = (url) =>
      url.searchParams.get('js_code') === 'code-1'
        ? { status: 200, body: JSON.stringify({ openid, session_key: 'k' }) }
        : { status: 200, body: JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }) }
    const app = await wechatApp()
    const first = await app.inject(post('code-1'))
    expect(first.statusCode).toBe(200)
    const again = await app.inject(post('code-1'))
    expect(again.json().user.id).toBe(first.json().user.id)

    const request = seen.at(-1)!
    expect(request.pathname).toBe('/sns/jscode2session')
    expect(Object.fromEntries(request.searchParams)).toEqual({
      appid: 'wxapp',
      secret: 'wxsecret',
      js_code: 'code-1',
      grant_type: 'authorization_code',
    })
  })

  it('answers 401 when WeChat rejects the code', async () => {
    reply = () => ({ status: 200, body: JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }) })
    const app = await wechatApp()
    const response = await app.inject(post('bad-code'))
    expect(response.statusCode).toBe(401)
    expectErrorBody(response.json(), 'LOGIN_FAILED')
  })

  it('does not accept development codes when WeChat is configured', async () => {
    reply = () => ({ status: 200, body: JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }) })
    const app = await wechatApp()
    expect((await app.inject(post(uniqueDevCode()))).statusCode).toBe(401)
  })

  it('answers 502 with a plain message, and no secret, when WeChat is unreachable or broken', async () => {
    reply = () => ({ status: 500, body: 'oops' })
    const app = await wechatApp()
    const response = await app.inject(post('code-1'))
    expect(response.statusCode).toBe(502)
    expectErrorBody(response.json(), 'WECHAT_UNAVAILABLE')
    expect(response.body).not.toContain('wxsecret')
  })
})
