import { formatDayNumber, parseDayNumber } from '../../../src/domain/calendar/day-number'
import { relationLabel } from '../../../src/domain/family'
import { FILING_TYPE_INFO } from '../../../src/domain/filing-types'
import {
  FILING_STATUSES,
  effectiveStatus,
  isStanding,
  type FilingView,
  type TimelineEntry,
  type UploadView,
} from '../../../src/domain/filings'
import { profileFor } from '../../../src/domain/profiles'
import { destinationLabel, findRegion } from '../../../src/domain/regions'
import { canChangeOrCancel } from '../../../src/domain/rules'
import type { FilingDetails, FilingRecord } from '../db/repositories/filings'
import type { UploadRecord } from '../db/repositories/uploads'
import { maskIdNumber, maskName } from '../logging/mask'

export function toUploadView(upload: UploadRecord): UploadView {
  return { id: upload.id, kind: upload.kind, size: upload.size, purpose: upload.purpose }
}

/** What the person may do now (SPEC §5): nothing once a filing no longer stands. */
export function actionsFor(filing: FilingRecord, today: string): FilingView['actions'] {
  if (!isStanding(filing.status, filing.validTo, today)) {
    const label = FILING_STATUSES[effectiveStatus(filing.status, filing.validTo, today)]
    return {
      canCancel: false,
      canChange: false,
      firstAllowedOn: null,
      explanation: `这份备案${label}，不能再变更或取消；需要的话请重新办理备案。`,
    }
  }
  if (filing.validFrom === null) {
    return { canCancel: true, canChange: true, firstAllowedOn: null, explanation: '还在办理中的备案可以随时取消或变更。' }
  }
  const answer = canChangeOrCancel({
    filing: { type: filing.type, basis: filing.basis, validFrom: filing.validFrom },
    profile: profileFor(filing.insuredRegion),
    today,
  })
  if (!answer.ok) {
    return { canCancel: false, canChange: false, firstAllowedOn: null, explanation: answer.message }
  }
  const { allowed, firstAllowedOn, explanation } = answer.value
  return { canCancel: allowed, canChange: allowed, firstAllowedOn: firstAllowedOn ?? null, explanation }
}

function timelineOf(details: FilingDetails, today: string): TimelineEntry[] {
  const entries: TimelineEntry[] = details.events.map((e) => ({
    status: e.status,
    label: FILING_STATUSES[e.status],
    at: e.at,
    note: e.note,
  }))
  const { filing } = details
  // A lapse is not an event anyone records: it happens at the end of the last valid day (SPEC §4).
  if (effectiveStatus(filing.status, filing.validTo, today) === 'EXPIRED' && filing.validTo !== null) {
    const dayAfter = formatDayNumber(parseDayNumber(filing.validTo) + 1)
    entries.push({
      status: 'EXPIRED',
      label: FILING_STATUSES.EXPIRED,
      at: `${dayAfter}T00:00:00+08:00`,
      note: '有效期已过，备案自动失效',
    })
  }
  return entries
}

/**
 * The one mapping from a stored filing to what the API answers (FilingView), as seen by
 * `viewerId` on the China date `today`: the status lapses by itself, the actions follow SPEC §5.
 */
export function toFilingView(details: FilingDetails, today: string, viewerId: string): FilingView {
  const { filing } = details
  const status = effectiveStatus(filing.status, filing.validTo, today)
  const region = findRegion(filing.destinationCity ?? filing.destinationProvince)
  return {
    id: filing.id,
    number: filing.number,
    emergency: details.emergency,
    review: details.review,
    type: filing.type,
    typeName: FILING_TYPE_INFO[filing.type].officialName,
    status,
    statusLabel: FILING_STATUSES[status],
    basis: filing.basis,
    registration: filing.registration,
    subject: {
      name: filing.subjectName,
      idNumberMasked: maskIdNumber(filing.subjectIdNumber),
      ...(filing.subjectRelation === null ? {} : { relationLabel: relationLabel(filing.subjectRelation) }),
    },
    filedBySelf: filing.userId === viewerId && filing.subjectUserId === viewerId,
    // Filings made before the filer's name was recorded were all filed by the subject.
    filedBy: { self: filing.userId === viewerId, nameMasked: maskName(filing.filerName ?? filing.subjectName) },
    destination: {
      province: filing.destinationProvince,
      city: filing.destinationCity,
      name: region ? destinationLabel(region) : filing.destinationCity ?? filing.destinationProvince,
    },
    startDate: filing.startDate,
    endDate: filing.endDate,
    validFrom: filing.validFrom,
    validTo: filing.validTo,
    validityExplanation: filing.validityExplanation,
    contacts: { phone1: filing.phone1, phone2: filing.phone2, addressAtDestination: filing.addressAtDestination },
    chronicDiseaseHospital: filing.chronicDiseaseHospital,
    multiPlace: filing.multiPlace,
    admittedOn: filing.admittedOn,
    materials: details.materials.map(toUploadView),
    commitment: filing.commitment,
    supersedes: filing.supersedesId,
    supersededBy: filing.supersededById,
    createdAt: filing.createdAt,
    timeline: timelineOf(details, today),
    actions: actionsFor(filing, today),
    citations: filing.citations,
  }
}
