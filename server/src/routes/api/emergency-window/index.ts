import type { FastifyPluginAsync } from 'fastify'
import { Lru } from 'toad-cache'
import { isDateString } from '@/domain/calendar'
import type { DomainErrorCode } from '@/domain/errors'
import { profileFor } from '@/domain/profiles'
import { computeEmergencyWindow } from '@/domain/rules'
import { chinaToday } from '@/domain/time/china-date'
import { fromDomain } from '@server/errors'
import { regionUnknown, resolveInsuredRegion } from '@server/insured-region'
import { EmergencyWindowSchema, type EmergencyWindowQuery } from '@server/schemas/emergency-window'

/** The query field a refusal of computeEmergencyWindow is about. */
function fieldOf(code: DomainErrorCode, query: EmergencyWindowQuery): keyof EmergencyWindowQuery {
  if (code === 'DATE_RANGE_INVERTED') return 'dischargedOn'
  if (code === 'DATE_INVALID' && isDateString(query.admittedOn)) return 'dischargedOn'
  return 'admittedOn'
}

/** How many answers a server keeps: a day's distinct questions are the last weeks' admission days × the profiles. */
const KEPT_ANSWERS = 1000

/**
 * GET /api/emergency-window — by when an emergency admission must be filed (SPEC §6).
 * computeEmergencyWindow is a pure function of the China date, the admission (and discharge)
 * day and the policy profile, so the answer — the same JSON for everyone asking that question on
 * that day — is computed and serialised (by the route's response schema) once, then kept
 * (issue 15: the computation and the 1 KB serialisation were most of this lookup's own CPU).
 * The key holds the date, so a new day never gets yesterday's answer; refusals are not kept.
 */
const emergencyWindow: FastifyPluginAsync = async (app) => {
  const answers = new Lru<Buffer>(KEPT_ANSWERS)
  app.get<{ Querystring: EmergencyWindowQuery }>('', { schema: EmergencyWindowSchema }, async (request, reply) => {
    const { query } = request
    if (!resolveInsuredRegion(query.insuredRegion)) throw regionUnknown(query.insuredRegion)
    const profile = profileFor(query.insuredRegion)
    const now = app.now()
    const key = `${chinaToday(now)} ${profile.id} ${query.admittedOn} ${query.dischargedOn ?? ''}`
    let body = answers.get(key)
    if (body === undefined) {
      const result = computeEmergencyWindow({
        admittedOn: query.admittedOn,
        profile,
        calendar: app.calendar,
        now,
        ...(query.dischargedOn === undefined ? {} : { dischargedOn: query.dischargedOn }),
      })
      if (!result.ok) throw fromDomain(result, fieldOf(result.code, query))
      // The route's serializer answers a string (fast-json-stringify), kept as its UTF-8 bytes: a
      // ~1 KB answer in Chinese is not encoded again for every request.
      body = Buffer.from(reply.serialize({ ...result.value, profile: { id: profile.id, name: profile.name } }) as string)
      answers.set(key, body)
    }
    return reply.type('application/json; charset=utf-8').send(body)
  })
}

export default emergencyWindow
