import type { FastifyPluginAsync } from 'fastify'
import { REGION_DATA, listProvinces } from '@/domain/regions'
import { RegionsSchema } from '@server/schemas/regions'

/** Changes only with a release; a day in caches is fine. */
const CACHE_CONTROL = 'public, max-age=86400'

/** GET /api/regions — destinations for 备案地 (SPEC §3). */
const regions: FastifyPluginAsync = async (app) => {
  app.get('', { schema: RegionsSchema }, async (_request, reply) => {
    reply.header('cache-control', CACHE_CONTROL)
    return { source: REGION_DATA.source, provinces: listProvinces() }
  })
}

export default regions
