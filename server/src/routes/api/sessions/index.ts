import type { FastifyPluginAsync } from 'fastify'
import { CreateSessionSchema, type CreateSessionBody } from '@server/schemas/session'

/** POST /api/sessions — log in with the code from `Taro.login`. */
const sessions: FastifyPluginAsync = async (app) => {
  app.post<{ Body: CreateSessionBody }>(
    '',
    {
      schema: CreateSessionSchema,
      // Per client address: each login may call WeChat's jscode2session.
      config: { rateLimit: { max: app.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request) => {
      const { openid } = await app.loginProvider.exchange(request.body.code)
      const user = await app.repos.users.findOrCreateByOpenid(openid, app.now())
      request.log.info({ userId: user.id, provider: app.loginProvider.kind }, 'session created')
      return { token: app.issueSessionToken(user.id), user }
    },
  )
}

export default sessions
