import { randomInt } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import {
  FILING_NUMBER_ALPHABET,
  FILING_STATUSES,
  checkFiling,
  effectiveStatus,
  formatFilingNumber,
  isStanding,
  type ChangeFilingBody,
  type CreateFilingBody,
  type FilingSubmission,
  type FilingView,
} from '../../../src/domain/filings'
import { profileFor } from '../../../src/domain/profiles'
import { canChangeOrCancel } from '../../../src/domain/rules'
import { chinaToday } from '../../../src/domain/time/china-date'
import type { FilingRecord, NewFiling } from '../db/repositories/filings'
import type { PersonProfile } from '../db/repositories/profiles'
import { AppError, validationFailed } from '../errors'
import { toFilingView } from './to-filing-view'

/**
 * Filing, changing and cancelling (SPEC §2-§5, §7): the steps around the shared domain rules.
 * Every check runs before anything is written; the writes of one step are one transaction.
 */

const INSTANT_NOTE = '自助备案，即时办结'

export function filingNotFound(): AppError {
  return new AppError(404, 'FILING_NOT_FOUND', '没有找到这份备案，请回到“我的备案”重新打开')
}

function profileRequired(): AppError {
  return new AppError(422, 'PROFILE_REQUIRED', '请先在“我的”里填写实名信息（姓名、身份证号、参保地），再来办理备案')
}

function duplicateFiling(existing: FilingRecord): AppError {
  return new AppError(
    409,
    'DUPLICATE_FILING',
    `您已经有一份还有效的同类备案（编号 ${existing.number}），备案地也相同，不用重复办理；要改地方或日期，请在“我的备案”里办理变更`,
    undefined,
    { details: { existingFilingId: existing.id, existingNumber: existing.number } },
  )
}

function notStanding(filing: FilingRecord, today: string, action: '取消' | '变更'): AppError {
  const label = FILING_STATUSES[effectiveStatus(filing.status, filing.validTo, today)]
  return new AppError(409, 'FILING_NOT_STANDING', `这份备案现在是“${label}”，不能再${action}了；请刷新“我的备案”看看`)
}

function locked(code: 'CANCEL_LOCKED' | 'CHANGE_LOCKED', months: number, firstAllowedOn: string): AppError {
  const action = code === 'CANCEL_LOCKED' ? '取消' : '变更'
  return new AppError(
    409,
    code,
    `承诺制备案 ${months} 个月内不能${action}，最早 ${firstAllowedOn} 可以${action}；确有客观原因的，请联系参保地医保经办机构`,
    undefined,
    { details: { firstAllowedOn } },
  )
}

/** A fresh filing number: six characters drawn with crypto.randomInt, centred in their slot. */
export function newFilingNumber(today: string): string {
  const n = FILING_NUMBER_ALPHABET.length
  return formatFilingNumber(today, Array.from({ length: 6 }, () => (randomInt(n) + 0.5) / n))
}

const orNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

/** The subject's profile, or 422 PROFILE_REQUIRED. */
async function subjectProfile(app: FastifyInstance, userId: string): Promise<PersonProfile> {
  const profile = await app.repos.profiles.findByUserId(userId)
  if (!profile) throw profileRequired()
  return profile
}

/** Runs checkFiling for the subject; 422 VALIDATION_FAILED with every wrong field at once. */
function decide(submission: FilingSubmission, profile: PersonProfile, today: string) {
  const result = checkFiling(submission, {
    profile: profileFor(profile.insuredRegion),
    today,
    subjectName: profile.name,
    insuredRegion: profile.insuredRegion,
  })
  if (!result.ok) throw validationFailed(422, result.fields as Record<string, string>)
  return result.value
}

function draftOf(
  submission: FilingSubmission,
  decision: ReturnType<typeof decide>,
  who: { userId: string; subjectUserId: string; profile: PersonProfile },
  extra: Pick<NewFiling, 'registration' | 'supersedesId' | 'commitment'>,
): NewFiling {
  return {
    userId: who.userId,
    subjectUserId: who.subjectUserId,
    type: submission.type,
    status: decision.status,
    basis: decision.basis,
    destinationProvince: submission.destination.province,
    destinationCity: orNull(submission.destination.city),
    startDate: submission.startDate,
    endDate: orNull(submission.endDate),
    validFrom: decision.validity.validFrom,
    validTo: decision.validity.validTo,
    validityExplanation: decision.validity.explanation,
    citations: decision.citations,
    phone1: submission.contacts.phone1.trim(),
    phone2: orNull(submission.contacts.phone2),
    addressAtDestination: submission.contacts.addressAtDestination.trim(),
    chronicDiseaseHospital: orNull(submission.chronicDiseaseHospital),
    multiPlace: submission.multiPlace === true,
    subjectName: who.profile.name,
    subjectIdNumber: who.profile.idNumber,
    insuredRegion: who.profile.insuredRegion,
    ...extra,
  }
}

function firstEvents(status: 'APPROVED' | 'UNDER_REVIEW', submittedNote: string | null) {
  return [
    { status: 'SUBMITTED' as const, note: submittedNote },
    { status, note: status === 'APPROVED' ? INSTANT_NOTE : null },
  ]
}

const blocksDuplicate = (today: string) => (sameKind: readonly FilingRecord[]) =>
  sameKind.find((f) => isStanding(f.status, f.validTo, today))

/** One filing as `viewerId` sees it today. */
export async function filingView(app: FastifyInstance, filing: FilingRecord, viewerId: string): Promise<FilingView> {
  const [details] = await app.repos.filings.details([filing])
  if (!details) throw filingNotFound()
  return toFilingView(details, chinaToday(app.now()), viewerId)
}

async function viewById(app: FastifyInstance, id: string, viewerId: string): Promise<FilingView> {
  const filing = await app.repos.filings.findById(id)
  if (!filing) throw filingNotFound()
  return filingView(app, filing, viewerId)
}

/** POST /api/filings (SPEC §2-§4, §7). */
export async function createFiling(app: FastifyInstance, userId: string, body: CreateFilingBody): Promise<FilingView> {
  const profile = await subjectProfile(app, userId)
  if (!('self' in body.subject)) {
    throw new AppError(403, 'PROXY_NOT_AUTHORIZED', '还没有这位家人的授权，请先在“家人代办”里添加家人并取得授权')
  }

  const uploads = await app.repos.uploads.findOwned(userId, body.materials)
  if (uploads.length !== new Set(body.materials).size) {
    const missing = new Set(body.materials).size - uploads.length
    throw validationFailed(422, { materials: `有 ${missing} 份材料找不到（只能用您自己上传的材料），请重新上传` })
  }

  const now = app.now()
  const today = chinaToday(now)
  const submission: FilingSubmission = {
    type: body.type,
    destination: body.destination,
    startDate: body.startDate,
    endDate: body.endDate ?? null,
    contacts: body.contacts,
    chronicDiseaseHospital: body.chronicDiseaseHospital ?? null,
    multiPlace: body.multiPlace === true,
    commitment: body.commitment ?? null,
    materialCodes: uploads.map((u) => u.purpose),
  }
  const decision = decide(submission, profile, today)
  const commitment = body.commitment
    ? { signedName: body.commitment.signedName.trim(), textVersion: body.commitment.textVersion, signedAt: now.toISOString() }
    : null

  const result = await app.repos.filings.create(
    {
      filing: draftOf(submission, decision, { userId, subjectUserId: userId, profile }, {
        registration: 'NEW',
        supersedesId: null,
        commitment,
      }),
      materialIds: uploads.map((u) => u.id),
      events: firstEvents(decision.status, null),
      nextNumber: () => newFilingNumber(today),
      findDuplicate: blocksDuplicate(today),
    },
    now,
  )
  if (result.outcome === 'DUPLICATE') throw duplicateFiling(result.existing)
  if (result.outcome === 'STALE') throw new Error('a new filing cannot be stale')
  return viewById(app, result.id, userId)
}

/** The filing, if `userId` filed it or it was filed for them; else 404 (never 403). */
export async function visibleFiling(app: FastifyInstance, id: string, userId: string): Promise<FilingRecord> {
  const filing = await app.repos.filings.findVisible(id, userId)
  if (!filing) throw filingNotFound()
  return filing
}

/** Refuses when the filing no longer stands or a commitment lock holds (SPEC §5). */
function assertMayChangeOrCancel(filing: FilingRecord, today: string, code: 'CANCEL_LOCKED' | 'CHANGE_LOCKED'): void {
  if (!isStanding(filing.status, filing.validTo, today)) {
    throw notStanding(filing, today, code === 'CANCEL_LOCKED' ? '取消' : '变更')
  }
  if (filing.validFrom === null) return
  const profile = profileFor(filing.insuredRegion)
  const answer = canChangeOrCancel({
    filing: { type: filing.type, basis: filing.basis, validFrom: filing.validFrom },
    profile,
    today,
  })
  if (!answer.ok) throw new AppError(409, code, answer.message)
  if (!answer.value.allowed) {
    throw locked(code, profile.commitmentLock.months, answer.value.firstAllowedOn ?? filing.validFrom)
  }
}

/** POST /api/filings/:id/cancel (SPEC §5). */
export async function cancelFiling(app: FastifyInstance, id: string, userId: string, reason: string): Promise<FilingView> {
  const filing = await visibleFiling(app, id, userId)
  const now = app.now()
  const today = chinaToday(now)
  assertMayChangeOrCancel(filing, today, 'CANCEL_LOCKED')
  const cancelled = await app.repos.filings.cancel(filing.id, filing.status, reason.trim(), now)
  if (!cancelled) throw notStanding((await app.repos.filings.findById(filing.id)) ?? filing, today, '取消')
  return viewById(app, filing.id, userId)
}

/** POST /api/filings/:id/change — a 变更 is a new registration that replaces the old one (000 第七条). */
export async function changeFiling(
  app: FastifyInstance,
  id: string,
  userId: string,
  body: ChangeFilingBody,
): Promise<FilingView> {
  const old = await visibleFiling(app, id, userId)
  const now = app.now()
  const today = chinaToday(now)
  assertMayChangeOrCancel(old, today, 'CHANGE_LOCKED')
  const profile = await subjectProfile(app, old.subjectUserId)

  const [details] = await app.repos.filings.details([old])
  const materials = details?.materials ?? []
  const submission: FilingSubmission = {
    type: old.type,
    destination: body.destination ?? { province: old.destinationProvince, city: old.destinationCity },
    // A change takes effect from today at the earliest.
    startDate: body.startDate ?? (old.startDate < today ? today : old.startDate),
    endDate: body.endDate !== undefined ? body.endDate : old.endDate,
    contacts: body.contacts ?? { phone1: old.phone1, phone2: old.phone2, addressAtDestination: old.addressAtDestination },
    chronicDiseaseHospital: old.chronicDiseaseHospital,
    multiPlace: old.multiPlace,
    commitment: old.commitment ? { signedName: old.commitment.signedName, textVersion: old.commitment.textVersion } : null,
    materialCodes: materials.map((m) => m.purpose),
  }
  const decision = decide(submission, profile, today)
  const reason = body.reason.trim()

  const result = await app.repos.filings.create(
    {
      filing: draftOf(submission, decision, { userId, subjectUserId: old.subjectUserId, profile }, {
        registration: 'CHANGE',
        supersedesId: old.id,
        commitment: old.commitment,
      }),
      materialIds: materials.map((m) => m.id),
      events: firstEvents(decision.status, `变更原备案 ${old.number}：${reason}`),
      nextNumber: () => newFilingNumber(today),
      findDuplicate: blocksDuplicate(today),
      supersede: { id: old.id, fromStatus: old.status, note: reason },
    },
    now,
  )
  if (result.outcome === 'DUPLICATE') throw duplicateFiling(result.existing)
  if (result.outcome === 'STALE') throw notStanding((await app.repos.filings.findById(old.id)) ?? old, today, '变更')
  return viewById(app, result.id, userId)
}

/** GET /api/filings: standing filings first, then the newest first. */
export async function listFilings(app: FastifyInstance, userId: string): Promise<FilingView[]> {
  const today = chinaToday(app.now())
  const filings = await app.repos.filings.listVisible(userId)
  const details = await app.repos.filings.details(filings)
  const standing = (f: FilingRecord) => (isStanding(f.status, f.validTo, today) ? 0 : 1)
  // Array.prototype.sort is stable: the repository's newest-first order holds within each group.
  return details
    .sort((a, b) => standing(a.filing) - standing(b.filing))
    .map((d) => toFilingView(d, today, userId))
}
