import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { chinaToday } from '@/domain/time/china-date'
import {
  ID_TAKEN_MESSAGE,
  MAX_FAILED_ATTEMPTS_PER_DAY,
  VERIFICATION_STATUSES,
  canAttemptVerification,
  type VerificationRequestBody,
  type VerificationStatus,
  type VerificationView,
} from '@/domain/verification'
import type { PersonProfile } from '@server/db/repositories/profiles'
import type { FilingRecord } from '@server/db/repositories/filings'
import type { IdentityOf, NewAttempt, VerificationAttempt } from '@server/db/repositories/verifications'
import { AppError } from '@server/errors'
import { accessToken } from '@server/notifications/wechat-token'
import { createFaceProvider, type FaceFailure, type FaceVerificationProvider } from './providers'
import { releaseOnVerification } from './release'

/**
 * 实人认证 (issue 11): what an account's verification status is, face results checked with
 * their provider, the staff-checked path, and the one-account-per-ID rule. Every attempt is
 * recorded (identity_verifications), with hashes only.
 */

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
type Hashing = Pick<FastifyInstance, 'repos'>
/** The ID number and name as stored with a verification: keyed hashes (identity-hash.ts), never the text. */
export const idHashOf = (app: Hashing, idNumber: string) => app.repos.verifications.hash.id(idNumber)
export const nameHashOf = (app: Hashing, name: string) => app.repos.verifications.hash.name(name)

const providers = new WeakMap<FastifyInstance, FaceVerificationProvider>()

/** The face provider configured for this app (created once). */
export function faceProvider(app: FastifyInstance): FaceVerificationProvider {
  let provider = providers.get(app)
  if (!provider) {
    provider = createFaceProvider(app.config.verificationProvider, app.config.wechat, (now) => {
      const wechat = app.config.wechat
      if (!wechat) return Promise.reject(new Error('no WeChat credentials'))
      return accessToken(app, wechat, now)
    })
    providers.set(app, provider)
  }
  return provider
}

const FAILURE_ERRORS: Record<FaceFailure, { code: string; message: string }> = {
  FAILED: {
    code: 'VERIFICATION_FAILED',
    message: '刷脸没有通过。请到光线好的地方、摘下帽子和眼镜再试一次；总是不通过的，可以改为上传身份证照片，由工作人员核对',
  },
  INVALID: { code: 'VERIFICATION_RESULT_INVALID', message: '这次认证的结果核对不上，请重新刷脸认证' },
  EXPIRED: { code: 'VERIFICATION_RESULT_EXPIRED', message: '这次刷脸已经过了有效时间，请重新刷脸认证' },
  MISMATCH: {
    code: 'VERIFICATION_MISMATCH',
    message: '刷脸认证的结果和您填写的实名信息对不上。请确认“实名信息”里的姓名、身份证号是您本人的，再重新认证',
  },
}

const REPLAYED = { code: 'VERIFICATION_RESULT_USED', message: '这次刷脸的结果已经用过了，请重新刷脸认证' }

/** 409 ID_VERIFIED_BY_ANOTHER_ACCOUNT (issue 11). */
export function idTaken(): AppError {
  return new AppError(409, 'ID_VERIFIED_BY_ANOTHER_ACCOUNT', ID_TAKEN_MESSAGE)
}

function profileRequired(): AppError {
  return new AppError(422, 'PROFILE_REQUIRED', '请先在首页“实名信息”里填写您本人的实名信息（姓名、身份证号、参保地），再做实人认证')
}

interface Standing {
  status: VerificationStatus
  method: VerificationView['method']
  at: string | null
  reason: string | null
  /** Another account holds this ID number. */
  taken: boolean
  /** The staff-checked request waiting for 人工核对 (PENDING only), null otherwise. */
  requestId: string | null
}

async function standing(app: FastifyInstance, userId: string, profile: PersonProfile | null): Promise<Standing> {
  const none: Standing = { status: 'UNVERIFIED', method: null, at: null, reason: null, taken: false, requestId: null }
  if (!profile) return none
  const idHash = idHashOf(app, profile.idNumber)
  const nameHash = nameHashOf(app, profile.name)
  const verified = await app.repos.verifications.verifiedFor(userId)
  if (verified && verified.idHash === idHash && verified.nameHash === nameHash) {
    return { status: 'VERIFIED', method: verified.method, at: verified.verifiedAt, reason: null, taken: false, requestId: null }
  }
  const holder = await app.repos.verifications.holderOf(idHash)
  const taken = holder !== null && holder.userId !== userId
  const staff = await app.repos.verifications.latestStaffRequest(userId)
  if (staff && staff.idHash === idHash && staff.nameHash === nameHash) {
    if (staff.outcome === 'PENDING') return { status: 'PENDING', method: 'STAFF', at: staff.createdAt, reason: null, taken, requestId: staff.id }
    if (staff.outcome === 'REJECTED') {
      return { status: 'REJECTED', method: 'STAFF', at: staff.decidedAt, reason: staff.failureReason, taken, requestId: null }
    }
  }
  return { ...none, taken }
}

/** The account's verification as `GET /api/me` shows it. */
export async function verificationView(app: FastifyInstance, userId: string, profile?: PersonProfile | null): Promise<VerificationView> {
  const own = profile === undefined ? await app.repos.profiles.findByUserId(userId) : profile
  const s = await standing(app, userId, own)
  return {
    status: s.status,
    statusLabel: VERIFICATION_STATUSES[s.status],
    method: s.method,
    at: s.at,
    reason: s.reason,
    conflict: s.taken ? ID_TAKEN_MESSAGE : null,
  }
}

/**
 * An account's 实人认证 as a reviewer needs it (the filing's case): where it stands and, while
 * photos wait for 人工核对, which request holds them (GET /api/review/verifications/:id).
 */
export async function verificationStanding(app: FastifyInstance, userId: string): Promise<{ status: VerificationStatus; requestId: string | null }> {
  const s = await standing(app, userId, await app.repos.profiles.findByUserId(userId))
  return { status: s.status, requestId: s.requestId }
}

/** Whether the account has passed 实人认证 for the name and ID number its 实名信息 carries now. */
export async function isVerified(app: Pick<FastifyInstance, 'repos'>, userId: string, profile: PersonProfile): Promise<boolean> {
  const verified = await app.repos.verifications.verifiedFor(userId)
  return verified !== null && verified.idHash === idHashOf(app, profile.idNumber) && verified.nameHash === nameHashOf(app, profile.name)
}

/**
 * The ID number the account's 实名信息 carries, when the account passed 实人认证 for it (and its
 * name); else null. Filings under it are the person's own to see (visibleTo): an ID number only
 * typed in proves nothing. One read.
 */
export async function verifiedIdNumber(app: Pick<FastifyInstance, 'repos'>, userId: string): Promise<string | null> {
  const found = await app.repos.verifications.profileWithVerified(userId)
  if (!found) return null
  const { idNumber, name, verified } = found
  return verified.idHash === idHashOf(app, idNumber) && verified.nameHash === nameHashOf(app, name) ? idNumber : null
}

/**
 * Refuses (409 ID_VERIFIED_BY_ANOTHER_ACCOUNT) when another account has verified the ID number
 * this account's 实名信息 carries: that account's data gets no filing rights for the ID.
 */
export async function assertIdNotTaken(app: Pick<FastifyInstance, 'repos'>, userId: string, profile: PersonProfile): Promise<void> {
  const holder = await app.repos.verifications.holderOf(idHashOf(app, profile.idNumber))
  if (holder && holder.userId !== userId) throw idTaken()
}

/**
 * isVerified and assertIdNotTaken from one read (a filing needs both, issue 15): `verified` as
 * isVerified answers; `taken` when another account has verified the profile's ID number (what
 * assertIdNotTaken refuses with 409 ID_VERIFIED_BY_ANOTHER_ACCOUNT; throw it with `idTaken()`).
 */
export async function identityFacts(app: Pick<FastifyInstance, 'repos'>, userId: string, profile: PersonProfile): Promise<{ verified: boolean; taken: boolean }> {
  const idHash = idHashOf(app, profile.idNumber)
  return judgeIdentity(app, userId, profile, idHash, await app.repos.verifications.identityOf(userId, idHash))
}

/**
 * identityFacts with the filer's own filings, in one read (filings.lockedOwnFilings, issue 15):
 * for a filing for oneself, inside its transaction, after profiles.findFiler took the person's
 * lock. `filings`: every filing whose subject has the profile's ID number, newest first.
 */
export async function identityFactsWithOwnFilings(
  app: Pick<FastifyInstance, 'repos'>,
  userId: string,
  profile: PersonProfile,
): Promise<{ verified: boolean; taken: boolean; filings: FilingRecord[] }> {
  const idHash = idHashOf(app, profile.idNumber)
  const found = await app.repos.filings.lockedOwnFilings(userId, profile.idNumber, idHash)
  return { ...judgeIdentity(app, userId, profile, idHash, found), filings: found.filings }
}

/** What identityFacts answers, from identityOf's answer (`own`, `holder`) for `idHash`, the profile's ID hash. */
function judgeIdentity(app: Hashing, userId: string, profile: PersonProfile, idHash: string, { own, holder }: IdentityOf): { verified: boolean; taken: boolean } {
  return {
    verified: own !== null && own.idHash === idHash && own.nameHash === nameHashOf(app, profile.name),
    taken: holder !== null && holder.userId !== userId,
  }
}

/** After 实名信息 is saved: a changed name or ID number ends the verification (it was of the old ones). */
export async function afterProfileSaved(app: Pick<FastifyInstance, 'repos'>, userId: string, profile: PersonProfile): Promise<void> {
  const verified = await app.repos.verifications.verifiedFor(userId)
  if (verified && (verified.idHash !== idHashOf(app, profile.idNumber) || verified.nameHash !== nameHashOf(app, profile.name))) {
    await app.repos.verifications.clear(userId)
  }
}

/** Start of the China day of `now`, as an ISO instant (the attempt limit counts per day). */
function chinaDayStart(now: Date): string {
  return new Date(`${chinaToday(now)}T00:00:00+08:00`).toISOString()
}

async function assertMayAttempt(app: FastifyInstance, userId: string, now: Date): Promise<void> {
  const failed = await app.repos.verifications.countFailedSince(userId, chinaDayStart(now))
  if (!canAttemptVerification(failed)) {
    throw new AppError(
      429,
      'VERIFICATION_RATE_LIMITED',
      `今天认证没通过的次数已经有 ${MAX_FAILED_ATTEMPTS_PER_DAY} 次了，请明天再试；也可以改为上传身份证照片，由工作人员核对`,
    )
  }
}

/** Records a failed attempt, then answers the refusal to show. */
async function refuse(app: FastifyInstance, attempt: NewAttempt, now: Date, error: { code: string; message: string }): Promise<AppError> {
  const recorded = await app.repos.verifications.record({ ...attempt, failureCode: error.code, failureReason: error.message }, now)
  // A result that was already used is recorded without its hash (the hash is taken).
  if (recorded.outcome === 'REPLAYED') await app.repos.verifications.record({ ...attempt, resultHash: null, failureCode: REPLAYED.code, failureReason: REPLAYED.message }, now)
  const shown = recorded.outcome === 'REPLAYED' ? REPLAYED : error
  return new AppError(422, shown.code, shown.message)
}

/** POST /api/me/verification with a face result (WECHAT_FACE, or DEV where configured). */
async function verifyFace(
  app: FastifyInstance,
  userId: string,
  profile: PersonProfile,
  body: { provider: 'WECHAT_FACE' | 'DEV'; verifyResult: string },
): Promise<void> {
  const provider = faceProvider(app)
  if (body.provider !== provider.kind) {
    throw new AppError(
      422,
      'VERIFICATION_PROVIDER_UNAVAILABLE',
      provider.kind === 'WECHAT_FACE'
        ? '这里只能用微信刷脸认证，或上传身份证照片由工作人员核对'
        : '这里没有开通微信刷脸认证，请上传身份证照片由工作人员核对',
    )
  }
  const now = app.now()
  await assertMayAttempt(app, userId, now)
  const base: NewAttempt = {
    userId,
    method: provider.kind,
    outcome: 'FAILED',
    idHash: idHashOf(app, profile.idNumber),
    nameHash: nameHashOf(app, profile.name),
    resultHash: provider.singleUse ? sha256(`verify_result:${body.verifyResult}`) : null,
  }
  if (base.resultHash && (await app.repos.verifications.resultSeen(base.resultHash))) {
    throw await refuse(app, { ...base, resultHash: null }, now, REPLAYED)
  }
  const openid = (await app.repos.users.findOpenid(userId)) ?? ''
  const check = await provider.check(body.verifyResult, { openid, name: profile.name, idNumber: profile.idNumber, now })
  if (!check.passed) throw await refuse(app, base, now, FAILURE_ERRORS[check.failure])
  // Verified: the filings that waited only on it are approved in the same transaction (release.ts).
  const recorded = await app.repos.verifications.record({ ...base, outcome: 'PASSED' }, now, (trx) => releaseOnVerification(trx, app.dialect, userId, now))
  if (recorded.outcome === 'REPLAYED') throw await refuse(app, { ...base, resultHash: null }, now, REPLAYED)
  if (recorded.outcome === 'TAKEN') throw idTaken()
}

/** The three photos must be the caller's own uploads, of the right purpose each. */
async function checkPhotos(app: FastifyInstance, userId: string, photos: NonNullable<VerificationAttempt['photos']>): Promise<void> {
  const wanted = [
    [photos.idFrontUploadId, 'ID_CARD_FRONT', 'idFrontUploadId', '身份证人像面'],
    [photos.idBackUploadId, 'ID_CARD_BACK', 'idBackUploadId', '身份证国徽面'],
    [photos.holdingUploadId, 'ID_CARD_HOLDING', 'holdingUploadId', '手持身份证的照片'],
  ] as const
  const owned = await app.repos.uploads.findOwned(userId, wanted.map(([id]) => id))
  const fields: Record<string, string> = {}
  for (const [id, purpose, field, label] of wanted) {
    const upload = owned.find((u) => u.id === id)
    if (!upload || upload.purpose !== purpose) fields[field] = `请重新上传${label}`
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError(422, 'VALIDATION_FAILED', '有照片找不到或放错了位置，请按提示重新上传', fields)
  }
}

/** POST /api/me/verification with the photos: a request for staff to check (PENDING). */
async function requestStaffCheck(
  app: FastifyInstance,
  userId: string,
  profile: PersonProfile,
  photos: NonNullable<VerificationAttempt['photos']>,
): Promise<void> {
  const latest = await app.repos.verifications.latestStaffRequest(userId)
  if (latest?.outcome === 'PENDING') {
    throw new AppError(409, 'VERIFICATION_PENDING', '您的照片已经交给工作人员核对了，请等核对结果，不用重复提交')
  }
  await checkPhotos(app, userId, photos)
  await app.repos.verifications.record(
    { userId, method: 'STAFF', outcome: 'PENDING', idHash: idHashOf(app, profile.idNumber), nameHash: nameHashOf(app, profile.name), photos },
    app.now(),
  )
}

/** POST /api/me/verification: answers the account's verification afterwards. */
export async function submitVerification(app: FastifyInstance, userId: string, body: VerificationRequestBody): Promise<VerificationView> {
  const profile = await app.repos.profiles.findByUserId(userId)
  if (!profile) throw profileRequired()
  if (await isVerified(app, userId, profile)) return verificationView(app, userId, profile)
  if (body.provider === 'STAFF') {
    const { idFrontUploadId, idBackUploadId, holdingUploadId } = body
    await requestStaffCheck(app, userId, profile, { idFrontUploadId, idBackUploadId, holdingUploadId })
  } else {
    await verifyFace(app, userId, profile, body)
  }
  return verificationView(app, userId, profile)
}
