import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { findDevelopmentOrigins } from '../../config/release-origin'

const root = path.resolve(__dirname, '../..')
// scripts/test.mjs builds it with this origin: `API_BASE=… npm run release:weapp -- --out dist/weapp-release`.
const RELEASE_ORIGIN = 'https://yibao.example.gov.cn'
const out = path.join(root, 'dist', 'weapp-release')

function release(apiBase: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, API_BASE: apiBase }
  if (apiBase === undefined) delete env.API_BASE
  return spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/release-weapp.ts', '--out', 'dist/weapp-refused'], {
    cwd: root,
    env,
    encoding: 'utf8',
  })
}

describe('npm run release:weapp refuses an origin WeChat would refuse, before building', () => {
  it.each([
    [undefined, '发布构建已停止：API_BASE 没有设置。'],
    ['http://127.0.0.1:3000', '发布构建已停止：API_BASE（http://127.0.0.1:3000）必须以 https:// 开头'],
    ['https://localhost:3000', '发布构建已停止：API_BASE（https://localhost:3000）指向本机（localhost）'],
    ['https://192.168.1.20', '发布构建已停止：API_BASE（https://192.168.1.20）是 IP 地址'],
  ])('API_BASE=%s', (apiBase, message) => {
    const res = release(apiBase)
    expect(res.status).toBe(1)
    expect(res.stderr).toContain(message)
    expect(fs.existsSync(path.join(root, 'dist', 'weapp-refused'))).toBe(false)
  })
})

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? filesUnder(full) : [full]
  })
}

describe('the release build (dist/weapp-release)', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(out, 'app.js'))) {
      throw new Error(`dist/weapp-release is missing: run \`API_BASE=${RELEASE_ORIGIN} npm run release:weapp -- --out dist/weapp-release\` first (npm test does)`)
    }
  })

  it('has no loopback, IP or plain-http origin in any JS, WXML or JSON file', () => {
    const code = filesUnder(out).filter((f) => /\.(js|wxml|wxs|json)$/.test(f))
    expect(code.length).toBeGreaterThan(20)
    const found = code.flatMap((f) => findDevelopmentOrigins(fs.readFileSync(f, 'utf8')).map((o) => `${path.relative(out, f)}: ${o}`))
    expect(found).toEqual([])
  })

  it('calls the release origin, and the receipt QR code links to it', () => {
    const js = filesUnder(out).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(f, 'utf8')).join('\n')
    expect(js).toContain(`"${RELEASE_ORIGIN}"`)
    expect(js).toContain('/packages/status/pages/lookup/index')
    expect(JSON.parse(fs.readFileSync(`${out}.build.json`, 'utf8'))).toEqual({ kind: 'release', apiBase: RELEASE_ORIGIN })
  })
})
