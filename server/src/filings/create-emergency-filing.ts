// POST /api/filings for an EMERGENCY filing (SPEC §6): the window, the shape, review by staff.
import { checkEmergencyFiling, deadlineReminderDue, emergencyShapeFields } from '@/domain/emergency'
import { type CreateFilingBody } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
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
  filingRecipients,
  newFilingAnswer,
  newFilingNumber,
  orNull,
  whoFields,
} from './filing-common'
import { duplicateFiling, emergencyBlocked } from './filing-errors'

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
    /** The subject's filings, read under their lock in this transaction (filing for oneself); else read at the write. */
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
      ...(who.ofSubject ? { ofSubject: who.ofSubject } : {}),
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
