import type { FastifyPluginAsync } from 'fastify'
import { validateProfile } from '../../../../../src/domain/validation/profile'
import { chinaToday } from '../../../../../src/domain/time/china-date'
import { validationFailed } from '../../../errors'
import { maskIdNumber, maskPhone } from '../../../logging/mask'
import { currentUser } from '../../../plugins/app/auth'
import { GetMeSchema, PutProfileSchema, type PutProfileBody } from '../../../schemas/me'
import { PutSubscriptionsSchema, type SubscriptionsBody } from '../../../schemas/notifications'

/** GET /api/me, PUT /api/me/profile and PUT /api/me/subscriptions — the caller's own account, profile and message choices. */
const me: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate)

  app.get('', { schema: GetMeSchema }, async (request) => {
    const user = currentUser(request)
    return { user, profile: await app.repos.profiles.findByUserId(user.id) }
  })

  app.put<{ Body: PutProfileBody }>('/profile', { schema: PutProfileSchema }, async (request) => {
    const user = currentUser(request)
    // The app runs the same rule before submitting; this is the check that counts.
    const result = validateProfile(request.body, chinaToday(app.now()))
    if (!result.ok) throw validationFailed(422, result.fields as Record<string, string>)
    const { name, idNumber, phone, insuredRegion, insuranceType, birthDate, sex } = result.value
    const profile = await app.repos.profiles.upsert(
      user.id,
      { name, idNumber, phone, insuredRegion, insuranceType, birthDate, sex },
      app.now(),
    )
    request.log.info(
      { userId: user.id, idNumber: maskIdNumber(idNumber), phone: maskPhone(phone) },
      'profile saved',
    )
    return { profile }
  })

  app.put<{ Body: SubscriptionsBody }>('/subscriptions', { schema: PutSubscriptionsSchema }, async (request) => {
    const user = currentUser(request)
    const { deadline, decision } = request.body
    const saved = await app.repos.subscriptions.save(
      user.id,
      { ...(deadline ? { DEADLINE_REMINDER: deadline } : {}), ...(decision ? { DECISION: decision } : {}) },
      app.now(),
    )
    request.log.info({ userId: user.id, deadline, decision, grants: saved.grants }, 'subscriptions saved')
    return {
      deadline: saved.choices.DEADLINE_REMINDER,
      decision: saved.choices.DECISION,
      grants: { deadline: saved.grants.DEADLINE_REMINDER, decision: saved.grants.DECISION },
    }
  })
}

export default me
