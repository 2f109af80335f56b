import type { FastifyPluginAsync } from 'fastify'
import { ListNotificationsSchema, type NotificationsQuery } from '@server/schemas/notifications'

/** /api/review/notifications — the notification outbox, for staff to inspect (REVIEWER_TOKEN). */
const reviewNotifications: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireReviewer)

  app.get<{ Querystring: NotificationsQuery }>('', { schema: ListNotificationsSchema }, async (request) => {
    return { notifications: await app.repos.notifications.list(request.query.status) }
  })
}

export default reviewNotifications
