import type { FastifyPluginAsync } from 'fastify'
import { workQueue } from '@server/filings/staff-review'
import { WorkQueueSchema } from '@server/schemas/staff-review'

/** /api/review/queue — the day's work for the console, oldest first. */
const reviewWorkQueue: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireReviewer)
  app.get('', { schema: WorkQueueSchema }, async () => workQueue(app))
}

export default reviewWorkQueue
