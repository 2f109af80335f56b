import type { CreateFilingBody, FilingSubject } from '@/domain/filings'
import { now } from '@/lib/clock'
import { COMMITMENT_VERSION } from '@/domain/materials'
import { FILING_STEP_NAMES } from '@/domain/filings/step-names'
import { findRegion } from '@/domain/regions'
import type { FilingDraft, FilingStep } from '@/stores/use-filing-draft-store'
import { openPage } from '@/lib/navigation'

const PAGES: Record<FilingStep, string> = {
  start: '/packages/filing/pages/start/index',
  form: '/packages/filing/pages/form/index',
  materials: '/packages/filing/pages/materials/index',
  review: '/packages/filing/pages/review/index',
}

/** Goes to a step of the filing flow. */
export function goToStep(step: FilingStep) {
  openPage(PAGES[step])
}

/** The steps' names: the home page's card of an unfinished draft says them too. */
export const STEP_NAMES: Readonly<Record<FilingStep, string>> = FILING_STEP_NAMES

/** A random key for one submission, so a retry is recognised (API.md Idempotency-Key). */
export function newIdempotencyKey(): string {
  const rand = () => Math.random().toString(36).slice(2, 10)
  return `filing-${now().getTime().toString(36)}-${rand()}${rand()}`
}

/** A 6-digit region code as the API's destination: province + city (null for province-level units). */
export function destinationOf(code: string): { province: string; city: string | null } {
  const region = findRegion(code)
  if (!region) return { province: '', city: null }
  return { province: region.province.code, city: region.city?.code ?? null }
}

/** The request body for a draft (API.md POST /api/filings); only the commitment's own fields. */
export function submissionOf(draft: FilingDraft, endDateAsked: boolean, subject: FilingSubject): CreateFilingBody {
  return {
    type: draft.type!,
    subject,
    destination: destinationOf(draft.destination),
    startDate: draft.startDate,
    endDate: endDateAsked ? draft.endDate : null,
    contacts: {
      phone1: draft.phone1.replace(/[\s-]/g, ''),
      phone2: draft.phone2.trim() || null,
      addressAtDestination: draft.addressAtDestination.trim(),
    },
    materials: draft.uploads.map((u) => u.id),
    ...materialNotesOf(draft),
    commitment: draft.useCommitment
      ? { signedName: draft.commitmentName.trim(), textVersion: COMMITMENT_VERSION, ...(draft.commitmentByProxy ? { signedBy: 'PROXY' as const } : {}) }
      : null,
    chronicDiseaseHospital: draft.chronicDiseaseHospital.trim() || null,
    multiPlace: draft.multiPlace,
    admittedOn: admittedOnOf(draft),
  }
}

/**
 * The notes written on the draft's photos (房产证: who the owner is; issue 13 item 11), by upload
 * id: `{ materialNotes }` when there is one, else nothing (the body stays as before).
 */
export function materialNotesOf(draft: FilingDraft): { materialNotes?: Record<string, string> } {
  const notes = Object.fromEntries(draft.uploads.flatMap((u) => (u.note?.trim() ? [[u.id, u.note.trim()]] : [])))
  return Object.keys(notes).length > 0 ? { materialNotes: notes } : {}
}

/** 补办 during a stay: the admission date the filing is made under, or null (not in hospital, or not answered). */
export function admittedOnOf(draft: FilingDraft): string | null {
  return draft.inHospital === 'YES' && !draft.dischargeSettled && draft.admittedOn ? draft.admittedOn : null
}
