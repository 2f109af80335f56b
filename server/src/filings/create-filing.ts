// POST /api/filings for the self-service types (SPEC §1-§4, §7): check, decide multi-place, store at once.
import { decideMultiPlace, isStanding, type CommitmentSigner, type CreateFilingBody, type FilingSubmission } from '@/domain/filings'
import { checkMaterialNotes, filingOnlyMaterialsProblem } from '@/domain/materials'
import { profileFor } from '@/domain/profiles'
import { chinaToday } from '@/domain/time/china-date'
import { normalizeName } from '@/domain/validation/name'
import { AppError, validationFailed } from '@server/errors'
import { type FilingSubjectFacts } from '@server/family/family'
import { maskIdNumber } from '@server/logging/mask'
import { accountGone } from '@server/plugins/app/auth'
import { assertFilerConsent } from '@server/privacy/consent'
import { idTaken, identityFacts, identityFactsWithOwnFilings } from '@server/verification/verify'
import { createEmergencyFiling } from './create-emergency-filing'
import type { FilingRecord } from '@server/db/repositories/filings'
import type { UploadRecord } from '@server/db/repositories/uploads'
import { keyTaken, type PendingKey } from '@server/idempotency'
import { type CreatedFiling, type FilingContext, blocksDuplicate, decide, draftOf, firstEvents, newFilingAnswer, newFilingNumber, allFound, resolveSubject } from './filing-common'
import { callerMayOpen, duplicateFiling, profileRequired } from './filing-errors'

/**
 * Whether a new filing makes the person filed in several places (decideMultiPlace over their
 * standing filings, among all their `filings`); 409 MULTI_PLACE_ON_COMMITMENT when it would rest on a commitment, with the
 * standing filing (`existingFilingId`, `existingNumber`: only when the caller may open it) and the
 * first day it may be changed (`firstAllowedOn`).
 */
export function multiPlaceFor(
  subject: FilingSubjectFacts,
  filings: readonly FilingRecord[],
  body: CreateFilingBody,
  today: string,
  asker: { userId: string; forSelf: boolean; verified: boolean },
): boolean {
  // What the caller may open (as duplicateFiling decides): else no id or number is given.
  const visible = (f: FilingRecord) => callerMayOpen(f, asker)
  const standing = filings
    .filter((f) => isStanding(f.status, f.validTo, today))
    .map((f) => ({
      id: f.id,
      number: f.number,
      type: f.type,
      basis: f.basis,
      destination: { province: f.destinationProvince, city: f.destinationCity },
      validFrom: f.validFrom,
      visible: visible(f),
    }))
  const answer = decideMultiPlace(
    {
      type: body.type,
      destination: body.destination,
      onCommitment: Boolean(body.commitment),
      ...(asker.forSelf ? {} : { subjectName: subject.person.name }),
    },
    standing,
    { profile: profileFor(subject.person.insuredRegion), today },
  )
  if (!answer.ok) {
    const shown = standing.find((f) => f.id === answer.existing.id)?.visible === true
    throw new AppError(409, answer.code, answer.message, undefined, {
      details: {
        ...(shown ? { existingFilingId: answer.existing.id, existingNumber: answer.existing.number } : {}),
        firstAllowedOn: answer.changeFirstAllowedOn,
      },
    })
  }
  return answer.multiPlace
}

/**
 * The uploads with the notes written on them, checked by the domain's checkMaterialNotes (issue 13
 * item 11): 422 VALIDATION_FAILED naming `materialNotes` otherwise.
 */
export function withNotes(uploads: UploadRecord[], notes: Readonly<Record<string, string>>): Array<UploadRecord & { note: string | null }> {
  const checked = checkMaterialNotes(notes, uploads)
  if (!checked.ok) throw validationFailed(422, checked.fields)
  return uploads.map((u) => ({ ...u, note: checked.notes[u.id] ?? null }))
}

/**
 * POST /api/filings (SPEC §2-§4, §6, §7): the new filing's view; for a keyed write (`pending`)
 * its answer is stored with the filing, and `stored` is that text (newFilingAnswer).
 */
export async function createFiling(app: FilingContext, userId: string, body: CreateFilingBody, pending: PendingKey | null = null): Promise<CreatedFiling> {
  // The filer's 实名信息, their consent to the notice in force (issue 11) and their uploads
  // among the materials, in one read.
  const forSelf = 'self' in body.subject
  // A keyed filing claims its key in the same read (PendingKey.toClaim): one round trip fewer.
  const toClaim = pending?.toClaim ?? null
  const filer = await app.repos.profiles.findFiler(userId, body.materials, {
    lockAccount: forSelf,
    ...(pending && toClaim ? { claim: { key: pending.key, ...toClaim } } : {}),
  })
  // The route checked the session token only (app.authenticateToken): the account is read here.
  if (!filer) throw accountGone()
  if (pending && toClaim) {
    if (!filer.keyClaimed) throw keyTaken()
    pending.claimed()
  }
  if (!filer.profile) throw profileRequired()
  assertFilerConsent(filer.consentVersion)
  const own = filer.profile
  // Filing for oneself, findFiler took the lock on the filer's own ID number already: their
  // identity facts and their filings (multi-place, duplicates) are read at once (one statement on
  // PostgreSQL). For a family member, the subject's filings are read under their lock below.
  const identity = forSelf ? await identityFactsWithOwnFilings(app, userId, own) : { ...(await identityFacts(app, userId, own)), filings: undefined }
  // An ID number another account has verified gives this account no filing rights (issue 11).
  if (forSelf && identity.taken) throw idTaken()
  const subject = await resolveSubject(app, userId, body.subject, own)

  const uploads = withNotes(allFound(filer.uploads, body.materials), body.materialNotes ?? {})
  const onlyOnRequest = filingOnlyMaterialsProblem(uploads.map((u) => u.purpose))
  if (onlyOnRequest) throw validationFailed(422, { materials: onlyOnRequest })
  if (body.type === 'EMERGENCY') {
    return createEmergencyFiling(app, userId, body, { subject, filer: own, forSelf, verified: identity.verified, ofSubject: identity.filings }, uploads, pending)
  }
  if (body.emergency) throw validationFailed(422, { emergency: '只有急诊住院备案才填急诊信息，请去掉，或把类型改成急诊' })

  const now = app.now()
  const today = chinaToday(now)
  // Multi-place is decided from the person's standing filings, not from the client's flag (002 第十一条).
  // Read under the subject's lock, once: the duplicate check at the write uses the same rows.
  // The person is known by their ID number: their own filings and any made for them by a proxy
  // (under a family member record) count alike.
  const ofSubject = identity.filings ?? (await app.repos.filings.lockedSubjectFilings(subject.person.idNumber))
  const multiPlace = multiPlaceFor(subject, ofSubject, body, today, { userId, forSelf, verified: identity.verified })
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
  const decision = decide(submission, subject.person, today, identity.verified, proxySigner)
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
  const answered = newFilingAnswer(pending, today, userId)
  const result = await app.repos.filings.create(
    {
      filing: draft,
      materials: uploads,
      events: firstEvents(decision, null),
      nextNumber: () => newFilingNumber(today),
      findDuplicate: blocksDuplicate(draft, today),
      ofSubject,
      ...(answered.answer ? { answer: answered.answer } : {}),
    },
    now,
  )
  if (result.outcome === 'DUPLICATE') {
    throw duplicateFiling(result.existing, { userId, forSelf, verified: identity.verified, subjectName: subject.person.name, today })
  }
  if (result.outcome === 'STALE') throw new Error('a new filing cannot be stale')
  return { view: answered.viewOf(result.details), ...(result.stored === undefined ? {} : { stored: result.stored }) }
}
