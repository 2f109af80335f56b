import { AppError } from '@server/errors'
import { buildTestApp, expectErrorBody } from '../../helpers/build'

describe('the error handler', () => {
  it('answers 500 INTERNAL with a plain message and no internals', async () => {
    const app = await buildTestApp()
    app.get('/api/test/throws', async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:5432 at /srv/app/db.ts')
    })
    const response = await app.inject({ method: 'GET', url: '/api/test/throws' })
    expect(response.statusCode).toBe(500)
    expect(response.json()).toEqual({ code: 'INTERNAL', message: '服务器出错了，请稍后再试' })
    expect(response.body).not.toMatch(/ECONNREFUSED|db\.ts|stack/)
  })

  it('hides the message of a library error that carries a 5xx status', async () => {
    const app = await buildTestApp()
    app.get('/api/test/throws-503', async () => {
      throw Object.assign(new Error('pool exhausted'), { statusCode: 503 })
    })
    const response = await app.inject({ method: 'GET', url: '/api/test/throws-503' })
    expect(response.statusCode).toBe(503)
    expectErrorBody(response.json(), 'UNAVAILABLE')
    expect(response.body).not.toContain('pool')
  })

  it('passes an AppError through as { code, message, fields }', async () => {
    const app = await buildTestApp()
    app.get('/api/test/app-error', async () => {
      throw new AppError(409, 'SOMETHING_TAKEN', '已经有了，请换一个再试', { name: '重复了' })
    })
    const response = await app.inject({ method: 'GET', url: '/api/test/app-error' })
    expect(response.statusCode).toBe(409)
    expect(response.json()).toEqual({ code: 'SOMETHING_TAKEN', message: '已经有了，请换一个再试', fields: { name: '重复了' } })
  })

  it('rewords a library 4xx without passing its English message on', async () => {
    const app = await buildTestApp()
    app.get('/api/test/throws-400', async () => {
      throw Object.assign(new Error('Bad thing in module foo'), { statusCode: 400 })
    })
    const response = await app.inject({ method: 'GET', url: '/api/test/throws-400' })
    expect(response.statusCode).toBe(400)
    expectErrorBody(response.json(), 'BAD_REQUEST')
    expect(response.body).not.toContain('foo')
  })

  it('answers 405 METHOD_NOT_ALLOWED, with Allow, for a wrong method on a known path', async () => {
    const app = await buildTestApp()
    const response = await app.inject({ method: 'DELETE', url: '/api/health' })
    expect(response.statusCode).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD')
    expectErrorBody(response.json(), 'METHOD_NOT_ALLOWED')
  })
})
