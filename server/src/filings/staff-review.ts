import { askedWords, whatWasAsked } from '@/domain/materials/what-was-asked'
import { asksFillsOnly } from '@/domain/review'
import type { FastifyInstance } from 'fastify'
import { CORRECTABLE_FIELDS, FILING_STATUSES, effectiveStatus, isStanding, validityText, type FilingView } from '@/domain/filings'
import { admissionCoverOf, coverNote, type CoverRelation } from '@/domain/emergency'
import { FILING_TYPE_INFO } from '@/domain/filing-types'
import { destinationLabelOf } from '@/domain/regions'
import { caseBasis, filedWithinWindow, reviewDeadline, reviewDeadlineBasis, type ReviewDeadline } from '@/domain/review'
import { profileFor } from '@/domain/profiles'
import { resolveInsuredRegion } from '@/domain/regions'
import { chinaDateOf, chinaToday } from '@/domain/time/china-date'
import { authorizationQueue } from '@server/family/family'
import { authorizationAtFiling, type AuthorizationFacts, type FilingAuthorization } from '@/domain/family'
import { MATERIALS } from '@/domain/materials'
import { INSURANCE_TYPES } from '@/domain/validation/profile'
import type { CorrectionRecord, DecisionRecord } from '@server/db/repositories/review-decisions'
import { caseNotices } from '@server/notifications/notices'
import type { UploadRecord } from '@server/db/repositories/uploads'
import { AppError } from '@server/errors'
import { maskIdNumber, maskName, maskPhone } from '@server/logging/mask'
import { auditActor } from '@server/staff/actor'
import { filingNotFound } from './filing-errors'
import { REVIEW_LIST_LIMIT, filingAuditLabel, reviewQueueEntries, type ReviewContext } from './review'
import { caseQuestions, staffTimeline } from './staff-timeline'
import { lastSendBackNote, toFilingView } from './to-filing-view'
import { verificationStanding } from '@server/verification/verify'
import type { VerificationStatus } from '@/domain/verification'
import type { CaseCorrection, CaseOtherFiling, FilerVerification, FilingCase, QueueItem, RevealedPerson } from '@/domain/review/staff-views'
import type { FilingRecord } from '@server/db/repositories/filings'
import { coverFilingOf } from './filing-common'

/**
 * What the staff console shows (issue 14): one queue of emergency filings and 授权委托书 with their
 * one-working-day deadlines, a filing's case with its decisions and who made them, and the
 * person's full data only on request — each such request leaves an audit row. The shapes the
 * console reads (QueueItem, RevealedPerson) are in src/domain/review/staff-views.ts.
 */

export type { FilerVerification, FilingCase, QueueItem, RevealedPerson, StaffTimelineEntry } from '@/domain/review/staff-views'

/** When a filing last went to review: its latest UNDER_REVIEW entry, else when it was made. */
export function receivedAtOf(view: FilingView): string {
  const entries = view.timeline.filter((e) => e.status === 'UNDER_REVIEW')
  return entries[entries.length - 1]?.at ?? view.createdAt
}

const regionName = (code: string): string => resolveInsuredRegion(code)?.name ?? code

/** The deadline of an item by its 参保地's review setting, and where that comes from. */
function deadlineFields(
  receivedAt: string,
  insuredRegion: string,
  app: FastifyInstance,
): Pick<QueueItem, 'deadline' | 'deadlineEndsAt' | 'provisional' | 'overdue' | 'deadlineBasis'> {
  const d: ReviewDeadline = reviewDeadline(new Date(receivedAt), app.calendar, profileFor(insuredRegion).review)
  return {
    deadline: d.deadline,
    deadlineEndsAt: d.endsAt,
    provisional: d.provisional,
    overdue: d.endsAtMs <= app.now().getTime(),
    deadlineBasis: reviewDeadlineBasis(insuredRegion),
  }
}

/**
 * GET /api/review/queue — everything waiting for a reviewer, oldest first: the filings under review
 * (the oldest `limit` of them, REVIEW_LIST_LIMIT unless a test says) and the 授权委托书 waiting (each
 * with how many were refused before it: one statement for the list), each read in a fixed number of
 * statements however many there are (the filings' 参保地 came with them; it was read again filing by
 * filing), and `waiting`, how many wait in all: past the limit, one more statement counts the
 * filings, so the console can say how many it does not list.
 */
export async function workQueue(app: FastifyInstance, limit = REVIEW_LIST_LIMIT): Promise<{ items: QueueItem[]; waiting: number }> {
  const [filings, letters, verifying] = await Promise.all([
    reviewQueueEntries(app, { status: 'UNDER_REVIEW', limit }),
    authorizationQueue(app, 'PENDING_REVIEW'),
    // The accounts whose 实人认证 photos wait for staff: one statement for the whole list.
    app.repos.verifications.staffQueue('PENDING'),
  ])
  const verifyingUsers = new Set(verifying.map((a) => a.userId))
  const items: QueueItem[] = []
  for (const { view: f, insuredRegion, userId } of filings) {
    const receivedAt = receivedAtOf(f)
    items.push({
      kind: 'FILING',
      id: f.id,
      number: f.number,
      title: f.typeName,
      personMasked: maskName(f.subject.name),
      insuredRegion,
      insuredRegionName: regionName(insuredRegion),
      receivedAt,
      ...deadlineFields(receivedAt, insuredRegion, app),
      earlierRefusals: 0,
      filerVerifying: verifyingUsers.has(userId),
      filedByProxy: !f.filedBySelf,
      cameBackWith:
        f.review?.decision === 'REQUEST_MATERIALS'
          ? askedWords(
              whatWasAsked({ missingItems: f.review.missingItems, corrections: f.review.corrections }),
              // Only fields the filing left empty, filled in now: 已填写 (the request's own note says so).
              asksFillsOnly(lastSendBackNote(f.timeline)),
            ).cameBackWith
          : null,
    })
  }
  for (const a of letters) {
    items.push({
      kind: 'AUTHORIZATION',
      id: a.id,
      number: null,
      title: '授权委托书',
      personMasked: `${maskName(a.member.name)}（${a.member.relationLabel}）`,
      insuredRegion: a.member.insuredRegion,
      insuredRegionName: regionName(a.member.insuredRegion),
      receivedAt: a.createdAt,
      ...deadlineFields(a.createdAt, a.member.insuredRegion, app),
      // A letter sent again after a refusal is marked (a trial: the queue did not say which were).
      earlierRefusals: a.earlierRefusals.length,
      cameBackWith: null,
      filerVerifying: false,
      filedByProxy: false,
    })
  }
  const filingsWaiting = filings.length < limit ? filings.length : await app.repos.filings.countInStatus('UNDER_REVIEW')
  return { items: items.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)), waiting: filingsWaiting + letters.length }
}

/** A filing view with the phone numbers masked (the ID number already is). */
export function maskedForStaff(view: FilingView): FilingView {
  return {
    ...view,
    contacts: {
      ...view.contacts,
      phone1: maskPhone(view.contacts.phone1),
      phone2: view.contacts.phone2 === null ? null : maskPhone(view.contacts.phone2),
    },
  }
}

/** A correction as the case shows it: named, phones masked as the case's own contacts are. */
export function caseCorrection(c: CorrectionRecord): CaseCorrection {
  const shown = (value: string | null) => (value === null || c.field === 'addressAtDestination' ? value : maskPhone(value))
  return { field: c.field, label: CORRECTABLE_FIELDS[c.field], from: shown(c.from), to: shown(c.to), unchanged: c.from === c.to, at: c.at }
}

/** GET /api/review/filings/:id/case */
export async function filingCase(app: FastifyInstance, id: string): Promise<FilingCase> {
  const record = await app.repos.filings.findById(id)
  if (!record) throw filingNotFound()
  // As GET /api/review/filings/:id (reviewFiling) answers it, with the materials' upload times kept.
  const [details] = await app.repos.filings.details([record])
  if (!details) throw filingNotFound()
  const view = toFilingView(details, chinaToday(app.now()), record.userId)
  const receivedAt = receivedAtOf(view)
  const d = reviewDeadline(new Date(receivedAt), app.calendar, profileFor(record.insuredRegion).review)
  const [decisions, corrected] = await Promise.all([app.repos.reviewDecisions.listFor(id), app.repos.reviewDecisions.correctionsFor(id)])
  const corrections = corrected.map(caseCorrection)
  const filerNameMasked = record.filerName ? maskName(record.filerName) : maskName(record.subjectName)
  return {
    filing: maskedForStaff(view),
    insuredRegion: record.insuredRegion,
    insuredRegionName: regionName(record.insuredRegion),
    insuranceTypeName: record.insuranceType === null ? null : INSURANCE_TYPES[record.insuranceType],
    filerNameMasked,
    receivedAt,
    reviewDeadline: { deadline: d.deadline, endsAt: d.endsAt, provisional: d.provisional, overdue: d.endsAtMs <= app.now().getTime(), scope: d.scope, citations: d.citations, workingDays: d.workingDays },
    basis: caseBasis({ type: view.type, insuredRegion: record.insuredRegion }),
    window: view.emergency
      ? filedWithinWindow(chinaDateOf(new Date(view.createdAt)), { mode: view.emergency.mode, deadline: view.emergency.deadline, dischargedOn: view.emergency.dischargedOn ?? null })
      : null,
    decisions,
    timeline: staffTimeline(view, decisions, filerNameMasked, corrections, { actors: details.events.map((e) => e.actor), subjectNameMasked: maskName(record.subjectName) }),
    questions: caseQuestions(view, decisions),
    corrections,
    newMaterialIds: addedSinceLastRequest(details.materials, decisions),
    filerVerification: await filerVerification(app, record.userId, record.subjectUserId !== record.userId, filerNameMasked),
    otherFilings: record.type === 'EMERGENCY' && record.admittedOn !== null ? await otherFilings(app, record, record.admittedOn) : [],
    proxyAuthorization: await proxyAuthorization(app, record),
    notices: await caseNotices(app, record, decisions.at(-1)),
  }
}

/**
 * A 代办 filing: the authorisation it was made under (a trial: the console did not say how the proxy
 * was authorised). From the member's own authorisation records, one statement; null for a filing
 * the person made for themself.
 */
async function proxyAuthorization(app: FastifyInstance, record: FilingRecord): Promise<FilingAuthorization | null> {
  if (record.subjectFamilyMemberId === null) return record.subjectUserId === record.userId ? null : { kind: 'NONE', latest: null }
  const records = await app.repos.family.listForMember(record.subjectFamilyMemberId)
  const facts: AuthorizationFacts[] = records.map((a) => ({
    id: a.id,
    method: a.method,
    status: a.status,
    createdAt: a.createdAt,
    expiresAt: a.expiresAt,
    acceptedAt: a.acceptedAt,
    decidedAt: a.decidedAt,
    decidedByName: a.decidedBy?.name ?? null,
    revokedAt: a.revokedAt,
  }))
  return authorizationAtFiling(facts, record.createdAt, app.now())
}

/** The order they are listed in: what bears on this stay first. */
const RELATION_ORDER: readonly CoverRelation[] = ['COVERS', 'COVERS_ONCE_APPROVED', 'STARTS_LATER', 'OTHER_PLACE']

/**
 * The person's other filings beside an emergency filing (trial: the console showed an emergency
 * filing and said nothing of the long-term filing to the same city the person held): those to the
 * hospital's place that cover the admission, will once approved, or start after it, and those
 * still standing elsewhere; each with what it is to this admission (admissionCoverOf, the rule
 * behind 409 EMERGENCY_ALREADY_COVERED). One more statement, for emergency filings only.
 */
async function otherFilings(app: FastifyInstance, record: FilingRecord, admittedOn: string): Promise<CaseOtherFiling[]> {
  const today = chinaToday(app.now())
  const admission = { admittedOn, place: { province: record.destinationProvince, city: record.destinationCity } }
  const rows = (await app.repos.filings.listForSubject(record.subjectIdNumber)).filter((f) => f.id !== record.id)
  const shown: Array<CaseOtherFiling & { rank: number }> = []
  for (const f of rows) {
    const cover = admissionCoverOf(coverFilingOf(f), admission, today)
    const rank = RELATION_ORDER.indexOf(cover.relation)
    if (rank < 0 || (cover.relation === 'OTHER_PLACE' && !isStanding(f.status, f.validTo, today))) continue
    const status = effectiveStatus(f.status, f.validTo, today)
    shown.push({
      id: f.id,
      number: f.number,
      typeName: FILING_TYPE_INFO[f.type].officialName,
      statusLabel: FILING_STATUSES[status],
      place: destinationLabelOf(f.destinationCity ?? f.destinationProvince),
      validity: validityText({ ...f, status, emergency: f.type === 'EMERGENCY' ? { admittedOn: f.admittedOn ?? f.startDate } : null }, today),
      relation: cover.relation,
      note: coverNote(cover, admittedOn),
      rank,
    })
  }
  return shown.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...item }) => item)
}

/** 实人认证 in the console's words (the person's own, VERIFICATION_STATUSES, speak to them). */
const STAFF_VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  VERIFIED: '已认证',
  PENDING: '待核对',
  UNVERIFIED: '未提交',
  REJECTED: '未通过',
}

/** The filing account's 实人认证 now (it decides whether a self-service filing needed review at all). */
async function filerVerification(app: FastifyInstance, userId: string, byProxy: boolean, nameMasked: string): Promise<FilerVerification> {
  const { status, requestId } = await verificationStanding(app, userId)
  return { whose: byProxy ? 'PROXY' : 'APPLICANT', nameMasked, status, statusLabel: STAFF_VERIFICATION_LABELS[status], pendingRequestId: requestId }
}

/**
 * The materials uploaded after the last 要求补充材料 (shown 新补交), in the case's order; none when
 * materials were never asked for. A filing's materials are attached when it is made or when
 * materials are added (POST /api/filings/:id/materials): an upload made after the request can
 * only have come with what was asked for.
 */
export function addedSinceLastRequest(materials: readonly UploadRecord[], decisions: readonly DecisionRecord[]): string[] {
  const request = decisions.filter((d) => d.decision === 'REQUEST_MATERIALS').at(-1)
  if (!request) return []
  const askedAt = Date.parse(request.decidedAt)
  return materials.filter((m) => Date.parse(m.createdAt) > askedAt).map((m) => m.id)
}


/** POST /api/review/filings/:id/reveal — the unmasked person; the view is logged before it is answered. */
export async function revealFilingPerson(app: FastifyInstance, id: string, ctx: ReviewContext): Promise<RevealedPerson> {
  const filing = await app.repos.filings.findById(id)
  if (!filing) throw filingNotFound()
  // 代办: the proxy's own ID number, from the filing account's 实名信息.
  const proxy = filing.subjectFamilyMemberId === null ? null : await app.repos.profiles.findByUserId(filing.userId)
  const filerIdNumber = proxy?.idNumber ?? null
  await app.repos.audit.append(
    {
      actor: auditActor(ctx.principal),
      action: 'VIEW_PERSON',
      subject: { type: 'FILING', id: filing.id, label: filingAuditLabel(filing) },
      detail: { fields: ['name', 'idNumber', 'phone1', 'phone2', 'addressAtDestination', ...(filerIdNumber === null ? [] : ['filerIdNumber'])] },
      ip: ctx.ip,
    },
    app.now(),
  )
  return {
    name: filing.subjectName,
    idNumber: filing.subjectIdNumber,
    phone1: filing.phone1,
    phone2: filing.phone2,
    addressAtDestination: filing.addressAtDestination,
    filerName: filing.filerName,
    filerIdNumber,
  }
}

export interface RevealedAuthorization {
  member: { name: string; idNumber: string; phone: string }
  proxy: { name: string; idNumber: string; phone: string } | null
}

/** POST /api/review/authorizations/:id/reveal — the member's and the filer's full data, logged first. */
export async function revealAuthorizationPeople(app: FastifyInstance, id: string, ctx: ReviewContext): Promise<RevealedAuthorization> {
  const authorization = await app.repos.family.findAuthorization(id)
  const member = authorization ? await app.repos.family.findById(authorization.familyMemberId) : null
  if (!authorization || !member || authorization.method !== 'DOCUMENT') {
    throw new AppError(404, 'AUTHORIZATION_NOT_FOUND', '没有找到这份授权，请刷新后再试')
  }
  const proxy = await app.repos.profiles.findByUserId(authorization.proxyUserId)
  await app.repos.audit.append(
    {
      actor: auditActor(ctx.principal),
      action: 'VIEW_PERSON',
      subject: { type: 'AUTHORIZATION', id, label: `${maskName(member.name)} ${maskIdNumber(member.idNumber)}` },
      detail: { fields: ['member.name', 'member.idNumber', 'member.phone', 'proxy.name', 'proxy.idNumber', 'proxy.phone'] },
      ip: ctx.ip,
    },
    app.now(),
  )
  return {
    member: { name: member.name, idNumber: member.idNumber, phone: member.phone },
    proxy: proxy ? { name: proxy.name, idNumber: proxy.idNumber, phone: proxy.phone } : null,
  }
}

/**
 * A material's bytes for staff (GET /api/review/materials/:id), logged with whose it is: the
 * filing or 授权委托书 that holds it. An upload held by neither is not staff's to see (404).
 */
export async function staffMaterial(
  app: FastifyInstance,
  uploadId: string,
  ctx: ReviewContext,
): Promise<{ upload: UploadRecord; content: Buffer }> {
  const holder = await app.repos.reviewLookups.uploadHolder(uploadId)
  const found = holder ? await app.repos.uploads.findContent(uploadId) : null
  if (!holder || !found) throw new AppError(404, 'UPLOAD_NOT_FOUND', '没有找到这份材料，请刷新后再试')
  let subject: { type: 'FILING' | 'AUTHORIZATION'; id: string; label: string | null }
  if ('filingId' in holder) {
    const filing = await app.repos.filings.findById(holder.filingId)
    subject = { type: 'FILING', id: holder.filingId, label: filing ? filingAuditLabel(filing) : null }
  } else {
    const authorization = await app.repos.family.findAuthorization(holder.authorizationId)
    const member = authorization ? await app.repos.family.findById(authorization.familyMemberId) : null
    subject = { type: 'AUTHORIZATION', id: holder.authorizationId, label: member ? `${maskName(member.name)} ${maskIdNumber(member.idNumber)}` : null }
  }
  await app.repos.audit.append(
    {
      actor: auditActor(ctx.principal),
      action: 'VIEW_MATERIAL',
      subject,
      detail: { uploadId, purpose: found.upload.purpose, material: MATERIALS[found.upload.purpose]?.name ?? found.upload.purpose },
      ip: ctx.ip,
    },
    app.now(),
  )
  return found
}
