import { sql } from 'kysely'
import type { FastifyPluginAsync } from 'fastify'
import { AppError } from '../../../errors'
import { HealthSchema } from '../../../schemas/health'

/** GET /api/health — also touches the database, so a load balancer notices a lost connection. */
const health: FastifyPluginAsync = async (app) => {
  app.get('', { schema: HealthSchema }, async () => {
    try {
      await sql`select 1`.execute(app.db)
    } catch (cause) {
      throw new AppError(503, 'DB_UNAVAILABLE', '数据库暂时连不上，请稍后再试', undefined, { cause })
    }
    return { status: 'ok' as const, db: app.dialect }
  })
}

export default health
