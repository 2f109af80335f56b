import type { FastifyPluginAsync } from 'fastify'
import { listProxies, revokeProxy } from '@server/family/family'
import { currentUser } from '@server/plugins/app/auth'
import { ListProxiesSchema, RevokeProxySchema, type ProxyParams } from '@server/schemas/family'

/** /api/me/proxies — who may file for the caller, and withdrawing that (API.md). */
const proxies: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate)

  app.get('', { schema: ListProxiesSchema }, async (request) => {
    const user = currentUser(request)
    return { proxies: await listProxies(app, user.id) }
  })

  app.delete<{ Params: ProxyParams }>('/:authorizationId', { schema: RevokeProxySchema }, async (request, reply) => {
    const user = currentUser(request)
    await revokeProxy(app, user.id, request.params.authorizationId)
    request.log.info({ userId: user.id, authorizationId: request.params.authorizationId }, 'authorization revoked')
    return reply.code(204).send()
  })
}

export default proxies
