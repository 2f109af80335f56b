import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildTestApp, expectErrorBody } from '../../helpers/build'

describe('serving the built H5 app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yidi-h5-'))
  mkdirSync(join(dir, 'js'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>异地就医备案</title>')
  writeFileSync(join(dir, 'js', 'app.js'), 'console.info("app")')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const spaApp = () => buildTestApp({ env: { STATIC_DIR: dir }, serveStatic: true })

  it('serves index.html at / and its files by path', async () => {
    const app = await spaApp()
    const index = await app.inject({ method: 'GET', url: '/' })
    expect(index.statusCode).toBe(200)
    expect(index.body).toContain('异地就医备案')
    const script = await app.inject({ method: 'GET', url: '/js/app.js' })
    expect(script.statusCode).toBe(200)
    expect(script.headers['content-type']).toMatch(/javascript/)
  })

  it('answers index.html for an app route the server does not know (SPA fallback)', async () => {
    const app = await spaApp()
    const response = await app.inject({ method: 'GET', url: '/pages/profile/index?from=home' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/text\/html/)
  })

  it('keeps JSON 404s for unknown /api paths and leaves the API working', async () => {
    const app = await spaApp()
    const missing = await app.inject({ method: 'GET', url: '/api/nope' })
    expect(missing.statusCode).toBe(404)
    expectErrorBody(missing.json(), 'NOT_FOUND')
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
  })

  it('serves nothing at / when serveStatic is off (API alone)', async () => {
    const app = await buildTestApp({ env: { STATIC_DIR: dir } })
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(404)
  })

  it('starts without the H5 build when its folder does not exist', async () => {
    const app = await buildTestApp({ env: { STATIC_DIR: join(dir, 'missing') }, serveStatic: true })
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(404)
  })
})
