// POST /api/filings for an EMERGENCY filing (SPEC §6): the window, the shape, review by staff.
import { checkEmergencyFiling, deadlineReminderDue, emergencyShapeFields, standingCover } from '@/domain/emergency'
import { isDateString } from '@/domain/calendar/day-number'
import { type CreateFilingBody } from '@/domain/filings'
import { profileFor, type PolicyProfile } from '@/domain/profiles'
import { checkDestination } from '@/domain/regions'
import { chinaToday } from '@/domain/time/china-date'
import type { FilingRecord, NewFiling } from '@server/db/repositories/filings'
import type { NewNotification } from '@server/db/repositories/notifications'
import type { PersonProfile } from '@server/db/repositories/profiles'
import type { UploadRecord } from '@server/db/repositories/uploads'
import { validationFailed } from '@server/errors'
import { type FilingSubjectFacts } from '@server/family/family'
import type { PendingKey } from '@server/idempotency'
import {
  EMERGENCY_REVIEW_NOTE,
  type CreatedFiling,
  type FilingContext,
  blocksDuplicate,
  coverFilingOf,
  filingRecipients,
  newFilingAnswer,
  newFilingNumber,
  orNull,
  whoFields,
} from './filing-common'
import { callerMayOpen, duplicateFiling, emergencyBlocked, emergencyCovered } from './filing-errors'

/**
 * 409 EMERGENCY_ALREADY_COVERED when a filing the person holds covers this admission already, or
 * will once approved (standingCover, the rule the emergency flow's first page shows: 003 第九条;
 * 002 第十三条): nothing to file, whatever the window says. Judged once the admission day and the
 * hospital's place are valid; an emergency filing of the same admission is left to the duplicate
 * rule (409 DUPLICATE_FILING). A filing that starts after the admission does not stop this one:
 * the staff console shows it beside it (filingCase `otherFilings`).
 */
function assertNotCovered(
  ofSubject: readonly FilingRecord[],
  emergency: { admittedOn: string },
  body: CreateFilingBody,
  ctx: { today: string; profile: PolicyProfile; subjectName: string | undefined; asker: { userId: string; forSelf: boolean; verified: boolean } },
): void {
  if (!isDateString(emergency.admittedOn) || emergency.admittedOn > ctx.today) return
  if (!checkDestination(body.destination, { wholeProvince: false }).ok) return
  const records = new Map(ofSubject.filter((f) => f.type !== 'EMERGENCY').map((f) => [f.id, f]))
  const cover = standingCover(
    { admittedOn: emergency.admittedOn, place: body.destination },
    [...records.values()].map(coverFilingOf),
    {
      today: ctx.today,
      profile: ctx.profile,
      trip: null,
      ...(ctx.subjectName === undefined ? {} : { subjectName: ctx.subjectName }),
      isVisible: (f) => callerMayOpen(records.get(f.id) as FilingRecord, ctx.asker),
    },
  )
  if (cover.kind === 'COVERED' || cover.kind === 'COVERED_ONCE_APPROVED') {
    throw emergencyCovered(cover, callerMayOpen(records.get(cover.filing.id) as FilingRecord, ctx.asker))
  }
}

/**
 * An emergency filing (SPEC §6): the insured place's profile decides whether the window is
 * still open; it goes to review (001 办理流程) and is valid for that admission from its first
 * day (003 第九条). Under a dated window a reminder is queued for the day before the deadline.
 */
export async function createEmergencyFiling(
  app: FilingContext,
  userId: string,
  body: CreateFilingBody,
  who: {
    subject: FilingSubjectFacts
    filer: PersonProfile
    forSelf: boolean
    verified: boolean
    /** The subject's filings, read under their lock in this transaction (filing for oneself); else read here, under it. */
    ofSubject?: readonly FilingRecord[]
  },
  uploads: readonly UploadRecord[],
  pending: PendingKey | null = null,
): Promise<CreatedFiling> {
  const profile = who.subject.person
  const emergency = body.emergency
  if (!emergency) {
    throw validationFailed(422, { emergency: '急诊住院备案要填写入院日期、住院医院、医生诊断和符合的急诊情况' })
  }
  const now = app.now()
  const today = chinaToday(now)
  const policy = profileFor(profile.insuredRegion)
  // The person's filings, read under their lock (already, filing for oneself): a standing one may
  // cover this stay; the duplicate check at the write reads the same rows.
  const ofSubject = who.ofSubject ?? (await app.repos.filings.lockedSubjectFilings(profile.idNumber))
  assertNotCovered(ofSubject, emergency, body, {
    today,
    profile: policy,
    subjectName: who.forSelf ? undefined : profile.name,
    asker: { userId, forSelf: who.forSelf, verified: who.verified },
  })
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
  const answered = newFilingAnswer(pending, today, userId)
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
      ofSubject,
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
      ...(answered.answer ? { answer: answered.answer } : {}),
    },
    now,
  )
  if (result.outcome === 'DUPLICATE') {
    throw duplicateFiling(result.existing, { userId, forSelf: who.forSelf, verified: who.verified, subjectName: profile.name, today })
  }
  if (result.outcome === 'STALE') throw new Error('a new filing cannot be stale')
  return { view: answered.viewOf(result.details), ...(result.stored === undefined ? {} : { stored: result.stored }) }
}
