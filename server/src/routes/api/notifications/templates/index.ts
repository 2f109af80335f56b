import type { FastifyPluginAsync } from 'fastify'
import { TemplatesSchema } from '@server/schemas/notifications'

/** GET /api/notifications/templates — the subscription-message template ids the app asks the person to allow. */
const templates: FastifyPluginAsync = async (app) => {
  app.get('', { schema: TemplatesSchema }, async () => {
    const { deadline, decision } = app.config.wechatTemplates
    return { deadline, decision }
  })
}

export default templates
