import type { FastifyPluginAsync } from 'fastify'
import { isDateString } from '../../../../../src/domain/calendar'
import type { DomainErrorCode } from '../../../../../src/domain/errors'
import { profileFor } from '../../../../../src/domain/profiles'
import { computeEmergencyWindow } from '../../../../../src/domain/rules'
import { fromDomain } from '../../../errors'
import { regionUnknown, resolveInsuredRegion } from '../../../insured-region'
import { EmergencyWindowSchema, type EmergencyWindowQuery } from '../../../schemas/emergency-window'

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
