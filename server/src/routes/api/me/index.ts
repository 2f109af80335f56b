import type { FastifyPluginAsync } from 'fastify'
import { validateProfile } from '../../../../../src/domain/validation/profile'
import { chinaToday } from '../../../../../src/domain/time/china-date'
import { validationFailed } from '../../../errors'
import { maskIdNumber, maskPhone } from '../../../logging/mask'
import { currentUser } from '../../../plugins/app/auth'
import { GetMeSchema, PutProfileSchema, type PutProfileBody } from '../../../schemas/me'

/** GET /api/me and PUT /api/me/profile — the caller's own account and person profile. */
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
}

export default me
