import type { FastifyRequest } from 'fastify'
import { createLoginProvider, type LoginProvider } from '@server/auth/login-provider'
import { resolveSessionSecret, safeEqual } from '@server/auth/secret'
import { issueToken, verifyToken } from '@server/auth/token'
import type { AppConfig } from '@server/config'
import { AppError, unauthorized } from '@server/errors'
import { SERVICE_PRINCIPAL, type StaffPrincipal } from '@server/staff/actor'
import { principalForToken } from '@server/staff/login'
import { unencapsulated } from '../unencapsulated'

export interface AuthUser {
  id: string
}

export type RequestGuard = (request: FastifyRequest) => Promise<void>

declare module 'fastify' {
  interface FastifyInstance {
    loginProvider: LoginProvider
    /** Signs a session token for the user; expires after `sessionTtlSeconds`. */
    issueSessionToken(userId: string): string
    /**
     * Hook (use it as `onRequest`): a valid session token is required; sets `request.user`.
     * Checked before the body is read, so anonymous callers get 401, not parsing or validation feedback.
     */
    authenticate: RequestGuard
    /**
     * Hook for a write that checks the account itself inside its transaction (POST
     * /api/filings: profiles.findFiler reads the account with the profile, issue 15): the
     * session token's signature and expiry only, before the body is read; sets `request.user`
     * without reading the account. The handler MUST refuse with 401 an account that no longer
     * exists (`accountGone()`), as `authenticate` would have.
     */
    authenticateToken: RequestGuard
    /**
     * Hook for `/api/review/*` and the staff APIs: a live staff session (any role), or the
     * REVIEWER_TOKEN when set (the service account `service:reviewer-token`, role REVIEWER).
     * Sets `request.staff`. Anything else — a citizen's token included — is 401. A session whose
     * password was set by someone else and not yet changed is 403 STAFF_PASSWORD_CHANGE_REQUIRED.
     */
    requireReviewer: RequestGuard
    /**
     * Hook for what a session must reach before its temporary password is changed — change it
     * (/api/staff/me/password), who am I (/api/staff/me), sign out: `requireReviewer` without
     * the 403 STAFF_PASSWORD_CHANGE_REQUIRED.
     */
    requireStaffSession: RequestGuard
    /** Hook: `requireReviewer`, then role ADMIN, else 403. */
    requireAdmin: RequestGuard
  }
  interface FastifyRequest {
    user: AuthUser | null
    staff: StaffPrincipal | null
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization
  if (typeof header !== 'string') return null
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match?.[1] ?? null
}

/** The staff member (or service account) of a request that passed `app.requireReviewer`. */
export function currentStaff(request: FastifyRequest): StaffPrincipal {
  if (!request.staff) throw unauthorized(STAFF_UNAUTHORIZED)
  return request.staff
}

/**
 * 403 STAFF_PASSWORD_CHANGE_REQUIRED: the account's password was set by an admin (新建账号, 重置密码)
 * and its owner has not chosen their own yet; nothing but changing it is allowed.
 */
export function passwordChangeRequired(): AppError {
  return new AppError(
    403,
    'STAFF_PASSWORD_CHANGE_REQUIRED',
    '请先修改临时密码：这个密码是管理员设的，请在审核台的“修改密码”里换成只有自己知道的新密码，然后再继续',
  )
}

const STAFF_UNAUTHORIZED = '需要审核人员登录：请在审核台（/staff）用自己的账号登录后再试'

/** 401 for a session whose account no longer exists (deleted by its owner): what `authenticate` answers. */
export function accountGone(): AppError {
  return unauthorized()
}

/** The authenticated user of a request that passed `app.authenticate`. */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw unauthorized()
  return request.user
}

export const authPlugin = unencapsulated<{ config: AppConfig }>('auth', async (app, { config }) => {
  const secret = await resolveSessionSecret(config.sessionSecret, app.repos.settings, app.now())

  app.decorate('loginProvider', createLoginProvider(config.wechat))
  app.decorate('issueSessionToken', (userId: string) =>
    issueToken(userId, secret, app.now(), config.sessionTtlSeconds),
  )
  app.decorateRequest('user', null)
  app.decorateRequest('staff', null)

  /** The user id of the request's valid session token, or 401. */
  function tokenUserId(request: FastifyRequest): string {
    const token = bearerToken(request)
    if (token === null) throw unauthorized('还没有登录，请重新打开小程序登录')
    const userId = verifyToken(token, secret, app.now())
    if (userId === null) throw unauthorized()
    return userId
  }

  app.decorate('authenticateToken', async function authenticateToken(request: FastifyRequest) {
    request.user = { id: tokenUserId(request) }
  })

  app.decorate('authenticate', async function authenticate(request: FastifyRequest) {
    // A token for a user that no longer exists is as good as forged.
    const user = await app.repos.users.findById(tokenUserId(request))
    if (!user) throw accountGone()
    request.user = user
  })

  app.decorate('requireStaffSession', async function requireStaffSession(request: FastifyRequest) {
    const token = bearerToken(request)
    if (token === null) throw unauthorized(STAFF_UNAUTHORIZED)
    if (config.reviewerToken !== null && safeEqual(token, config.reviewerToken)) {
      request.staff = SERVICE_PRINCIPAL
      return
    }
    const principal = await principalForToken(app, token)
    if (!principal) throw unauthorized('审核人员登录已失效（或账号已停用、密码已重置），请重新登录；使用令牌的请向管理员确认审核人员令牌')
    request.staff = principal
  })

  app.decorate('requireReviewer', async function requireReviewer(request: FastifyRequest) {
    await app.requireStaffSession(request)
    if (request.staff?.mustChangePassword) {
      request.staff = null
      throw passwordChangeRequired()
    }
  })

  app.decorate('requireAdmin', async function requireAdmin(request: FastifyRequest) {
    await app.requireReviewer(request)
    if (request.staff?.role !== 'ADMIN') {
      throw new AppError(403, 'FORBIDDEN', '只有管理员可以做这件事；需要时请找管理员')
    }
  })
})
