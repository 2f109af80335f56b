import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import fc from 'fast-check'
import { FREE_TEXT_KEYWORD } from '@server/schemas/free-text'
import { buildTestApp, closeTestApp, expectErrorBody } from '../helpers/build'
import { textTargets, type TextTarget } from '../helpers/text-targets'

// Issue 10, fault 3: a NUL in a reason was a 500 on PostgreSQL and stored on SQLite; addresses
// took right-to-left overrides and zero-width spaces. Every free-text field now runs the domain's
// checkText during schema validation: the same 400 on both databases, naming the field.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const STAFF = 'staff-token'

let app: FastifyInstance
let targets: TextTarget[]

beforeAll(async () => {
  app = await buildTestApp({
    now: () => NOW,
    env: { REVIEWER_TOKEN: STAFF, STATUS_RATE_LIMIT_PER_MINUTE: '100000', SESSION_TTL_SECONDS: '86400' },
  })
  targets = await textTargets(app, TODAY, STAFF)
}, 60_000)
afterAll(async () => closeTestApp(app))

const names = (t: TextTarget) => `${t.route} ${t.field}`

describe('every free-text field refuses invisible characters with a message naming it', () => {
  // value | what it is
  it.each([
    ['x\u0000y', 'U+0000 NUL'],
    ['阳江\u202e市', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['阳江\u200b市', 'U+200B ZERO WIDTH SPACE'],
    ['a\u0085b', 'U+0085 NEXT LINE (C1)'],
  ])('%j (%s)', async (value) => {
    const wrong: string[] = []
    for (const target of targets) {
      const response = await app.inject(target.request(value))
      const body = response.json()
      const expected = `${target.label}里有看不见的特殊字符，请删掉后重新输入`
      if (response.statusCode !== 400 || body.code !== 'VALIDATION_FAILED' || body.fields?.[target.field] !== expected) {
        wrong.push(`${names(target)}: ${response.statusCode} ${response.body}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('the exact answers of the issue: a NUL in the cancel reason and in the login code', async () => {
    const cancel = targets.find((t) => t.route === 'POST /api/filings/:id/cancel')!
    const response = await app.inject(cancel.request('x\u0000y'))
    expect(response.statusCode).toBe(400)
    expect(response.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: '填写的内容有误，请按提示修改后再提交',
      fields: { reason: '取消原因里有看不见的特殊字符，请删掉后重新输入' },
    })
    const login = await app.inject({ method: 'POST', url: '/api/sessions', payload: { code: 'dev:a\u0000b' } })
    expect(login.statusCode).toBe(400)
    expect(login.json().fields).toEqual({ code: '登录码里有看不见的特殊字符，请删掉后重新输入' })
  })

  it('a line break: allowed in reasons and notes, refused in one-line fields', async () => {
    const cancel = targets.find((t) => t.field === 'reason' && t.route.endsWith('cancel'))!
    const address = targets.find((t) => t.field === 'contacts.addressAtDestination' && t.route === 'POST /api/filings')!
    const accepted = await app.inject(cancel.request('家里有事\n下个月再去'))
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json().status).toBe('CANCELLED')
    const refused = await app.inject(address.request('阳江市\n东风路 8 号'))
    expect(refused.statusCode).toBe(400)
    expect(refused.json().fields).toEqual({ 'contacts.addressAtDestination': '就医地联系地址只能写一行，请删掉换行后重新输入' })
  })

  it('refuses < and > in an address and a hospital name (no address has them)', async () => {
    const address = targets.find((t) => t.field === 'contacts.addressAtDestination' && t.route === 'POST /api/filings')!
    const hospital = targets.find((t) => t.field === 'emergency.hospitalName')!
    const a = await app.inject(address.request('阳江市<script>alert(1)</script>'))
    expect(a.statusCode).toBe(400)
    expect(a.json().fields).toEqual({ 'contacts.addressAtDestination': '就医地联系地址里不能有“<”或“>”，请删掉后重新输入' })
    const h = await app.inject(hospital.request('<b>人民医院</b>'))
    expect(h.json().fields).toEqual({ 'emergency.hospitalName': '住院医院里不能有“<”或“>”，请删掉后重新输入' })
    expect(a.body).not.toContain('script')
  })
})

describe('arbitrary strings in every free-text field (property)', () => {
  // Any code point (fast-check's 'binary' unit), plus strings built around the refused ones.
  const nasty = fc.constantFrom('\u0000', '\u202e', '\u200b', '\ufeff', '\ud800', '\n', '\r', '<', '%', '\\', '"', "'", '😷', '\u3000')
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 }).map((a) => a.join('')),
  )

  it('never answers 5xx: 2xx, or a 4xx in the error contract', async () => {
    for (const target of targets) {
      await fc.assert(
        fc.asyncProperty(text, async (value) => {
          const response = await app.inject(target.request(value))
          if (response.statusCode >= 500) throw new Error(`${names(target)} ${JSON.stringify(value)}: ${response.statusCode} ${response.body}`)
          if (response.statusCode >= 400) expectErrorBody(response.json())
        }),
        { numRuns: 25 },
      )
    }
  }, 240_000)
})

describe('no request string escapes the check', () => {
  // Walks every route schema module: a request string (body, querystring, params) that no enum,
  // const, pattern or format pins down must carry x-free-text. Headers are left out: HTTP
  // refuses control characters in them before the app sees a request.
  const dir = join(__dirname, '../../src/schemas')
  const unchecked: string[] = []
  function walk(node: unknown, path: string): void {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`))
    if (node === null || typeof node !== 'object') return
    const schema = node as Record<string, unknown>
    const types = [schema.type].flat()
    const pinned = ['enum', 'const', 'pattern', 'format', FREE_TEXT_KEYWORD].some((k) => k in schema)
    if (types.includes('string') && !pinned) unchecked.push(path)
    for (const [key, value] of Object.entries(schema)) if (key !== FREE_TEXT_KEYWORD) walk(value, `${path}.${key}`)
  }

  it('every body, querystring and params string is free text or pinned down', () => {
    let routes = 0
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(dir, file)) as Record<string, unknown>
      for (const [name, value] of Object.entries(mod)) {
        if (value === null || typeof value !== 'object') continue
        const route = value as Record<string, unknown>
        for (const part of ['body', 'querystring', 'params']) {
          if (part in route) {
            routes += 1
            walk(route[part], `${file}:${name}.${part}`)
          }
        }
      }
    }
    expect(routes).toBeGreaterThan(20)
    expect(unchecked).toEqual([])
  })
})
