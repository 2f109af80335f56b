// What every filing step shares: the subject and filer, the domain check, the stored draft, first events, views.
import { randomInt } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { FILING_NUMBER_ALPHABET, checkFiling, findDuplicateFiling, formatFilingNumber, type CreateFilingBody, type FilingSubmission, type FilingView } from '@/domain/filings'
import type { CoverFiling } from '@/domain/emergency'
import { profileFor } from '@/domain/profiles'
import { validityOnApproval } from '@/domain/rules'
import { chinaToday } from '@/domain/time/china-date'
import { initialFilingStatus } from '@/domain/verification'
import { sexOfIdNumber } from '@/domain/validation/id-number'
import type { FilingDetails, FilingRecord, NewFiling } from '@server/db/repositories/filings'
import type { ApprovalValidity } from '@server/db/repositories/filing-writes'
import type { PendingKey } from '@server/idempotency'
import type { PersonProfile } from '@server/db/repositories/profiles'
import type { UploadRecord } from '@server/db/repositories/uploads'
import { validationFailed } from '@server/errors'
import { proxySubject, type FilingSubjectFacts } from '@server/family/family'
import { toFilingView } from './to-filing-view'
import { filingNotFound, profileRequired } from './filing-errors'

/**
 * What filing needs of the app: its repositories (the app's, or ones bound to the transaction of
 * an idempotent write), clock and calendar. The app itself is one.
 */
export type FilingContext = Pick<FastifyInstance, 'repos' | 'now' | 'calendar'>

/**
 * Filing, changing and cancelling (SPEC §2-§5, §7): the steps around the shared domain rules.
 * Every check runs before anything is written; the writes of one step are one transaction.
 */

export const INSTANT_NOTE = '自助备案，即时办结'
export const EMERGENCY_REVIEW_NOTE = '急诊备案已受理，等待医保经办机构审核（一般 1 个工作日）'
/** The worked example of the cut, in yuan, shown with the after-window guidance. */
export const GUIDANCE_EXAMPLE_YUAN = 10000


/** A fresh filing number: six characters drawn with crypto.randomInt, centred in their slot. */
export function newFilingNumber(today: string): string {
  const n = FILING_NUMBER_ALPHABET.length
  return formatFilingNumber(today, Array.from({ length: 6 }, () => (randomInt(n) + 0.5) / n))
}

/**
 * Who takes a step on a filing, when it is not what the step's place says (filing_events.actor):
 * 'SUBJECT' when `userId` is the 参保人 acting on a filing someone else made for him (补充材料,
 * 取消); undefined for the filer.
 */
export function actorOf(filing: Pick<FilingRecord, 'userId' | 'subjectUserId'>, userId: string): 'SUBJECT' | undefined {
  return userId !== filing.userId && userId === filing.subjectUserId ? 'SUBJECT' : undefined
}

export const orNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

/** The subject's profile, or 422 PROFILE_REQUIRED. */
export async function subjectProfile(app: FilingContext, userId: string): Promise<PersonProfile> {
  const profile = await app.repos.profiles.findByUserId(userId)
  if (!profile) throw profileRequired()
  return profile
}

/** Filing for oneself: the caller's own account and saved profile. */
export function selfSubject(userId: string, profile: PersonProfile): FilingSubjectFacts {
  return { subjectUserId: userId, familyMemberId: null, relation: null, person: profile }
}

/**
 * Who a new filing is for (SPEC §2 代办): oneself, or a family member with an ACTIVE
 * authorisation (else 403 PROXY_NOT_AUTHORIZED). The authorisation has been checked online at
 * this point, so an instant type stays instant (isInstant with byProxyUnverified false).
 */
export async function resolveSubject(
  app: FilingContext,
  userId: string,
  subject: CreateFilingBody['subject'],
  own: PersonProfile,
): Promise<FilingSubjectFacts> {
  if ('self' in subject) return selfSubject(userId, own)
  return proxySubject(app, userId, subject.familyMemberId)
}

/** The filing's record of who acted for whom (user_id is the filer). */
export function whoFields(subject: FilingSubjectFacts, filer: PersonProfile) {
  return {
    subjectUserId: subject.subjectUserId,
    subjectFamilyMemberId: subject.familyMemberId,
    subjectRelation: subject.relation,
    filerName: filer.name,
    // For a family member only: the word they read for the filer (kinOfFiler: 女儿, not 子女).
    filerSex: subject.familyMemberId === null ? null : sexOfIdNumber(filer.idNumber),
    subjectName: subject.person.name,
    subjectIdNumber: subject.person.idNumber,
    insuredRegion: subject.person.insuredRegion,
    insuranceType: subject.person.insuranceType,
  }
}

/** The people a filing's messages go to: the filer and the person it is for (once each). */
export function filingRecipients(filing: Pick<FilingRecord, 'userId' | 'subjectUserId'>): string[] {
  return [...new Set([filing.userId, ...(filing.subjectUserId === null ? [] : [filing.subjectUserId])])]
}

/**
 * Runs checkFiling for the subject (422 VALIDATION_FAILED with every wrong field at once); the
 * status it starts in comes from initialFilingStatus, given whether the filer passed 实人认证.
 */
export function decide(
  submission: FilingSubmission,
  profile: FilingSubjectFacts['person'],
  today: string,
  filerVerified: boolean,
  proxySigner: { name: string } | null,
  commitmentCarriedOver = false,
) {
  const result = checkFiling(submission, {
    profile: profileFor(profile.insuredRegion),
    today,
    subjectName: profile.name,
    insuredRegion: profile.insuredRegion,
    proxySigner,
    commitmentCarriedOver,
  })
  if (!result.ok) throw validationFailed(422, result.fields as Record<string, string>)
  const start = initialFilingStatus({ type: submission.type, filerVerified })
  return { ...result.value, status: start.status, waitReason: start.reason }
}

export function draftOf(
  submission: FilingSubmission,
  decision: ReturnType<typeof decide>,
  who: { userId: string; subject: FilingSubjectFacts; filer: PersonProfile },
  extra: Pick<NewFiling, 'registration' | 'supersedesId' | 'commitment'>,
): NewFiling {
  return {
    userId: who.userId,
    ...whoFields(who.subject, who.filer),
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
    admittedOn: decision.admittedOn,
    ...extra,
  }
}

export function firstEvents(decision: ReturnType<typeof decide>, submittedNote: string | null) {
  return [
    { status: 'SUBMITTED' as const, note: submittedNote },
    { status: decision.status, note: decision.status === 'APPROVED' ? INSTANT_NOTE : decision.waitReason },
  ]
}

/** A stored filing as the cover rule reads it (standingCover). */
export function coverFilingOf(f: FilingRecord): CoverFiling {
  return {
    id: f.id,
    number: f.number,
    type: f.type,
    status: f.status,
    destination: { province: f.destinationProvince, city: f.destinationCity },
    startDate: f.startDate,
    validFrom: f.validFrom,
    validTo: f.validTo,
    admittedOn: f.admittedOn,
  }
}

/** The duplicate rule of the domain over the person's filings the repository fetched. */
export const blocksDuplicate = (filing: NewFiling, today: string) => (ofSubject: readonly FilingRecord[]) =>
  findDuplicateFiling(filing, ofSubject, today)

/** The status code of a new filing's answer (POST /api/filings). */
export const FILING_CREATED = 201

/** A new filing's view and, for a keyed write, the answer text stored with it in its key's row (PendingKey). */
export interface CreatedFiling {
  view: FilingView
  stored?: string
}

/**
 * How a new filing answers: `viewOf(details)`, its view as `viewerId` sees it `today` (made once
 * per details), and for a keyed write (`pending`) the repository's `answer`, that view serialised
 * by the route, so that the filing's own statement stores it in the key's row (filings.create).
 */
export function newFilingAnswer(pending: PendingKey | null, today: string, viewerId: string) {
  let last: { details: FilingDetails; view: FilingView } | undefined
  const viewOf = (details: FilingDetails): FilingView => {
    if (last?.details !== details) last = { details, view: toFilingView(details, today, viewerId) }
    return last.view
  }
  const answer = pending
    ? { userId: pending.userId, key: pending.key, statusCode: FILING_CREATED, text: (details: FilingDetails) => pending.serialize(FILING_CREATED, viewOf(details)) }
    : undefined
  return { viewOf, ...(answer ? { answer } : {}) }
}

/** One filing as `viewerId` sees it today. */
export async function filingView(app: FilingContext, filing: FilingRecord, viewerId: string): Promise<FilingView> {
  const [details] = await app.repos.filings.details([filing])
  if (!details) throw filingNotFound()
  return toFilingView(details, chinaToday(app.now()), viewerId)
}

export async function viewById(app: FilingContext, id: string, viewerId: string): Promise<FilingView> {
  const filing = await app.repos.filings.findById(id)
  if (!filing) throw filingNotFound()
  return filingView(app, filing, viewerId)
}

/** The caller's own uploads with these ids, or 422 naming `materials`. */
export async function ownUploads(app: FilingContext, userId: string, ids: readonly string[]): Promise<UploadRecord[]> {
  return allFound(await app.repos.uploads.findOwned(userId, ids), ids)
}

/** `uploads`, the caller's own of `ids` as read: all of them, or 422 naming `materials`. */
export function allFound(uploads: UploadRecord[], ids: readonly string[]): UploadRecord[] {
  const wanted = new Set(ids).size
  if (uploads.length !== wanted) {
    throw validationFailed(422, {
      materials: `有 ${wanted - uploads.length} 份材料找不到（只能用您自己上传的材料），请重新上传`,
    })
  }
  return uploads
}

/**
 * The validity an approval at `now` writes on a filing that waited for review: validityOnApproval
 * (src/domain/rules) by its 参保地's profile, counted from the approval day (China date), or from
 * its admission for a 补办; undefined for an emergency filing (it counts from its admission, as
 * stored) and, defensively, when the stored dates no longer compute (the stored validity stays).
 */
export function approvalValidity(filing: FilingRecord, now: Date): ApprovalValidity | undefined {
  if (filing.type === 'EMERGENCY') return undefined
  const validity = validityOnApproval({ type: filing.type, startDate: filing.startDate, endDate: filing.endDate, admittedOn: filing.admittedOn }, chinaToday(now), profileFor(filing.insuredRegion))
  return validity.ok ? { validFrom: validity.value.validFrom, validTo: validity.value.validTo, explanation: validity.value.explanation } : undefined
}
