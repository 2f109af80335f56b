import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
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

describe('serving a pre-compressed build (scripts/precompress.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yidi-h5-br-'))
  mkdirSync(join(dir, 'js'))
  // Large enough (≥ 1 KB) to be compressed.
  const script = `console.info(${JSON.stringify('异地就医备案 '.repeat(200))})\n`
  const html = `<!doctype html><title>异地就医备案</title><body>${'<div>首页</div>'.repeat(100)}</body>`
  writeFileSync(join(dir, 'index.html'), html)
  writeFileSync(join(dir, 'js', 'app.1a2b3c4d.js'), script)
  writeFileSync(join(dir, 'js', 'small.9f8e7d6c.js'), 'console.info(1)')
  const run = spawnSync(process.execPath, ['scripts/precompress.mjs', dir], { cwd: resolve(__dirname, '../../../..'), encoding: 'utf8' })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const spaApp = () => buildTestApp({ env: { STATIC_DIR: dir }, serveStatic: true })
  const IMMUTABLE = 'public, max-age=31536000, immutable'

  it('writes .br and .gz next to files of 1 KB or more, and none for smaller ones', () => {
    expect(run.status).toBe(0)
    expect(existsSync(join(dir, 'js', 'app.1a2b3c4d.js.br'))).toBe(true)
    expect(existsSync(join(dir, 'js', 'app.1a2b3c4d.js.gz'))).toBe(true)
    expect(existsSync(join(dir, 'index.html.br'))).toBe(true)
    expect(existsSync(join(dir, 'js', 'small.9f8e7d6c.js.br'))).toBe(false)
  })

  // accept-encoding | content-encoding | decode
  it.each<[string | undefined, string | undefined, (b: Buffer) => Buffer]>([
    ['br, gzip', 'br', (b) => brotliDecompressSync(b)],
    ['gzip, deflate', 'gzip', (b) => gunzipSync(b)],
    [undefined, undefined, (b) => b],
  ])('a hashed script asked with accept-encoding %s goes out as %s, cached for a year', async (accept, encoding, decode) => {
    const app = await spaApp()
    const response = await app.inject({ method: 'GET', url: '/js/app.1a2b3c4d.js', headers: accept ? { 'accept-encoding': accept } : {} })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-encoding']).toBe(encoding)
    expect(response.headers['content-type']).toMatch(/javascript/)
    expect(response.headers['cache-control']).toBe(IMMUTABLE)
    expect(response.headers.vary).toMatch(/accept-encoding/i)
    expect(decode(response.rawPayload).toString('utf8')).toBe(script)
  })

  it('sends a small file as it is, still immutable', async () => {
    const app = await spaApp()
    const response = await app.inject({ method: 'GET', url: '/js/small.9f8e7d6c.js', headers: { 'accept-encoding': 'br' } })
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body).toBe('console.info(1)')
    expect(response.headers['cache-control']).toBe(IMMUTABLE)
  })

  it.each(['/', '/index.html', '/pages/profile/index'])('revalidates index.html at %s, compressed', async (url) => {
    const app = await spaApp()
    const response = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toBe(html)
  })
})
