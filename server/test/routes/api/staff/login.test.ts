import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody } from '../../../helpers/build'
import { STAFF_PASSWORD, addStaff, auditRows, staffLogin, staffToken } from '../../../helpers/staff'

/** Staff login (issue 14): one answer for a wrong password and an unknown name, a lock, sessions that end. */

jest.setTimeout(60_000)

let now = new Date('2025-09-29T02:00:00Z')
let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({ now: () => now, env: { STAFF_LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  await addStaff(app, 'lina', 'REVIEWER', '李娜')
  await addStaff(app, 'admin', 'ADMIN', '赵管理')
})

describe('POST /api/staff/sessions', () => {
  it('logs in with the right password and the session reaches /api/staff/me and the queue', async () => {
    const response = await staffLogin(app, ' WangFang ')
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.token).toMatch(/^stf_[A-Za-z0-9_-]{43}$/)
    expect(body.expiresAt).toBe('2025-09-29T10:00:00.000Z')
    expect(body.staff).toEqual({ id: expect.any(String), username: 'wangfang', displayName: '王芳', role: 'REVIEWER' })
    const me = await app.inject({ method: 'GET', url: '/api/staff/me', headers: bearer(body.token) })
    expect(me.json()).toEqual({ staff: body.staff, kind: 'STAFF', expiresAt: '2025-09-29T10:00:00.000Z', mustChangePassword: false })
    const queue = await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(body.token) })
    expect(queue.statusCode).toBe(200)
  })

  it('answers a wrong password exactly as an unknown username', async () => {
    const wrong = await staffLogin(app, 'lina', 'not-the-password-1')
    const unknown = await staffLogin(app, 'nobody-here', 'not-the-password-1')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toEqual(unknown.json())
    expectErrorBody(wrong.json(), 'STAFF_LOGIN_FAILED')
    expect(wrong.json().message).toBe('用户名或密码不对，请检查后再试（连续输错 5 次，这个用户名会被锁定 15 分钟）')
    await app.repos.staff.clearFailures('lina')
    await app.repos.staff.clearFailures('nobody-here')
  })

  it('locks a name after 5 failures in a row — known or not, with the same answer — and opens again after 15 minutes', async () => {
    const answers: Array<[number, string]> = []
    for (let i = 0; i < 5; i += 1) {
      const r = await staffLogin(app, 'lina', `wrong-password-${i}`)
      answers.push([r.statusCode, r.json().code])
    }
    expect(answers).toEqual([
      [401, 'STAFF_LOGIN_FAILED'],
      [401, 'STAFF_LOGIN_FAILED'],
      [401, 'STAFF_LOGIN_FAILED'],
      [401, 'STAFF_LOGIN_FAILED'],
      [429, 'STAFF_LOGIN_LOCKED'],
    ])
    for (let i = 0; i < 5; i += 1) await staffLogin(app, 'ghost', `wrong-password-${i}`)
    // Locked: even the right password is refused, and an unknown name reads the same.
    const locked = await staffLogin(app, 'lina', STAFF_PASSWORD)
    const ghost = await staffLogin(app, 'ghost', STAFF_PASSWORD)
    expect(locked.statusCode).toBe(429)
    expect(locked.json()).toEqual(ghost.json())
    expect(locked.json().message).toBe('连续输错的次数太多，这个用户名已锁定，请 15 分钟后再试；忘了密码请找管理员重置')

    now = new Date(now.getTime() + 14 * 60_000)
    expect((await staffLogin(app, 'lina', STAFF_PASSWORD)).statusCode).toBe(429)
    now = new Date(now.getTime() + 61_000)
    expect((await staffLogin(app, 'lina', STAFF_PASSWORD)).statusCode).toBe(200)
  })

  it('refuses bad input in Chinese, naming the field', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/staff/sessions', payload: { username: 'lina' } })
    expect(response.statusCode).toBe(400)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
    expect(Object.keys(response.json().fields)).toEqual(['password'])
  })

  it('ends a disabled account’s sessions at once, and a reset password’s too', async () => {
    const token = await staffToken(app, 'wangfang')
    const admin = await staffToken(app, 'admin')
    const account = (await app.repos.staff.findByUsername('wangfang'))!
    const disabled = await app.inject({ method: 'POST', url: `/api/staff/accounts/${account.id}/disable`, headers: bearer(admin) })
    expect(disabled.statusCode).toBe(200)
    expect(disabled.json()).toMatchObject({ username: 'wangfang', status: 'DISABLED', statusLabel: '已停用' })

    const after = await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(token) })
    expect(after.statusCode).toBe(401)
    expectErrorBody(after.json(), 'UNAUTHORIZED')
    const again = await staffLogin(app, 'wangfang')
    expect(again.statusCode).toBe(403)
    expect(again.json()).toEqual({ code: 'STAFF_ACCOUNT_DISABLED', message: '这个账号已停用，不能登录；如有疑问请找管理员' })

    await app.inject({ method: 'POST', url: `/api/staff/accounts/${account.id}/enable`, headers: bearer(admin) })
    const fresh = await staffToken(app, 'wangfang')
    const reset = await app.inject({ method: 'POST', url: `/api/staff/accounts/${account.id}/reset-password`, headers: bearer(admin) })
    expect(reset.statusCode).toBe(200)
    const { password } = reset.json()
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{14}$/)
    expect((await app.inject({ method: 'GET', url: '/api/staff/me', headers: bearer(fresh) })).statusCode).toBe(401)
    expect((await staffLogin(app, 'wangfang', password)).statusCode).toBe(200)
  })

  it('ends a session on logout and when it expires', async () => {
    const token = await staffToken(app, 'admin')
    expect((await app.inject({ method: 'DELETE', url: '/api/staff/sessions/current', headers: bearer(token) })).statusCode).toBe(204)
    expect((await app.inject({ method: 'GET', url: '/api/staff/me', headers: bearer(token) })).statusCode).toBe(401)
    const later = await staffToken(app, 'admin')
    now = new Date(now.getTime() + 8 * 3600_000)
    expect((await app.inject({ method: 'GET', url: '/api/staff/me', headers: bearer(later) })).statusCode).toBe(401)
  })

  it('leaves an audit row for every login, failed or not, with the address', async () => {
    const rows = await auditRows(app)
    const logins = rows.filter((r) => r.action.startsWith('LOGIN'))
    expect(logins.slice(0, 3).map((r) => [r.action, r.actor.type, r.actor.name])).toEqual([
      ['LOGIN_SUCCEEDED', 'STAFF', 'wangfang'],
      ['LOGIN_FAILED', 'STAFF', 'lina'],
      ['LOGIN_FAILED', 'ANONYMOUS', 'nobody-here'],
    ])
    expect(logins.every((r) => r.ip === '127.0.0.1')).toBe(true)
    expect(logins.filter((r) => r.action === 'LOGIN_LOCKED').length).toBe(3)
  })
})
