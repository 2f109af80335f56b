import type { FastifyPluginAsync } from 'fastify'
import { dashboard } from '@server/filings/review-stats'
import { DashboardSchema } from '@server/schemas/staff-review'

/** /api/review/dashboard — the console's figures. */
const reviewDashboard: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireReviewer)
  app.get<{ Querystring: { days?: string } }>('', { schema: DashboardSchema }, async (request) =>
    dashboard(app, Number(request.query.days ?? 14)),
  )
}

export default reviewDashboard
