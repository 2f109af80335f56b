import type { FastifyPluginAsync } from 'fastify'
import { insuredAreaOf } from '@/domain/regions'
import { validateProfile } from '@/domain/validation/profile'
import { chinaToday } from '@/domain/time/china-date'
import { validationFailed } from '@server/errors'
import { maskIdNumber, maskPhone } from '@server/logging/mask'
import { currentUser } from '@server/plugins/app/auth'
import { profileConsent } from '@server/privacy/consent'
import { DeleteMeSchema, GetMeSchema, PutProfileSchema, type PutProfileBody } from '@server/schemas/me'
import { PutSubscriptionsSchema, type SubscriptionsBody } from '@server/schemas/notifications'
import { PostVerificationSchema } from '@server/schemas/verification'
import type { VerificationRequestBody } from '@/domain/verification'
import { afterProfileSaved, submitVerification, verificationView } from '@server/verification/verify'

/**
 * GET /api/me, PUT /api/me/profile, POST /api/me/verification (实人认证), PUT /api/me/subscriptions
 * and DELETE /api/me — the caller's own account, profile (only with consent to the current
 * 隐私保护指引), verification, message choices, and withdrawing consent with deletion.
 */
/** The profile as GET /api/me and PUT /api/me/profile show it: the 参保地 code kept, and the area it reads as. */
function profileView<P extends { insuredRegion: string }>(profile: P) {
  const area = insuredAreaOf(profile.insuredRegion)
  const insuredArea = area
    ? { code: area.code, name: area.name, fromDistrict: area.fromDistrict, label: area.label }
    : { code: profile.insuredRegion, name: profile.insuredRegion, fromDistrict: false, label: profile.insuredRegion }
  return { ...profile, insuredArea }
}

const me: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate)

  app.get('', { schema: GetMeSchema }, async (request) => {
    const user = currentUser(request)
    const [profile, privacyConsent] = await Promise.all([
      app.repos.profiles.findByUserId(user.id),
      app.repos.privacy.latestConsent(user.id, 'PROFILE'),
    ])
    return { user, profile: profile ? profileView(profile) : null, privacyConsent, verification: await verificationView(app, user.id, profile) }
  })

  app.delete('', { schema: DeleteMeSchema }, async (request) => {
    const user = currentUser(request)
    const erased = await app.repos.privacy.eraseUser(user.id, app.now())
    request.log.info({ userId: user.id, ...erased }, 'account deleted: consent withdrawn')
    return {
      deleted: { profile: erased.profiles > 0, familyMembers: erased.familyMembers, uploads: erased.uploads },
      kept: { filings: erased.keptFilings, familyMembers: erased.familyMembersKeptForFilings },
    }
  })

  app.put<{ Body: PutProfileBody }>('/profile', { schema: PutProfileSchema }, async (request) => {
    const user = currentUser(request)
    // The app runs the same rule before submitting; this is the check that counts.
    // Consent first: without it nothing about the person is looked at, let alone stored.
    const consentVersion = await profileConsent(app, user.id, request.body.privacyConsent)
    const result = validateProfile(request.body, chinaToday(app.now()))
    if (!result.ok) throw validationFailed(422, result.fields as Record<string, string>)
    const { name, idNumber, phone, insuredRegion, insuranceType, birthDate, sex } = result.value
    const profile = await app.repos.profiles.upsert(
      user.id,
      { name, idNumber, phone, insuredRegion, insuranceType, birthDate, sex },
      app.now(),
      consentVersion,
    )
    request.log.info(
      { userId: user.id, idNumber: maskIdNumber(idNumber), phone: maskPhone(phone) },
      'profile saved',
    )
    // A verification was of the name and ID number it checked: changing either ends it.
    await afterProfileSaved(app, user.id, profile)
    return { profile: profileView(profile), verification: await verificationView(app, user.id, profile) }
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
    request.log.info({ userId: user.id, deadline, decision, grants: saved.grants }, 'subscriptions saved')
    return {
      deadline: saved.choices.DEADLINE_REMINDER,
      decision: saved.choices.DECISION,
      grants: { deadline: saved.grants.DEADLINE_REMINDER, decision: saved.grants.DECISION },
    }
  })
}

export default me
