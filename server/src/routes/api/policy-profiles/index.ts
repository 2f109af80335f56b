import type { FastifyPluginAsync } from 'fastify'
import { profileFor } from '@/domain/profiles'
import { regionUnknown, resolveInsuredRegion } from '@server/insured-region'
import { PolicyProfileSchema, type PolicyProfileParams } from '@server/schemas/policy-profile'

/** Profiles change only with a release. */
const CACHE_CONTROL = 'public, max-age=3600'

/** GET /api/policy-profiles/:regionCode — the rules that apply to people insured there. */
const policyProfiles: FastifyPluginAsync = async (app) => {
  app.get<{ Params: PolicyProfileParams }>('/:regionCode', { schema: PolicyProfileSchema }, async (request, reply) => {
    const { regionCode } = request.params
    const region = resolveInsuredRegion(regionCode)
    if (!region) throw regionUnknown(regionCode)
    reply.header('cache-control', CACHE_CONTROL)
    return { ...profileFor(regionCode), regionCode, region: { code: region.code, name: region.name } }
  })
}

export default policyProfiles
