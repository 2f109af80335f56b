// Why over 300 lines: the server steps of 家人代办 (add, authorise, accept, decide, revoke) share how a member and a proxy are resolved.
import { createHash, randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import {
  FAMILY_MEMBER_LIMIT,
  authorizationLetterText,
  effectiveAuthorizationStatus,
  invitationExpiresAt,
  kinOfFiler,
  relationLabel,
  validateFamilyMember,
  type AuthorizationDecisionBody,
  type AuthorizationReviewView,
  type CreateAuthorizationBody,
  type CreateAuthorizationResult,
  type CreateFamilyMemberBody,
  type EarlierRefusal,
  type FamilyMemberView,
  type FamilyRelation,
  type InvitationView,
  type ProxyView,
} from '@/domain/family'
import { chinaToday } from '@/domain/time/china-date'
import type { WorkingDayCalendar } from '@/domain/calendar/working-day-calendar'
import { profileFor } from '@/domain/profiles'
import { invitationEmergency } from '@/domain/family/check-invitation-emergency'
import type { AuthorizationRecord, FamilyMemberRecord } from '@server/db/repositories/family'
import type { PersonProfile } from '@server/db/repositories/profiles'
import { AppError, validationFailed } from '@server/errors'
import { maskIdNumber, maskName } from '@server/logging/mask'
import { familyMemberConsent, type PrivacyConsentBody } from '@server/privacy/consent'
import { decidedByLine } from '@/domain/review'
import { auditActor, type StaffPrincipal } from '@server/staff/actor'
import { maskedPersonName, stayOf, toAuthorizationReviewView, toAuthorizationView, toFamilyMemberView } from './to-views'
import { idHashOf, isVerified } from '@server/verification/verify'

/**
 * 家人代办 (SPEC §2; 001 申请材料; 004 备注2): the people a user files for, and the authorisation
 * that lets them — confirmed by the member in their own account (an invitation), or a signed
 * 授权委托书 checked by staff. Every "not yours" answer is the same as "does not exist".
 */

/** Where the mini-program opens an invitation. */
export const INVITATION_PAGE = '/packages/family/pages/accept/index'

export function familyMemberNotFound(): AppError {
  return new AppError(404, 'FAMILY_MEMBER_NOT_FOUND', '没有找到这位家人，请回到“家人代办”刷新后再试')
}

export function invitationNotFound(): AppError {
  return new AppError(
    404,
    'INVITATION_NOT_FOUND',
    '这个邀请已失效（可能已过期、已被确认或被新的邀请替换），请让家人在“家人代办”里重新发一个邀请',
  )
}

export function proxyNotAuthorized(): AppError {
  return new AppError(
    403,
    'PROXY_NOT_AUTHORIZED',
    '还没有这位家人的授权：请在“家人代办”里邀请家人确认，或上传签好的授权委托书',
  )
}

function authorizationNotFound(): AppError {
  return new AppError(404, 'AUTHORIZATION_NOT_FOUND', '没有找到这份授权，请刷新后再试')
}

function ownProfileRequired(forWhat: string): AppError {
  return new AppError(422, 'PROFILE_REQUIRED', `请先在首页“实名信息”里填写您本人的实名信息（姓名、身份证号、参保地），再来${forWhat}`)
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** GET /api/family-members */
export async function listMembers(app: FastifyInstance, userId: string): Promise<FamilyMemberView[]> {
  const now = app.now()
  const members = await app.repos.family.listLive(userId)
  const views = members.map(({ member, authorization }) => toFamilyMemberView(member, authorization, now, app.calendar))
  const verifying = await membersVerifying(app, members.filter((_, i) => views[i].authorization?.status === 'PENDING_INVITE').map((m) => m.member))
  return views.map((v) => (verifying.has(v.id) && v.authorization ? { ...v, authorization: { ...v.authorization, memberVerifying: true } } : v))
}

/**
 * The members (of those whose invitation waits) with 实人认证 photos waiting for staff under their
 * ID number: they cannot say 同意 before it passes, so the proxy is told that, not 等…同意 (a trial).
 * Read only when an invitation waits; the pending queue is what staff have left to check.
 */
async function membersVerifying(app: FastifyInstance, waiting: readonly FamilyMemberRecord[]): Promise<Set<string>> {
  if (waiting.length === 0) return new Set()
  const pending = new Set((await app.repos.verifications.staffQueue('PENDING')).map((a) => a.idHash))
  return new Set(waiting.filter((m) => pending.has(idHashOf(app, m.idNumber))).map((m) => m.id))
}

/**
 * POST /api/family-members: only with the caller's consent to the current 隐私保护指引 for this
 * member's data (422 PRIVACY_CONSENT_REQUIRED before anything else); checked with the shared
 * rules; at most 5; not the same ID twice, not one's own.
 */
export async function addMember(
  app: Pick<FastifyInstance, 'repos' | 'now'>,
  userId: string,
  body: CreateFamilyMemberBody & { privacyConsent?: PrivacyConsentBody },
): Promise<FamilyMemberView> {
  const consentVersion = familyMemberConsent(body.privacyConsent)
  const own = await app.repos.profiles.findByUserId(userId)
  if (!own) throw ownProfileRequired('添加家人')
  const now = app.now()
  const result = validateFamilyMember(body, chinaToday(now), own.idNumber)
  if (!result.ok) throw validationFailed(422, result.fields as Record<string, string>)
  const { name, idNumber, relation, phone, insuredRegion, insuranceType } = result.value
  const created = await app.repos.family.create(
    userId,
    { name, idNumber, relation, phone, insuredRegion, insuranceType },
    FAMILY_MEMBER_LIMIT,
    now,
    consentVersion,
  )
  if (created.outcome === 'LIMIT') {
    throw new AppError(
      409,
      'FAMILY_LIMIT',
      `最多添加 ${FAMILY_MEMBER_LIMIT} 位家人；要添加新的家人，请先删除一位不再需要代办的家人`,
    )
  }
  if (created.outcome === 'EXISTS') {
    throw new AppError(409, 'FAMILY_MEMBER_EXISTS', '这位家人已经添加过了（身份证号相同），请直接在家人列表里为这位家人办理')
  }
  return toFamilyMemberView(created.member, null, now)
}

/** DELETE /api/family-members/:id — soft delete; its authorisations are revoked with it. */
export async function deleteMember(app: FastifyInstance, userId: string, id: string): Promise<void> {
  const deleted = await app.repos.family.softDelete(userId, id, app.now())
  if (!deleted) throw familyMemberNotFound()
}

/** The caller's own uploads for a 授权委托书 request, each of the right kind; else 422 naming the field. */
async function documentUploads(
  app: FastifyInstance,
  userId: string,
  body: { letterUploadId: string; idPhotoUploadId: string },
): Promise<void> {
  const uploads = await app.repos.uploads.findOwned(userId, [body.letterUploadId, body.idPhotoUploadId])
  const letter = uploads.find((u) => u.id === body.letterUploadId)
  const photo = uploads.find((u) => u.id === body.idPhotoUploadId)
  const fields: Record<string, string> = {}
  const missing = '找不到这份材料（只能用您自己上传的材料），请重新上传'
  if (!letter) fields.letterUploadId = missing
  else if (letter.purpose !== 'AUTHORIZATION_LETTER') fields.letterUploadId = '这里要上传签好字的授权委托书（材料类型 AUTHORIZATION_LETTER），请重新上传'
  if (!photo) fields.idPhotoUploadId = missing
  else if (photo.purpose !== 'ID_DOCUMENT') fields.idPhotoUploadId = '这里要上传家人的身份证照片（材料类型 ID_DOCUMENT），请重新上传'
  if (body.letterUploadId === body.idPhotoUploadId) fields.idPhotoUploadId = '授权委托书和身份证要分别上传两份文件'
  if (Object.keys(fields).length > 0) throw validationFailed(422, fields)
}

/**
 * POST /api/family-members/:id/authorization — an invitation (a random 32-byte token; only its
 * SHA-256 is kept; valid 7 days) or a 授权委托书 for staff to check. A new request replaces a
 * pending one; while one is ACTIVE there is nothing to ask for.
 */
export async function requestAuthorization(
  app: FastifyInstance,
  userId: string,
  memberId: string,
  body: CreateAuthorizationBody,
): Promise<CreateAuthorizationResult> {
  const member = await app.repos.family.findLive(userId, memberId)
  if (!member) throw familyMemberNotFound()
  const now = app.now()
  let token: string | null = null
  let outcome
  if (body.method === 'INVITATION') {
    // Sent for an emergency stay: its admission day, checked against the member's 参保地 rule.
    const admittedOn = body.emergencyAdmittedOn
    if (admittedOn !== undefined) {
      const stay = invitationEmergency(admittedOn, profileFor(member.member.insuredRegion), app.calendar, now)
      if (!stay.ok) throw validationFailed(422, { emergencyAdmittedOn: stay.message })
    }
    token = randomBytes(32).toString('base64url')
    outcome = await app.repos.family.requestAuthorization(
      userId,
      memberId,
      { method: 'INVITATION', tokenHash: hashToken(token), expiresAt: invitationExpiresAt(now), ...(admittedOn === undefined ? {} : { emergencyAdmittedOn: admittedOn }) },
      now,
    )
  } else {
    await documentUploads(app, userId, body)
    outcome = await app.repos.family.requestAuthorization(
      userId,
      memberId,
      { method: 'DOCUMENT', letterUploadId: body.letterUploadId, idPhotoUploadId: body.idPhotoUploadId },
      now,
    )
  }
  if (outcome.outcome === 'MEMBER_GONE') throw familyMemberNotFound()
  if (outcome.outcome === 'ALREADY_ACTIVE') {
    throw new AppError(409, 'AUTHORIZATION_ACTIVE', '已经有这位家人的授权了，可以直接为家人办理备案，不用再申请')
  }
  const { authorization } = outcome
  return {
    authorization: toAuthorizationView(authorization, now, stayOf(authorization, member.member.insuredRegion, app.calendar, now)),
    invitation:
      token === null || authorization.expiresAt === null
        ? null
        : { token, path: `${INVITATION_PAGE}?token=${token}`, expiresAt: authorization.expiresAt },
  }
}

export interface FoundInvitation {
  authorization: AuthorizationRecord
  member: FamilyMemberRecord
  proxy: PersonProfile | null
}

async function findInvitation(app: FastifyInstance, token: string): Promise<FoundInvitation | null> {
  const authorization = await app.repos.family.findByTokenHash(hashToken(token))
  if (!authorization) return null
  const member = await app.repos.family.findById(authorization.familyMemberId)
  if (!member) return null
  return { authorization, member, proxy: await app.repos.profiles.findByUserId(authorization.proxyUserId) }
}

/** What the caller must still do before 同意 goes through (see acceptInvitation), in order. */
async function callerNeeds(app: FastifyInstance, userId: string): Promise<InvitationView['callerNeeds']> {
  const own = await app.repos.profiles.findByUserId(userId)
  if (!own) return ['PROFILE', 'VERIFICATION']
  return (await isVerified(app, userId, own)) ? [] : ['VERIFICATION']
}

/**
 * The invitation as its member reads it on `now`; `calendar` works out the deadline of the
 * emergency stay it was sent for (stayOf), if any.
 */
export function invitationView(found: FoundInvitation, now: Date, needs: InvitationView['callerNeeds'], calendar: WorkingDayCalendar): InvitationView {
  const { authorization, member, proxy } = found
  return {
    proxyName: maskedPersonName(proxy),
    proxyFullName: proxy?.name ?? '',
    proxyKin: kinOfFiler(member.relation, proxy?.sex ?? null),
    callerNeeds: needs,
    memberName: maskName(member.name),
    relationLabel: relationLabel(member.relation),
    // As the proxy entered them: 实名信息 starts from them for a member who has none (a trial: the
    // father typed again what his son had), never the ID number (whoever holds the link reads this).
    memberInsuredRegion: member.insuredRegion,
    memberInsuranceType: member.insuranceType,
    expiresAt: authorization.expiresAt ?? '',
    status: effectiveAuthorizationStatus(authorization.status, authorization.expiresAt, now),
    emergency: stayOf(authorization, member.insuredRegion, calendar, now),
  }
}

/**
 * GET /api/invitations/:token — who asks, before the member says yes. A pending or expired
 * invitation is shown to whoever holds the link; once accepted, only to the member who accepted;
 * replaced or unknown ones are 404.
 */
export async function showInvitation(app: FastifyInstance, userId: string, token: string): Promise<InvitationView> {
  const found = await findInvitation(app, token)
  const now = app.now()
  if (!found) throw invitationNotFound()
  const { status, principalUserId } = found.authorization
  if (status !== 'PENDING_INVITE' && principalUserId !== userId) throw invitationNotFound()
  return invitationView(found, now, await callerNeeds(app, userId), app.calendar)
}

/**
 * POST /api/invitations/:token/accept — the member, in their own account: their saved 实名信息
 * must carry the member's ID number and have passed 实人认证 (422 VERIFICATION_REQUIRED).
 * ACTIVE at once; the accepter becomes the principal.
 */
export async function acceptInvitation(app: FastifyInstance, userId: string, token: string): Promise<InvitationView> {
  return acceptFound(app, userId, await findInvitation(app, token))
}

/** Accepts a found invitation for the caller, with every check of acceptInvitation; 404 when `found` is null. */
export async function acceptFound(app: FastifyInstance, userId: string, found: FoundInvitation | null): Promise<InvitationView> {
  const now = app.now()
  if (!found || effectiveAuthorizationStatus(found.authorization.status, found.authorization.expiresAt, now) !== 'PENDING_INVITE') {
    throw invitationNotFound()
  }
  const { authorization, member } = found
  if (authorization.proxyUserId === userId) {
    throw new AppError(
      422,
      'INVITATION_OWN',
      '这是您自己发出的邀请，不能自己确认；请把它转发给家人，让家人用自己的手机打开确认',
    )
  }
  const own = await app.repos.profiles.findByUserId(userId)
  if (!own) throw ownProfileRequired('确认授权（要核对是不是您本人）')
  if (own.idNumber !== member.idNumber) {
    throw new AppError(
      422,
      'INVITATION_NOT_FOR_YOU',
      `这个邀请是给 ${maskName(member.name)} 的，和您的实名信息对不上；请让本人用自己的手机打开这个邀请`,
    )
  }
  // Only the person themselves may let someone file for them (issue 11): 实人认证 first.
  if (!(await isVerified(app, userId, own))) {
    throw new AppError(
      422,
      'VERIFICATION_REQUIRED',
      '确认授权前，请先在“实人认证”里确认是您本人（刷脸或上传身份证照片），认证后再打开这个邀请确认',
    )
  }
  if (!(await app.repos.family.accept(authorization.id, userId, now))) throw invitationNotFound()
  const accepted = await app.repos.family.findAuthorization(authorization.id)
  return invitationView({ ...found, authorization: accepted ?? authorization }, now, [], app.calendar)
}

/** GET /api/me/proxies — who may file for the caller now. */
export async function listProxies(app: FastifyInstance, userId: string): Promise<ProxyView[]> {
  const proxies = await app.repos.family.listProxies(userId)
  return Promise.all(
    proxies.map(async (p) => {
      const proxy = await app.repos.profiles.findByUserId(p.proxyUserId)
      return {
        authorizationId: p.authorizationId,
        proxyName: maskedPersonName(proxy),
        // In full: this list is the caller's own (they are the principal), as on the invitation page.
        proxyFullName: proxy?.name ?? '',
        proxyKin: kinOfFiler(p.relation, proxy?.sex ?? null),
        relationLabel: relationLabel(p.relation),
        since: p.since,
      }
    }),
  )
}

/** DELETE /api/me/proxies/:authorizationId — the member withdraws it; the proxy can no longer file or see. */
export async function revokeProxy(app: FastifyInstance, userId: string, authorizationId: string): Promise<void> {
  const revoked = await app.repos.family.revokeByPrincipal(userId, authorizationId, app.now())
  if (!revoked) throw authorizationNotFound()
}

async function reviewView(app: FastifyInstance, authorization: AuthorizationRecord): Promise<AuthorizationReviewView> {
  const member = await app.repos.family.findById(authorization.familyMemberId)
  if (!member) throw authorizationNotFound()
  const proxy = await app.repos.profiles.findByUserId(authorization.proxyUserId)
  const refusals = await earlierRefusalsOf(app, [{ authorization, member }])
  return toAuthorizationReviewView(authorization, member, proxy, app.now(), refusals.get(authorization.id) ?? [])
}

/**
 * GET /api/family-members/:id/authorization-letter — the 授权委托书 to print, with the member's ID
 * number from the stored record and the caller's own from their 实名信息 (a trial: the letter left the
 * member's number blank though the app knew it). Only the member's owner; 404 otherwise.
 */
export async function authorizationLetter(app: FastifyInstance, userId: string, memberId: string): Promise<{ text: string }> {
  const found = await app.repos.family.findLive(userId, memberId)
  if (!found) throw familyMemberNotFound()
  const own = await app.repos.profiles.findByUserId(userId)
  const text = authorizationLetterText(
    { name: found.member.name, idNumber: found.member.idNumber },
    { name: own?.name ?? '', idNumber: own?.idNumber ?? '' },
  )
  return { text }
}

/**
 * GET /api/review/authorizations — 授权委托书 waiting for staff (or in another status), oldest
 * first, each as reviewView shows it; read in a fixed number of statements however many there are
 * (the letters; their members; their proxies' profiles; the letters refused before them), where it
 * read two more per letter. The work queue, which shows none of the refusals, leaves out the last.
 */
export async function authorizationQueue(
  app: FastifyInstance,
  status: 'PENDING_REVIEW' | 'ACTIVE' | 'REJECTED' | 'REVOKED',
  options: { earlierRefusals?: boolean } = {},
): Promise<AuthorizationReviewView[]> {
  const authorizations = await app.repos.family.listForReview([status])
  const [members, proxies] = await Promise.all([
    app.repos.family.findByIds(authorizations.map((a) => a.familyMemberId)),
    app.repos.profiles.findByUserIds(authorizations.map((a) => a.proxyUserId)),
  ])
  const letters = authorizations.map((authorization) => {
    const member = members.get(authorization.familyMemberId)
    if (!member) throw authorizationNotFound()
    return { authorization, member }
  })
  const refusals = options.earlierRefusals === false ? new Map<string, EarlierRefusal[]>() : await earlierRefusalsOf(app, letters)
  const now = app.now()
  return letters.map(({ authorization, member }) =>
    toAuthorizationReviewView(authorization, member, proxies.get(authorization.proxyUserId) ?? null, now, refusals.get(authorization.id) ?? []),
  )
}

/**
 * For each letter, the 授权委托书 refused before it for the same member by the same proxy (a trial:
 * a resubmitted letter showed nothing of the last refusal). The same member is the same ID number,
 * so one removed and added again keeps its history; one statement for all the letters.
 */
async function earlierRefusalsOf(
  app: FastifyInstance,
  letters: ReadonlyArray<{ authorization: AuthorizationRecord; member: FamilyMemberRecord }>,
): Promise<Map<string, EarlierRefusal[]>> {
  const refused = await app.repos.family.listRefusedLetters(
    letters.map((l) => l.authorization.proxyUserId),
    letters.map((l) => l.member.idNumber),
  )
  const byLetter = new Map<string, EarlierRefusal[]>()
  for (const { authorization, member } of letters) {
    const before = refused.filter(
      (r) =>
        r.idNumber === member.idNumber &&
        r.authorization.proxyUserId === authorization.proxyUserId &&
        r.authorization.id !== authorization.id &&
        Date.parse(r.authorization.createdAt) < Date.parse(authorization.createdAt),
    )
    byLetter.set(
      authorization.id,
      before.map(({ authorization: r }) => ({
        id: r.id,
        createdAt: r.createdAt,
        decidedAt: r.decidedAt,
        decidedByName: r.decidedBy?.name ?? null,
        reasons: r.reasons,
        letterUploadId: r.letterUploadId,
      })),
    )
  }
  return byLetter
}

/**
 * POST /api/review/authorizations/:id/decision — APPROVE → ACTIVE, REJECT (with reasons) →
 * REJECTED. The status is checked in the UPDATE: of two reviewers deciding at once, the second
 * gets 409 naming who decided. The audit row is written with the decision.
 */
export async function decideAuthorization(
  app: FastifyInstance,
  id: string,
  body: AuthorizationDecisionBody,
  ctx: { principal: StaffPrincipal; ip: string | null },
): Promise<AuthorizationReviewView> {
  const authorization = await app.repos.family.findAuthorization(id)
  if (!authorization || authorization.method !== 'DOCUMENT') throw authorizationNotFound()
  const reasons = (body.reasons ?? []).map((r) => r.trim()).filter((r) => r.length > 0)
  if (body.decision === 'REJECT' && reasons.length === 0) {
    throw validationFailed(422, { reasons: '不予通过时，请写明原因（至少一项），家人会按原因重新准备授权委托书' })
  }
  const member = await app.repos.family.findById(authorization.familyMemberId)
  const toStatus = body.decision === 'APPROVE' ? 'ACTIVE' : 'REJECTED'
  const now = app.now()
  const decided = await app.repos.family.decide(
    id,
    toStatus,
    reasons,
    { id: ctx.principal.id, name: ctx.principal.displayName },
    {
      actor: auditActor(ctx.principal),
      action: 'DECIDE_AUTHORIZATION',
      subject: { type: 'AUTHORIZATION', id, label: member ? `${maskName(member.name)} ${maskIdNumber(member.idNumber)}` : null },
      detail: { decision: body.decision, to: toStatus, reasons },
      ip: ctx.ip,
    },
    now,
  )
  if (!decided) {
    const current = await app.repos.family.findAuthorization(id)
    const by = current?.decidedBy && current.decidedAt
      ? `已经${decidedByLine(current.status === 'REJECTED' ? 'REJECT' : 'APPROVE', current.decidedBy.name, current.decidedAt)}`
      : '已经审核过或已被撤销'
    throw new AppError(409, 'AUTHORIZATION_NOT_REVIEWABLE', `这份授权委托书${by}，请刷新后看看最新状态`)
  }
  const updated = await app.repos.family.findAuthorization(id)
  return reviewView(app, updated ?? authorization)
}

/** Who a filing is for, as the filing records it. */
export interface FilingSubjectFacts {
  /** Their account when known: the filer themselves, or the member who accepted an invitation. */
  subjectUserId: string | null
  familyMemberId: string | null
  relation: FamilyRelation | null
  /** The facts copied onto the filing. */
  person: Pick<PersonProfile, 'name' | 'idNumber' | 'insuredRegion' | 'insuranceType'>
}

/**
 * The subject of a filing for a family member: the caller's own live member with an ACTIVE
 * authorisation, else 403 PROXY_NOT_AUTHORIZED — the same for someone else's member, a deleted
 * one or an unknown id, so nothing is revealed. The member's own saved 实名信息 when they accepted
 * an invitation (and have one), else the member record.
 */
export async function proxySubject(app: Pick<FastifyInstance, 'repos' | 'now'>, userId: string, memberId: string): Promise<FilingSubjectFacts> {
  const found = await app.repos.family.findLive(userId, memberId)
  const authorization = found?.authorization ?? null
  if (!found || !authorization || effectiveAuthorizationStatus(authorization.status, authorization.expiresAt, app.now()) !== 'ACTIVE') {
    throw proxyNotAuthorized()
  }
  const { member } = found
  const principal = authorization.principalUserId
  const profile = principal === null ? null : await app.repos.profiles.findByUserId(principal)
  return {
    subjectUserId: principal,
    familyMemberId: member.id,
    relation: member.relation,
    person: profile ?? { name: member.name, idNumber: member.idNumber, insuredRegion: member.insuredRegion, insuranceType: member.insuranceType },
  }
}
