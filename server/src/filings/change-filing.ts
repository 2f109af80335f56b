// 变更 and 取消 of a standing filing (SPEC §5): the domain's change/cancel gate, then one transaction.
import { changeCancelGate, changedSubmission, type ChangeFilingBody, type FilingView } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { chinaToday } from '@/domain/time/china-date'
import type { FilingRecord } from '@server/db/repositories/filings'
import { AppError } from '@server/errors'
import { proxySubject } from '@server/family/family'
import { assertIdNotTaken, isVerified, verifiedIdNumber } from '@server/verification/verify'
import { toFilingView } from './to-filing-view'
import { type FilingContext, actorOf, blocksDuplicate, decide, draftOf, firstEvents, newFilingNumber, selfSubject, subjectProfile, viewById } from './filing-common'
import { duplicateFiling, filingNotFound, locked, notStanding } from './filing-errors'

/**
 * The filing, if `userId` filed it or it was filed for them — for their account, or under the ID
 * number the account passed 实人认证 with (read only when the first look finds nothing); else 404
 * (never 403). What they may do with it is the same either way.
 */
export async function visibleFiling(app: FilingContext, id: string, userId: string): Promise<FilingRecord> {
  let filing = await app.repos.filings.findVisible(id, userId)
  if (!filing) {
    const idNumber = await verifiedIdNumber(app, userId)
    if (idNumber !== null) filing = await app.repos.filings.findVisible(id, userId, idNumber)
  }
  if (!filing) throw filingNotFound()
  return filing
}

/** Refuses when the filing no longer stands or a commitment lock holds: the domain's gate (SPEC §5). */
export function assertMayChangeOrCancel(filing: FilingRecord, today: string, code: 'CANCEL_LOCKED' | 'CHANGE_LOCKED'): void {
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
  // The 参保人 cancelling a filing a family member made for him: the staff 进度 says so.
  const cancelled = await app.repos.filings.cancel(filing.id, filing.status, reason.trim(), now, actorOf(filing, userId))
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
  const verified = await isVerified(app, userId, own)
  const decision = decide(submission, subject.person, today, verified, proxySigner, true)
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
  if (result.outcome === 'DUPLICATE') {
    const forSelf = subject.familyMemberId === null
    throw duplicateFiling(result.existing, { userId, forSelf, verified, subjectName: subject.person.name, today })
  }
  if (result.outcome === 'STALE') throw notStanding((await app.repos.filings.findById(old.id)) ?? old, today, '变更')
  return toFilingView(result.details, today, userId)
}
