import type { FastifyPluginAsync } from 'fastify'
import { validateProfile } from '../../../../../src/domain/validation/profile'
import { chinaToday } from '../../../../../src/domain/time/china-date'
import { validationFailed } from '../../../errors'
import { maskIdNumber, maskPhone } from '../../../logging/mask'
import { currentUser } from '../../../plugins/app/auth'
import { GetMeSchema, PutProfileSchema, type PutProfileBody } from '../../../schemas/me'
import { PutSubscriptionsSchema, type SubscriptionsBody } from '../../../schemas/notifications'
import { PostVerificationSchema } from '../../../schemas/verification'
import type { VerificationRequestBody } from '../../../../../src/domain/verification'
import { afterProfileSaved, submitVerification, verificationView } from '../../../verification/verify'

/**
 * GET /api/me, PUT /api/me/profile, POST /api/me/verification (实人认证) and PUT /api/me/subscriptions —
 * the caller's own account, profile, verification and message choices.
 */
const me: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate)

  app.get('', { schema: GetMeSchema }, async (request) => {
    const user = currentUser(request)
    const profile = await app.repos.profiles.findByUserId(user.id)
    return { user, profile, verification: await verificationView(app, user.id, profile) }
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
    // A verification was of the name and ID number it checked: changing either ends it.
    await afterProfileSaved(app, user.id, profile)
    return { profile, verification: await verificationView(app, user.id, profile) }
  })

  app.post<{ Body: VerificationRequestBody }>('/verification', { schema: PostVerificationSchema }, async (request) => {
    const user = currentUser(request)
    try {
      const verification = await submitVerification(app, user.id, request.body)
      request.log.info({ userId: user.id, provider: request.body.provider, status: verification.status }, 'verification attempt')
      return { verification }
    } catch (error) {
      request.log.info({ userId: user.id, provider: request.body.provider, refused: (error as { code?: string }).code }, 'verification attempt refused')
      throw error
    }
  })

  app.put<{ Body: SubscriptionsBody }>('/subscriptions', { schema: PutSubscriptionsSchema }, async (request) => {
    const user = currentUser(request)
    const { deadline, decision } = request.body
    const saved = await app.repos.subscriptions.save(
      user.id,
      { ...(deadline ? { DEADLINE_REMINDER: deadline } : {}), ...(decision ? { DECISION: decision } : {}) },
      app.now(),
    )
    request.log.info({ userId: user.id, deadline, decision }, 'subscriptions saved')
    return { deadline: saved.DEADLINE_REMINDER, decision: saved.DECISION }
  })
}

export default me
