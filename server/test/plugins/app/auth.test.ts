import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, closeTestApp, expectErrorBody, testDatabase } from '../../helpers/build'

async function appWithReviewerRoute(env: Record<string, string>): Promise<FastifyInstance> {
  const app = await buildTestApp({ env })
  app.get('/api/review/test', { onRequest: app.requireReviewer }, async () => ({ ok: true }))
  return app
}

describe('requireReviewer', () => {
  it('refuses everyone when REVIEWER_TOKEN is unset', async () => {
    const app = await appWithReviewerRoute({})
    for (const headers of [{}, bearer(''), bearer('anything')]) {
      const response = await app.inject({ method: 'GET', url: '/api/review/test', headers })
      expect(response.statusCode).toBe(401)
      expectErrorBody(response.json(), 'UNAUTHORIZED')
    }
  })

  it('accepts only the configured token', async () => {
    const app = await appWithReviewerRoute({ REVIEWER_TOKEN: 'reviewer-secret-token' })
    const wrong = await app.inject({ method: 'GET', url: '/api/review/test', headers: bearer('reviewer-secret-tokeN') })
    expect(wrong.statusCode).toBe(401)
    const right = await app.inject({ method: 'GET', url: '/api/review/test', headers: bearer('reviewer-secret-token') })
    expect(right.statusCode).toBe(200)
  })

  it('does not accept a user session token', async () => {
    const app = await appWithReviewerRoute({ REVIEWER_TOKEN: 'reviewer-secret-token' })
    const session = (
      await app.inject({ method: 'POST', url: '/api/sessions', payload: { code: 'dev:reviewer-test' } })
    ).json<{ token: string }>()
    const response = await app.inject({ method: 'GET', url: '/api/review/test', headers: bearer(session.token) })
    expect(response.statusCode).toBe(401)
  })
})

describe('session secret', () => {
  it('uses SESSION_SECRET when set, so another instance on the same database accepts the token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yidi-auth-'))
    try {
      const database = testDatabase(join(dir, 'app.db'))
      const env = { SESSION_SECRET: 'shared-secret-for-test' }
      const a = await buildTestApp({ env, database })
      const b = await buildTestApp({ env, database })
      const other = await buildTestApp({ env: { SESSION_SECRET: 'a-different-secret' }, database })
      const { token } = (
        await a.inject({ method: 'POST', url: '/api/sessions', payload: { code: 'dev:shared-secret' } })
      ).json<{ token: string }>()
      expect((await b.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).statusCode).toBe(200)
      expect((await other.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).statusCode).toBe(401)
      await Promise.all([a, b, other].map(closeTestApp))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
