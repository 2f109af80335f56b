import { randomInt } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import {
  afterWindowGuidance,
  checkEmergencyFiling,
  deadlineReminderDue,
  emergencyShapeFields,
  type EmergencyBlock,
} from '../../../src/domain/emergency'
import {
  FILING_NUMBER_ALPHABET,
  FILING_STATUSES,
  changeCancelGate,
  changedSubmission,
  checkFiling,
  decideMultiPlace,
  findDuplicateFiling,
  effectiveStatus,
  formatFilingNumber,
  isStanding,
  type AddMaterialsBody,
  type ChangeFilingBody,
  type CommitmentSigner,
  type CreateFilingBody,
  type FilingSubmission,
  type FilingView,
} from '../../../src/domain/filings'
import { profileFor, type PolicyProfile } from '../../../src/domain/profiles'
import { chinaToday } from '../../../src/domain/time/china-date'
import { normalizeName } from '../../../src/domain/validation/name'
import { initialFilingStatus } from '../../../src/domain/verification'
import type { FilingRecord, NewFiling } from '../db/repositories/filings'
import type { NewNotification } from '../db/repositories/notifications'
import type { PersonProfile } from '../db/repositories/profiles'
import type { UploadRecord } from '../db/repositories/uploads'
import { AppError, validationFailed } from '../errors'
import { proxySubject, type FilingSubjectFacts } from '../family/family'
import { maskIdNumber } from '../logging/mask'
import { assertIdNotTaken, isVerified } from '../verification/verify'
import { toFilingView } from './to-filing-view'

/**
 * What filing needs of the app: its repositories (the app's, or ones bound to the transaction of
 * an idempotent write), clock and calendar. The app itself is one.
 */
export type FilingContext = Pick<FastifyInstance, 'repos' | 'now' | 'calendar'>

/**
 * Filing, changing and cancelling (SPEC §2-§5, §7): the steps around the shared domain rules.
 * Every check runs before anything is written; the writes of one step are one transaction.
 */

const INSTANT_NOTE = '自助备案，即时办结'
const EMERGENCY_REVIEW_NOTE = '急诊备案已受理，等待医保经办机构审核（一般 1 个工作日）'
/** The worked example of the cut, in yuan, shown with the after-window guidance. */
const GUIDANCE_EXAMPLE_YUAN = 10000

export function filingNotFound(): AppError {
  return new AppError(404, 'FILING_NOT_FOUND', '没有找到这份备案，请回到“我的备案”重新打开')
}

function profileRequired(): AppError {
  return new AppError(422, 'PROFILE_REQUIRED', '请先在首页“实名信息”里填写您本人的实名信息（姓名、身份证号、参保地），再来办理备案')
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

/** The emergency filing cannot be made at all (SPEC §6): past the window, or the profile deems it filed. */
function emergencyBlocked(block: EmergencyBlock, profile: PolicyProfile): AppError {
  if (block.code === 'EMERGENCY_DEEMED_FILED') {
    return new AppError(
      422,
      block.code,
      `${block.message}不用在这里办理：住院时直接告诉医院您是急诊住院的参保人，请医院按急诊登记结算就行。`,
      undefined,
      { details: { window: block.window } },
    )
  }
  return new AppError(422, block.code, block.message, undefined, {
    details: { window: block.window, guidance: afterWindowGuidance(profile, GUIDANCE_EXAMPLE_YUAN) },
  })
}

function notAwaitingMaterials(filing: FilingRecord, today: string): AppError {
  const label = FILING_STATUSES[effectiveStatus(filing.status, filing.validTo, today)]
  return new AppError(
    409,
    'FILING_NOT_AWAITING_MATERIALS',
    `这份备案现在是“${label}”，不需要补充材料；请刷新“我的备案”看看最新进度`,
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
async function subjectProfile(app: FilingContext, userId: string): Promise<PersonProfile> {
  const profile = await app.repos.profiles.findByUserId(userId)
  if (!profile) throw profileRequired()
  return profile
}

/** Filing for oneself: the caller's own account and saved profile. */
function selfSubject(userId: string, profile: PersonProfile): FilingSubjectFacts {
  return { subjectUserId: userId, familyMemberId: null, relation: null, person: profile }
}

/**
 * Who a new filing is for (SPEC §2 代办): oneself, or a family member with an ACTIVE
 * authorisation (else 403 PROXY_NOT_AUTHORIZED). The authorisation has been checked online at
 * this point, so an instant type stays instant (isInstant with byProxyUnverified false).
 */
async function resolveSubject(
  app: FilingContext,
  userId: string,
  subject: CreateFilingBody['subject'],
  own: PersonProfile,
): Promise<FilingSubjectFacts> {
  if ('self' in subject) return selfSubject(userId, own)
  return proxySubject(app, userId, subject.familyMemberId)
}

/** The filing's record of who acted for whom (user_id is the filer). */
function whoFields(subject: FilingSubjectFacts, filer: PersonProfile) {
  return {
    subjectUserId: subject.subjectUserId,
    subjectFamilyMemberId: subject.familyMemberId,
    subjectRelation: subject.relation,
    filerName: filer.name,
    subjectName: subject.person.name,
    subjectIdNumber: subject.person.idNumber,
    insuredRegion: subject.person.insuredRegion,
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
function decide(
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

function draftOf(
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

function firstEvents(decision: ReturnType<typeof decide>, submittedNote: string | null) {
  return [
    { status: 'SUBMITTED' as const, note: submittedNote },
    { status: decision.status, note: decision.status === 'APPROVED' ? INSTANT_NOTE : decision.waitReason },
  ]
}

/** The duplicate rule of the domain over the person's filings the repository fetched. */
const blocksDuplicate = (filing: NewFiling, today: string) => (ofSubject: readonly FilingRecord[]) =>
  findDuplicateFiling(filing, ofSubject, today)

/** One filing as `viewerId` sees it today. */
export async function filingView(app: FilingContext, filing: FilingRecord, viewerId: string): Promise<FilingView> {
  const [details] = await app.repos.filings.details([filing])
  if (!details) throw filingNotFound()
  return toFilingView(details, chinaToday(app.now()), viewerId)
}

async function viewById(app: FilingContext, id: string, viewerId: string): Promise<FilingView> {
  const filing = await app.repos.filings.findById(id)
  if (!filing) throw filingNotFound()
  return filingView(app, filing, viewerId)
}

/** The caller's own uploads with these ids, or 422 naming `materials`. */
async function ownUploads(app: FilingContext, userId: string, ids: readonly string[]): Promise<UploadRecord[]> {
  const uploads = await app.repos.uploads.findOwned(userId, ids)
  const wanted = new Set(ids).size
  if (uploads.length !== wanted) {
    throw validationFailed(422, {
      materials: `有 ${wanted - uploads.length} 份材料找不到（只能用您自己上传的材料），请重新上传`,
    })
  }
  return uploads
}

/**
 * An emergency filing (SPEC §6): the insured place's profile decides whether the window is
 * still open; it goes to review (001 办理流程) and is valid for that admission from its first
 * day (003 第九条). Under a dated window a reminder is queued for the day before the deadline.
 */
async function createEmergencyFiling(
  app: FilingContext,
  userId: string,
  body: CreateFilingBody,
  who: { subject: FilingSubjectFacts; filer: PersonProfile },
  uploads: readonly UploadRecord[],
): Promise<FilingView> {
  const profile = who.subject.person
  const emergency = body.emergency
  if (!emergency) {
    throw validationFailed(422, { emergency: '急诊住院备案要填写入院日期、住院医院、医生诊断和符合的急诊情况' })
  }
  const now = app.now()
  const today = chinaToday(now)
  const policy = profileFor(profile.insuredRegion)
  const check = checkEmergencyFiling(
    {
      destination: body.destination,
      admittedOn: emergency.admittedOn,
      leftOn: emergency.leftOn ?? null,
      dischargedOn: emergency.dischargedOn ?? null,
      awayReason: emergency.awayReason,
      hospitalName: emergency.hospitalName,
      diagnosis: emergency.diagnosis,
      criteria: emergency.criteria,
      contacts: body.contacts,
      materialCodes: uploads.map((u) => u.purpose),
    },
    { profile: policy, calendar: app.calendar, now, insuredRegion: profile.insuredRegion },
  )
  // Nothing can be filed at all: say so (and what to do instead) before any field detail.
  if (!check.ok && check.block) throw emergencyBlocked(check.block, policy)
  const shape = emergencyShapeFields(body)
  if (!check.ok || Object.keys(shape).length > 0) {
    throw validationFailed(422, { ...(check.ok ? {} : (check.fields as Record<string, string>)), ...shape })
  }

  const { window, validity, citations } = check.value
  const filing: NewFiling = {
    admittedOn: emergency.admittedOn,
    userId,
    ...whoFields(who.subject, who.filer),
    type: 'EMERGENCY',
    status: check.value.status,
    basis: 'PROOF',
    registration: 'NEW',
    destinationProvince: body.destination.province,
    destinationCity: orNull(body.destination.city),
    startDate: emergency.admittedOn,
    endDate: null,
    validFrom: validity.validFrom,
    validTo: validity.validTo,
    validityExplanation: validity.explanation,
    citations,
    phone1: body.contacts.phone1.trim(),
    phone2: orNull(body.contacts.phone2),
    addressAtDestination: (body.contacts.addressAtDestination ?? '').trim(),
    chronicDiseaseHospital: orNull(body.chronicDiseaseHospital),
    multiPlace: false,
    commitment: null,
    supersedesId: null,
  }
  const reminderDue = window.mode === 'WINDOW' && window.deadline !== null ? deadlineReminderDue(window.deadline, app.calendar, now) : null

  const result = await app.repos.filings.create(
    {
      filing,
      materials: uploads,
      events: [
        { status: 'SUBMITTED', note: null },
        { status: 'UNDER_REVIEW', note: EMERGENCY_REVIEW_NOTE },
      ],
      nextNumber: () => newFilingNumber(today),
      // The same admission filed twice: same subject, destination and admission day, still standing.
      findDuplicate: blocksDuplicate(filing, today),
      emergency: {
        admittedOn: emergency.admittedOn,
        leftOn: orNull(emergency.leftOn),
        dischargedOn: orNull(emergency.dischargedOn),
        awayReason: emergency.awayReason,
        hospitalName: emergency.hospitalName.trim(),
        diagnosis: emergency.diagnosis.trim(),
        criteria: [...emergency.criteria],
        mode: window.mode,
        deadline: window.deadline,
      },
      // The reminder goes to the filer and, when someone filed for them, to the person filed for.
      notifications: (created): NewNotification[] => {
        const deadline = window.deadline
        if (reminderDue === null || deadline === null) return []
        return filingRecipients(filing).map((recipient) => ({
          userId: recipient,
          filingId: created.id,
          dueAt: reminderDue,
          payload: { kind: 'DEADLINE_REMINDER', trigger: 'CREATED', filingNumber: created.number, deadline },
        }))
      },
    },
    now,
  )
  if (result.outcome === 'DUPLICATE') throw duplicateFiling(result.existing)
  if (result.outcome === 'STALE') throw new Error('a new filing cannot be stale')
  return toFilingView(result.details, today, userId)
}

/**
 * Whether a new filing makes the person filed in several places (decideMultiPlace over their
 * standing filings); 409 MULTI_PLACE_ON_COMMITMENT when it would rest on a commitment, with the
 * standing filing (`existingFilingId`, `existingNumber`) and the first day it may be changed
 * (`firstAllowedOn`).
 */
async function multiPlaceFor(app: FilingContext, subject: FilingSubjectFacts, body: CreateFilingBody, today: string): Promise<boolean> {
  const filings = await app.repos.filings.listForSubject({ subjectUserId: subject.subjectUserId, familyMemberId: subject.familyMemberId })
  const standing = filings
    .filter((f) => isStanding(f.status, f.validTo, today))
    .map((f) => ({
      id: f.id,
      number: f.number,
      type: f.type,
      basis: f.basis,
      destination: { province: f.destinationProvince, city: f.destinationCity },
      validFrom: f.validFrom,
    }))
  const answer = decideMultiPlace(
    { type: body.type, destination: body.destination, onCommitment: Boolean(body.commitment) },
    standing,
    { profile: profileFor(subject.person.insuredRegion), today },
  )
  if (!answer.ok) {
    throw new AppError(409, answer.code, answer.message, undefined, {
      details: { existingFilingId: answer.existing.id, existingNumber: answer.existing.number, firstAllowedOn: answer.changeFirstAllowedOn },
    })
  }
  return answer.multiPlace
}

/** POST /api/filings (SPEC §2-§4, §6, §7). */
export async function createFiling(app: FilingContext, userId: string, body: CreateFilingBody): Promise<FilingView> {
  const own = await subjectProfile(app, userId)
  // An ID number another account has verified gives this account no filing rights (issue 11).
  if ('self' in body.subject) await assertIdNotTaken(app, userId, own)
  const subject = await resolveSubject(app, userId, body.subject, own)

  const uploads = await ownUploads(app, userId, body.materials)
  if (body.type === 'EMERGENCY') return createEmergencyFiling(app, userId, body, { subject, filer: own }, uploads)
  if (body.emergency) throw validationFailed(422, { emergency: '只有急诊住院备案才填急诊信息，请去掉，或把类型改成急诊' })

  const now = app.now()
  const today = chinaToday(now)
  // Multi-place is decided from the person's standing filings, not from the client's flag (002 第十一条).
  const multiPlace = await multiPlaceFor(app, subject, body, today)
  const submission: FilingSubmission = {
    type: body.type,
    destination: body.destination,
    startDate: body.startDate,
    endDate: body.endDate ?? null,
    contacts: body.contacts,
    chronicDiseaseHospital: body.chronicDiseaseHospital ?? null,
    multiPlace: body.multiPlace === true || multiPlace,
    admittedOn: body.admittedOn ?? null,
    commitment: body.commitment ?? null,
    materialCodes: uploads.map((u) => u.purpose),
  }
  // 代签 (004 个人承诺书 温馨提示2): only the relative filing for a family member, in their own name.
  const proxySigner = subject.familyMemberId !== null ? { name: own.name } : null
  const decision = decide(submission, subject.person, today, await isVerified(app, userId, own), proxySigner)
  const signer: CommitmentSigner | null =
    body.commitment?.signedBy === 'PROXY' && subject.relation !== null
      ? { name: own.name, idNumberMasked: maskIdNumber(own.idNumber), relation: subject.relation }
      : null
  const commitment = body.commitment
    ? { signedName: normalizeName(body.commitment.signedName), textVersion: body.commitment.textVersion, signedAt: now.toISOString(), signer }
    : null

  const draft = draftOf(submission, decision, { userId, subject, filer: own }, {
    registration: 'NEW',
    supersedesId: null,
    commitment,
  })
  const result = await app.repos.filings.create(
    {
      filing: draft,
      materials: uploads,
      events: firstEvents(decision, null),
      nextNumber: () => newFilingNumber(today),
      findDuplicate: blocksDuplicate(draft, today),
    },
    now,
  )
  if (result.outcome === 'DUPLICATE') throw duplicateFiling(result.existing)
  if (result.outcome === 'STALE') throw new Error('a new filing cannot be stale')
  return toFilingView(result.details, today, userId)
}

/** The filing, if `userId` filed it or it was filed for them; else 404 (never 403). */
export async function visibleFiling(app: FilingContext, id: string, userId: string): Promise<FilingRecord> {
  const filing = await app.repos.filings.findVisible(id, userId)
  if (!filing) throw filingNotFound()
  return filing
}

/** Refuses when the filing no longer stands or a commitment lock holds: the domain's gate (SPEC §5). */
function assertMayChangeOrCancel(filing: FilingRecord, today: string, code: 'CANCEL_LOCKED' | 'CHANGE_LOCKED'): void {
  const profile = profileFor(filing.insuredRegion)
  const gate = changeCancelGate(filing, profile, today)
  if (gate.refusal === 'NOT_STANDING') throw notStanding(filing, today, code === 'CANCEL_LOCKED' ? '取消' : '变更')
  if (gate.refusal === 'LOCKED') {
    if (gate.firstAllowedOn === null) throw new AppError(409, code, gate.explanation)
    throw locked(code, profile.commitmentLock.months, gate.firstAllowedOn)
  }
}

/** POST /api/filings/:id/cancel (SPEC §5). */
export async function cancelFiling(app: FilingContext, id: string, userId: string, reason: string): Promise<FilingView> {
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
  app: FilingContext,
  id: string,
  userId: string,
  body: ChangeFilingBody,
): Promise<FilingView> {
  const old = await visibleFiling(app, id, userId)
  const now = app.now()
  const today = chinaToday(now)
  assertMayChangeOrCancel(old, today, 'CHANGE_LOCKED')
  const own = await subjectProfile(app, userId)
  // The filer of a filing for a family member changes it for them (the authorisation is checked
  // again); the person it is for changes it for themselves.
  const subject =
    old.subjectFamilyMemberId !== null && old.userId === userId && old.subjectUserId !== userId
      ? await proxySubject(app, userId, old.subjectFamilyMemberId)
      : selfSubject(userId, own)

  const [details] = await app.repos.filings.details([old])
  const materials = details?.materials ?? []
  // The same merge and check as the 变更 page (checkChange): the old filing with the change over it.
  const submission = changedSubmission(
    {
      type: old.type,
      destination: { province: old.destinationProvince, city: old.destinationCity },
      startDate: old.startDate,
      endDate: old.endDate,
      contacts: { phone1: old.phone1, phone2: old.phone2, addressAtDestination: old.addressAtDestination },
      chronicDiseaseHospital: old.chronicDiseaseHospital,
      multiPlace: old.multiPlace,
      commitment: old.commitment
        ? { signedName: old.commitment.signedName, textVersion: old.commitment.textVersion, signedBy: old.commitment.signer ? 'PROXY' : 'SELF' }
        : null,
      materialCodes: materials.map((m) => m.purpose),
    },
    body,
    today,
  )
  if (subject.subjectUserId === userId) await assertIdNotTaken(app, userId, own)
  // The commitment carries over as signed: a 代签 stays the recorded signer's.
  const proxySigner = old.commitment?.signer ? { name: old.commitment.signer.name } : null
  const decision = decide(submission, subject.person, today, await isVerified(app, userId, own), proxySigner, true)
  const reason = body.reason.trim()

  const draft = draftOf(submission, decision, { userId, subject, filer: own }, {
    registration: 'CHANGE',
    supersedesId: old.id,
    commitment: old.commitment,
  })
  const result = await app.repos.filings.create(
    {
      filing: draft,
      materials,
      events: firstEvents(decision, `变更原备案 ${old.number}：${reason}`),
      nextNumber: () => newFilingNumber(today),
      findDuplicate: blocksDuplicate(draft, today),
      supersede: { id: old.id, fromStatus: old.status, note: reason },
    },
    now,
  )
  if (result.outcome === 'DUPLICATE') throw duplicateFiling(result.existing)
  if (result.outcome === 'STALE') throw notStanding((await app.repos.filings.findById(old.id)) ?? old, today, '变更')
  return toFilingView(result.details, today, userId)
}

/** GET /api/filings: standing filings first, then the newest first. */
export async function listFilings(app: FilingContext, userId: string): Promise<FilingView[]> {
  const today = chinaToday(app.now())
  const filings = await app.repos.filings.listVisible(userId)
  const details = await app.repos.filings.details(filings)
  const standing = (f: FilingRecord) => (isStanding(f.status, f.validTo, today) ? 0 : 1)
  // Array.prototype.sort is stable: the repository's newest-first order holds within each group.
  return details
    .sort((a, b) => standing(a.filing) - standing(b.filing))
    .map((d) => toFilingView(d, today, userId))
}

/**
 * POST /api/filings/:id/materials — the materials staff asked for (一次性告知), added while the
 * filing waits for them; it goes back to review.
 */
export async function addMaterials(
  app: FilingContext,
  id: string,
  userId: string,
  body: AddMaterialsBody,
): Promise<FilingView> {
  const filing = await visibleFiling(app, id, userId)
  const now = app.now()
  const today = chinaToday(now)
  if (filing.status !== 'NEEDS_MATERIALS') throw notAwaitingMaterials(filing, today)
  const uploads = await ownUploads(app, userId, body.materials)
  const note = orNull(body.note)
  const added = await app.repos.filings.addMaterials(
    filing.id,
    {
      materialIds: uploads.map((u) => u.id),
      fromStatus: 'NEEDS_MATERIALS',
      toStatus: 'UNDER_REVIEW',
      note: note === null ? '已补充材料' : `已补充材料：${note}`,
    },
    now,
  )
  if (!added) throw notAwaitingMaterials((await app.repos.filings.findById(filing.id)) ?? filing, today)
  return viewById(app, filing.id, userId)
}
