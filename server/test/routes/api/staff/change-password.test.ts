import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody } from '../../../helpers/build'
import { STAFF_PASSWORD, addStaff, auditRows, staffLogin, staffToken } from '../../../helpers/staff'

/**
 * A password someone else set — an admin's 新建账号 (temporary or typed in), 重置密码, `npm run
 * staff` — must be changed by its owner at the next sign-in; until then the session may only
 * change it, ask who it is, and sign out (403 STAFF_PASSWORD_CHANGE_REQUIRED elsewhere).
 * On SQLite, and on PostgreSQL when DATABASE_URL is set (helpers/build).
 */

jest.setTimeout(60_000)

const now = new Date('2025-09-29T02:00:00Z')
const FAKE_ID = '00000000-0000-4000-8000-000000000000'
const NEW_PASSWORD = 'My-own-choice-2025'
let app: FastifyInstance
let admin: string

const REQUIRED = {
  code: 'STAFF_PASSWORD_CHANGE_REQUIRED',
  message: '请先修改临时密码：这个密码是管理员设的，请在审核台的“修改密码”里换成只有自己知道的新密码，然后再继续',
}

// What a session with a temporary password must not reach (review and admin alike).
const BLOCKED: Array<['GET' | 'POST', string]> = [
  ['GET', '/api/review/queue'],
  ['GET', '/api/review/filings'],
  ['GET', `/api/review/filings/${FAKE_ID}`],
  ['POST', `/api/review/filings/${FAKE_ID}/reveal`],
  ['GET', '/api/review/dashboard'],
  ['GET', '/api/review/authorizations'],
  ['GET', '/api/review/verifications'],
  ['GET', `/api/review/materials/${FAKE_ID}`],
  ['GET', `/api/uploads/${FAKE_ID}`],
  ['GET', '/api/staff/accounts'],
  ['POST', '/api/staff/accounts'],
  ['GET', '/api/staff/audit'],
]

const change = (token: string, oldPassword: string, newPassword: string) =>
  app.inject({ method: 'POST', url: '/api/staff/me/password', headers: bearer(token), payload: { oldPassword, newPassword } })

async function createByAdmin(username: string, password?: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/staff/accounts',
    headers: bearer(admin),
    payload: { username, displayName: username, role: 'ADMIN', ...(password ? { password } : {}) },
  })
  expect(response.statusCode).toBe(201)
  expect(response.json().account.mustChangePassword).toBe(true)
  return response.json().password
}

beforeAll(async () => {
  app = await buildTestApp({ now: () => now, env: { STAFF_LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } })
  await addStaff(app, 'admin', 'ADMIN', '赵管理')
  admin = await staffToken(app, 'admin')
})

it('a temporary password signs in, is refused everything but changing it, then the new one works everywhere', async () => {
  const temporary = await createByAdmin('chenjing')
  const login = await staffLogin(app, 'chenjing', temporary)
  expect(login.statusCode).toBe(200)
  expect(login.json().mustChangePassword).toBe(true)
  const token: string = login.json().token

  for (const [method, url] of BLOCKED) {
    const response = await app.inject({ method, url, headers: bearer(token), ...(method === 'POST' ? { payload: {} } : {}) })
    expect([method, url, response.statusCode]).toEqual([method, url, 403])
    expect(response.json()).toEqual(REQUIRED)
  }
  const me = await app.inject({ method: 'GET', url: '/api/staff/me', headers: bearer(token) })
  expect(me.statusCode).toBe(200)
  expect(me.json()).toMatchObject({ kind: 'STAFF', mustChangePassword: true, staff: { username: 'chenjing' } })

  expect((await change(token, temporary, NEW_PASSWORD)).statusCode).toBe(204)
  // The same session goes on, now allowed.
  expect((await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(token) })).statusCode).toBe(200)
  expect((await app.inject({ method: 'GET', url: '/api/staff/accounts', headers: bearer(token) })).statusCode).toBe(200)
  expect((await app.inject({ method: 'GET', url: '/api/staff/me', headers: bearer(token) })).json().mustChangePassword).toBe(false)
  // The temporary password is gone; the new one signs in without a change.
  expect((await staffLogin(app, 'chenjing', temporary)).statusCode).toBe(401)
  const again = await staffLogin(app, 'chenjing', NEW_PASSWORD)
  expect(again.statusCode).toBe(200)
  expect(again.json().mustChangePassword).toBe(false)

  const changed = (await auditRows(app)).filter((r) => r.action === 'PASSWORD_CHANGED')
  expect(changed).toEqual([
    expect.objectContaining({ actor: expect.objectContaining({ type: 'STAFF', name: 'chenjing' }), subject: expect.objectContaining({ label: 'chenjing（chenjing）' }), detail: { wasRequired: true } }),
  ])
})

it('a session with a temporary password can sign out', async () => {
  const temporary = await createByAdmin('zhouli')
  const token: string = (await staffLogin(app, 'zhouli', temporary)).json().token
  expect((await app.inject({ method: 'DELETE', url: '/api/staff/sessions/current', headers: bearer(token) })).statusCode).toBe(204)
  expect((await app.inject({ method: 'GET', url: '/api/staff/me', headers: bearer(token) })).statusCode).toBe(401)
})

it('a wrong old password is refused on its field, and nothing changes', async () => {
  const temporary = await createByAdmin('liuyang')
  const token: string = (await staffLogin(app, 'liuyang', temporary)).json().token
  const wrong = await change(token, 'not-the-temporary-1', NEW_PASSWORD)
  expect(wrong.statusCode).toBe(422)
  expectErrorBody(wrong.json(), 'VALIDATION_FAILED')
  expect(wrong.json().fields).toEqual({ oldPassword: '原密码不对，请重新输入（临时密码请照管理员给的原样输入，注意大小写）' })
  expect((await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(token) })).json()).toEqual(REQUIRED)
  expect((await staffLogin(app, 'liuyang', temporary)).statusCode).toBe(200)
})

it('a weak new password, or the same one again, is refused by the password rules', async () => {
  const temporary = await createByAdmin('sunmei')
  const token: string = (await staffLogin(app, 'sunmei', temporary)).json().token
  const short = await change(token, temporary, 'abc123')
  expect(short.statusCode).toBe(422)
  expect(short.json().fields).toEqual({ newPassword: '密码至少 10 位，请换一个更长的' })
  const lettersOnly = await change(token, temporary, 'onlyletterspassword')
  expect(lettersOnly.json().fields).toEqual({ newPassword: '密码要同时有字母和数字，请换一个' })
  const same = await change(token, temporary, temporary)
  expect(same.json().fields).toEqual({ newPassword: '新密码不能和原密码一样，请换一个只有自己知道的密码' })
  expect((await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(token) })).statusCode).toBe(403)
})

it('a password the admin typed in is handed over too: it must be changed as well', async () => {
  await createByAdmin('wujun', 'Admin-picked-2025')
  const login = await staffLogin(app, 'wujun', 'Admin-picked-2025')
  expect(login.json().mustChangePassword).toBe(true)
  expect((await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(login.json().token) })).json()).toEqual(REQUIRED)
})

it('a reset sets the flag again, and changing one’s own password ends one’s other sessions', async () => {
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  const other = await staffToken(app, 'wangfang')
  const current = await staffToken(app, 'wangfang')
  expect((await change(current, STAFF_PASSWORD, NEW_PASSWORD)).statusCode).toBe(204)
  expect((await app.inject({ method: 'GET', url: '/api/staff/me', headers: bearer(other) })).statusCode).toBe(401)
  expect((await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(current) })).statusCode).toBe(200)

  const id = (await app.repos.staff.findByUsername('wangfang'))!.id
  const reset = await app.inject({ method: 'POST', url: `/api/staff/accounts/${id}/reset-password`, headers: bearer(admin) })
  expect(reset.json().account.mustChangePassword).toBe(true)
  const login = await staffLogin(app, 'wangfang', reset.json().password)
  expect(login.json().mustChangePassword).toBe(true)
  expect((await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(login.json().token) })).json()).toEqual(REQUIRED)
})
