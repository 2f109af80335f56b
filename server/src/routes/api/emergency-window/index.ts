import type { FastifyPluginAsync } from 'fastify'
import { isDateString } from '@/domain/calendar'
import type { DomainErrorCode } from '@/domain/errors'
import { profileFor } from '@/domain/profiles'
import { computeEmergencyWindow } from '@/domain/rules'
import { fromDomain } from '@server/errors'
import { regionUnknown, resolveInsuredRegion } from '@server/insured-region'
import { EmergencyWindowSchema, type EmergencyWindowQuery } from '@server/schemas/emergency-window'

/** The query field a refusal of computeEmergencyWindow is about. */
function fieldOf(code: DomainErrorCode, query: EmergencyWindowQuery): keyof EmergencyWindowQuery {
  if (code === 'DATE_RANGE_INVERTED') return 'dischargedOn'
  if (code === 'DATE_INVALID' && isDateString(query.admittedOn)) return 'dischargedOn'
  return 'admittedOn'
}

/** GET /api/emergency-window — by when an emergency admission must be filed (SPEC §6). */
const emergencyWindow: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: EmergencyWindowQuery }>('', { schema: EmergencyWindowSchema }, async (request) => {
    const { query } = request
    if (!resolveInsuredRegion(query.insuredRegion)) throw regionUnknown(query.insuredRegion)
    const profile = profileFor(query.insuredRegion)
    const result = computeEmergencyWindow({
      admittedOn: query.admittedOn,
      profile,
      calendar: app.calendar,
      now: app.now(),
      ...(query.dischargedOn === undefined ? {} : { dischargedOn: query.dischargedOn }),
    })
    if (!result.ok) throw fromDomain(result, fieldOf(result.code, query))
    return { ...result.value, profile: { id: profile.id, name: profile.name } }
  })
}

export default emergencyWindow
