import type { FastifyRequest } from 'fastify'
import { createLoginProvider, type LoginProvider } from '../../auth/login-provider'
import { resolveSessionSecret, safeEqual } from '../../auth/secret'
import { issueToken, verifyToken } from '../../auth/token'
import type { AppConfig } from '../../config'
import { unauthorized } from '../../errors'
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
    /** Hook for `/api/review/*`: the REVIEWER_TOKEN is required (unset → always 401). */
    requireReviewer: RequestGuard
  }
  interface FastifyRequest {
    user: AuthUser | null
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization
  if (typeof header !== 'string') return null
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match?.[1] ?? null
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

  app.decorate('authenticate', async function authenticate(request: FastifyRequest) {
    const token = bearerToken(request)
    if (token === null) throw unauthorized('还没有登录，请重新打开小程序登录')
    const userId = verifyToken(token, secret, app.now())
    // A token for a user that no longer exists is as good as forged.
    const user = userId === null ? null : await app.repos.users.findById(userId)
    if (!user) throw unauthorized()
    request.user = user
  })

  app.decorate('requireReviewer', async function requireReviewer(request: FastifyRequest) {
    const token = bearerToken(request)
    if (config.reviewerToken === null || token === null || !safeEqual(token, config.reviewerToken)) {
      throw unauthorized('需要审核人员令牌，请向管理员确认后再试')
    }
  })
})
