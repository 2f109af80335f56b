import { buildTestApp, expectErrorBody, expectedDialect } from '../../helpers/build'

describe('GET /api/health', () => {
  it('answers ok and names the database engine', async () => {
    const app = await buildTestApp()
    const response = await app.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok', db: expectedDialect })
  })

  it('answers 404 NOT_FOUND with a plain message for an unknown route', async () => {
    const app = await buildTestApp()
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' })
    expect(response.statusCode).toBe(404)
    expectErrorBody(response.json(), 'NOT_FOUND')
  })

  it('documents the API at /docs/json', async () => {
    const app = await buildTestApp()
    const response = await app.inject({ method: 'GET', url: '/docs/json' })
    expect(response.statusCode).toBe(200)
    const doc = response.json<{ paths: Record<string, unknown> }>()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/sessions',
        '/api/me',
        '/api/me/profile',
        '/api/regions',
        '/api/policy-profiles/{regionCode}',
        '/api/calendar/{year}',
        '/api/emergency-window',
      ]),
    )
  })
})
