import { CompiledQuery } from 'kysely'
import type { FastifyPluginAsync } from 'fastify'
import { readRows } from '@server/db/direct-read'
import { databaseUnavailable } from '@server/errors'
import { HealthSchema } from '@server/schemas/health'

/**
 * GET /api/health — asks the database (`select 1`), so a load balancer notices a lost database:
 * 200 `{ status: 'ok', db }` (API.md) while it answers; 503 `{ status: 'unavailable', db, code:
 * 'DATABASE_UNAVAILABLE', message }` while it does not (within the pool's 5 s connect timeout).
 */
/** The probe, compiled once: nothing to build per request (issue 15). */
const SELECT_ONE = CompiledQuery.raw('select 1')

const health: FastifyPluginAsync = async (app) => {
  app.get('', { schema: HealthSchema }, async (request, reply) => {
    try {
      await readRows(app.db, SELECT_ONE)
    } catch (cause) {
      app.dbAvailability.queryFailed(cause)
      const { code, message } = databaseUnavailable(cause)
      request.log.warn({ code, statusCode: 503 }, 'health: database unavailable')
      return reply.code(503).send({ status: 'unavailable' as const, db: app.dialect, code, message })
    }
    return { status: 'ok' as const, db: app.dialect }
  })
}

export default health
