import { createHash, randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError } from '@server/errors'
import { auditActor, clientIp, type StaffPrincipal } from './actor'
import { dummyHash, verifyPassword } from './passwords'
import { normalizeUsername } from './username'

/**
 * Staff login (issue 14): username + password → an opaque session token. Only its SHA-256 is
 * stored; every request looks it up together with the account's status, so a disabled account
 * (or a reset password) ends its sessions at once. Failures are counted by the name typed, known
 * or not, and lock it for a while after `staffLockAfter` in a row: a wrong password, an unknown
 * name and a locked name all answer alike, and an unknown name is checked against a dummy hash
 * so it takes about as long.
 */

export const STAFF_TOKEN_PREFIX = 'stf_'

export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export function loginFailed(lockAfter: number, lockMinutes: number): AppError {
  return new AppError(
    401,
    'STAFF_LOGIN_FAILED',
    `用户名或密码不对，请检查后再试（连续输错 ${lockAfter} 次，这个用户名会被锁定 ${lockMinutes} 分钟）`,
  )
}

export function loginLocked(lockMinutes: number): AppError {
  return new AppError(
    429,
    'STAFF_LOGIN_LOCKED',
    `连续输错的次数太多，这个用户名已锁定，请 ${lockMinutes} 分钟后再试；忘了密码请找管理员重置`,
  )
}

export interface LoginResult {
  token: string
  expiresAt: string
  staff: { id: string; username: string; displayName: string; role: 'REVIEWER' | 'ADMIN' }
  /** True: a password someone else set; the session may only change it (POST /api/staff/me/password) or sign out. */
  mustChangePassword: boolean
}

/** POST /api/staff/sessions */
export async function staffLogin(app: FastifyInstance, request: FastifyRequest, body: { username: string; password: string }): Promise<LoginResult> {
  const { staffLockAfter: lockAfter, staffLockMinutes: lockMinutes, staffSessionTtlSeconds: ttl } = app.config
  const username = normalizeUsername(body.username)
  const ip = clientIp(request)
  const now = app.now()
  const typed = { type: 'ANONYMOUS' as const, id: null, name: username.slice(0, 64) || '（空）', role: null }

  const attempts = await app.repos.staff.loginAttempts(username)
  if (attempts.lockedUntil !== null && attempts.lockedUntil > now.toISOString()) {
    await app.repos.audit.append({ actor: typed, action: 'LOGIN_LOCKED', detail: { lockedUntil: attempts.lockedUntil }, ip }, now)
    throw loginLocked(lockMinutes)
  }

  const account = await app.repos.staff.findByUsername(username)
  const valid = await verifyPassword(account?.passwordHash ?? (await dummyHash()), body.password)
  if (!account || !valid) {
    const state = await app.repos.staff.recordFailure(username, lockAfter, new Date(now.getTime() + lockMinutes * 60_000), now)
    await app.repos.audit.append(
      {
        actor: account ? { type: 'STAFF', id: account.id, name: account.username, role: account.role } : typed,
        action: 'LOGIN_FAILED',
        detail: { failures: state.failures, locked: state.lockedUntil !== null },
        ip,
      },
      now,
    )
    if (state.lockedUntil !== null) throw loginLocked(lockMinutes)
    throw loginFailed(lockAfter, lockMinutes)
  }
  await app.repos.staff.clearFailures(username)
  if (account.status !== 'ACTIVE') {
    // Only someone who knows the password learns this.
    await app.repos.audit.append({ actor: auditActorOf(account), action: 'LOGIN_FAILED', detail: { disabled: true }, ip }, now)
    throw new AppError(403, 'STAFF_ACCOUNT_DISABLED', '这个账号已停用，不能登录；如有疑问请找管理员')
  }

  const token = STAFF_TOKEN_PREFIX + randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + ttl * 1000).toISOString()
  await app.repos.staff.createSession({ idHash: hashSessionToken(token), staffId: account.id, expiresAt, ip }, now)
  await app.repos.audit.append(
    { actor: auditActorOf(account), action: 'LOGIN_SUCCEEDED', detail: account.mustChangePassword ? { mustChangePassword: true } : {}, ip },
    now,
  )
  return {
    token,
    expiresAt,
    staff: { id: account.id, username: account.username, displayName: account.displayName, role: account.role },
    mustChangePassword: account.mustChangePassword,
  }
}

function auditActorOf(account: { id: string; username: string; role: 'REVIEWER' | 'ADMIN' }) {
  return { type: 'STAFF' as const, id: account.id, name: account.username, role: account.role }
}

/** DELETE /api/staff/sessions/current */
export async function staffLogout(app: FastifyInstance, request: FastifyRequest, principal: StaffPrincipal): Promise<void> {
  if (principal.sessionId === null) return
  const now = app.now()
  await app.repos.staff.revokeSession(principal.sessionId, now)
  await app.repos.audit.append({ actor: auditActor(principal), action: 'LOGOUT', detail: {}, ip: clientIp(request) }, now)
}

/** The principal behind a staff session token, or null (unknown, expired, revoked, or the account disabled). */
export async function principalForToken(app: FastifyInstance, token: string): Promise<StaffPrincipal | null> {
  if (!token.startsWith(STAFF_TOKEN_PREFIX)) return null
  const sessionId = hashSessionToken(token)
  const account = await app.repos.staff.accountForSession(sessionId, app.now())
  if (!account) return null
  return {
    kind: 'STAFF',
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    sessionId,
    sessionExpiresAt: account.sessionExpiresAt,
    mustChangePassword: account.mustChangePassword,
  }
}
