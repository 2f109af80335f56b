import type { FastifyInstance } from 'fastify'
import { reviewDeadline } from '@/domain/review'
import { UNVERIFIED_REVIEW_NOTE, type VerificationDecisionBody, type VerificationReviewView } from '@/domain/verification'
import type { FilingRecord } from '@server/db/repositories/filings'
import type { PersonProfile } from '@server/db/repositories/profiles'
import type { AuthorizationRecord } from '@server/db/repositories/family'
import { stayOf } from '@server/family/to-views'
import type { VerificationAttempt, VerifiedIdentity } from '@server/db/repositories/verifications'
import { AppError } from '@server/errors'
import { maskIdNumber, maskName } from '@server/logging/mask'
import { auditActor, type StaffPrincipal } from '@server/staff/actor'
import { idHashOf, nameHashOf } from './verify'
import { releaseOnVerification } from './release'

/**
 * Staff decide staff-checked 实人认证 requests (issue 11) through /api/review/verifications and
 * `npm run review -- verifications`. A request shows the name and ID number the person typed,
 * the three photos, and any other account that has verified the same ID number (the conflict):
 * approving it makes the requester the ID's holder in that account's place.
 */

function notFound(): AppError {
  return new AppError(404, 'VERIFICATION_NOT_FOUND', '没有找到这份实人认证申请，请刷新列表再看')
}

/** What a request's view reads besides the request: the requester's profile, the ID's holder, the filings waiting on it. */
interface ReviewFacts {
  profile: PersonProfile | null
  holder: VerifiedIdentity | null
  /** The requester's filings that wait only on this 实人认证 (read for a pending request only). */
  releases: readonly FilingRecord[]
  /** The emergency stay an invitation to the requester waits with (staySoonest), for a pending request only. */
  stay: VerificationReviewView['stay']
}

/**
 * Of the invitations that wait on the person with `idNumber` for an emergency stay (`waiting`: the
 * family repo's listWaitingStayInvitations), the stay to urge first: its deadline by the member's
 * 参保地 (stayOf at `now`), the earliest; a stay due before discharge after those with a day; none
 * that needs nothing (视同已备案) or has passed. Null when none.
 */
function staySoonest(
  app: FastifyInstance,
  idNumber: string | null,
  waiting: ReadonlyArray<{ authorization: AuthorizationRecord; idNumber: string; insuredRegion: string }>,
  now: Date,
): VerificationReviewView['stay'] {
  if (idNumber === null) return null
  const stays = waiting
    .filter((w) => w.idNumber === idNumber)
    .flatMap((w) => {
      const stay = stayOf(w.authorization, w.insuredRegion, app.calendar, now)
      return stay && stay.mode !== 'DEEMED_FILED' && !stay.closed ? [{ admittedOn: stay.admittedOn, deadline: stay.deadline }] : []
    })
    .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'))
  return stays[0] ?? null
}

const isPending = (attempt: VerificationAttempt) => attempt.outcome !== 'APPROVED' && attempt.outcome !== 'REJECTED'

function reviewView(app: FastifyInstance, attempt: VerificationAttempt, { profile, holder, releases, stay }: ReviewFacts): VerificationReviewView {
  const photos = attempt.photos
  if (!photos) throw new Error(`staff verification ${attempt.id} has no photos`)
  // The 实名信息 changed since the request: the photos no longer prove what the profile says.
  const stale = !profile || idHashOf(app, profile.idNumber) !== attempt.idHash || nameHashOf(app, profile.name) !== attempt.nameHash
  const pending = isPending(attempt)
  // The wait the app tells the person (一般 1 个工作日): the product's review setting, no 参保地's.
  const due = pending ? reviewDeadline(new Date(attempt.createdAt), app.calendar) : null
  return {
    id: attempt.id,
    userId: attempt.userId,
    status: attempt.outcome === 'APPROVED' || attempt.outcome === 'REJECTED' ? attempt.outcome : 'PENDING',
    name: stale ? '（申请后实名信息已修改）' : profile.name,
    idNumber: stale ? '' : profile.idNumber,
    photos,
    conflict: holder && holder.userId !== attempt.userId ? { userId: holder.userId, method: holder.method, verifiedAt: holder.verifiedAt } : null,
    releases: releases.map((f) => f.number),
    deadline: due ? { deadline: due.deadline, endsAt: due.endsAt, provisional: due.provisional } : null,
    stay: pending && !stale ? stay : null,
    reason: attempt.failureReason,
    createdAt: attempt.createdAt,
    decidedAt: attempt.decidedAt,
  }
}

/**
 * GET /api/review/verifications: staff-checked requests in one state, oldest first, each as
 * GET /api/review/verifications/:id shows it. Read in a fixed number of statements however many
 * there are (the requests; the requesters' profiles; the IDs' holders; the pending ones' waiting
 * filings and the invitations for an emergency stay that wait on them: `stay`), none past the first
 * when the list is empty.
 */
export async function verificationQueue(app: FastifyInstance, status: 'PENDING' | 'APPROVED' | 'REJECTED'): Promise<VerificationReviewView[]> {
  const attempts = await app.repos.verifications.staffQueue(status)
  const now = app.now()
  const [profiles, holders, releases] = await Promise.all([
    app.repos.profiles.findByUserIds(attempts.map((a) => a.userId)),
    app.repos.verifications.holdersOf(attempts.map((a) => a.idHash)),
    app.repos.filings.waitingOnFilerVerificationOf(attempts.filter(isPending).map((a) => a.userId), UNVERIFIED_REVIEW_NOTE),
  ])
  const pendingIds = attempts.filter(isPending).flatMap((a) => {
    const idNumber = profiles.get(a.userId)?.idNumber
    return idNumber ? [idNumber] : []
  })
  const waiting = await app.repos.family.listWaitingStayInvitations(pendingIds, now)
  return attempts.map((a) =>
    reviewView(app, a, {
      profile: profiles.get(a.userId) ?? null,
      holder: holders.get(a.idHash) ?? null,
      releases: isPending(a) ? releases.get(a.userId) ?? [] : [],
      stay: isPending(a) ? staySoonest(app, profiles.get(a.userId)?.idNumber ?? null, waiting, now) : null,
    }),
  )
}

async function staffRequest(app: FastifyInstance, id: string): Promise<VerificationAttempt> {
  const attempt = await app.repos.verifications.findAttempt(id)
  if (!attempt || attempt.method !== 'STAFF') throw notFound()
  return attempt
}

/** GET /api/review/verifications/:id */
export async function showVerificationRequest(app: FastifyInstance, id: string): Promise<VerificationReviewView> {
  const attempt = await staffRequest(app, id)
  const profile = await app.repos.profiles.findByUserId(attempt.userId)
  const holder = await app.repos.verifications.holderOf(attempt.idHash)
  const releases = isPending(attempt) ? await app.repos.filings.waitingOnFilerVerification(attempt.userId, UNVERIFIED_REVIEW_NOTE) : []
  const now = app.now()
  const waiting = isPending(attempt) && profile ? await app.repos.family.listWaitingStayInvitations([profile.idNumber], now) : []
  return reviewView(app, attempt, { profile, holder, releases, stay: staySoonest(app, profile?.idNumber ?? null, waiting, now) })
}

/**
 * POST /api/review/verifications/:id/decision. Only a PENDING request whose 实名信息 has not
 * changed since can be approved (409 otherwise); a rejection needs a reason the person can act on.
 * The decision is written to the audit log (DECIDE_VERIFICATION, who decided, from where) in the
 * same transaction.
 */
export async function decideVerification(
  app: FastifyInstance,
  id: string,
  body: VerificationDecisionBody,
  ctx: { principal: StaffPrincipal; ip: string | null },
): Promise<VerificationReviewView> {
  const attempt = await staffRequest(app, id)
  if (attempt.outcome !== 'PENDING') {
    throw new AppError(409, 'VERIFICATION_ALREADY_DECIDED', '这份申请已经处理过了，请刷新列表')
  }
  if (body.decision === 'APPROVE') {
    const profile = await app.repos.profiles.findByUserId(attempt.userId)
    if (!profile || idHashOf(app, profile.idNumber) !== attempt.idHash || nameHashOf(app, profile.name) !== attempt.nameHash) {
      throw new AppError(409, 'VERIFICATION_PROFILE_CHANGED', '申请人提交照片后改了姓名或身份证号，照片核对不了现在的信息；请驳回，让申请人重新提交')
    }
  }
  const reason = (body.reason ?? '').trim()
  if (body.decision === 'REJECT' && reason === '') {
    throw new AppError(422, 'VALIDATION_FAILED', '驳回时请写明原因，告诉申请人怎么改', { reason: '请写明驳回原因' })
  }
  const person = await app.repos.profiles.findByUserId(attempt.userId)
  const now = app.now()
  const decided = await app.repos.verifications.decideStaff(
    id,
    body.decision === 'APPROVE' ? { approve: true } : { approve: false, reason },
    now,
    {
      actor: auditActor(ctx.principal),
      action: 'DECIDE_VERIFICATION',
      subject: { type: 'VERIFICATION', id, label: person ? `${maskName(person.name)} ${maskIdNumber(person.idNumber)}` : null },
      detail: { decision: body.decision, ...(body.decision === 'REJECT' ? { reason } : {}) },
      ip: ctx.ip,
    },
    // Approved: the person's filings that waited only on it are approved with it (release.ts).
    (trx) => releaseOnVerification(trx, app.dialect, attempt.userId, now),
  )
  if (!decided) throw new AppError(409, 'VERIFICATION_ALREADY_DECIDED', '这份申请已经处理过了，请刷新列表')
  return showVerificationRequest(app, id)
}
