import { formatDayNumber, parseDayNumber } from '@/domain/calendar/day-number'
import { uniqueCitations } from '@/domain/citation'
import { kinOfFiler, kinOfMember, relationLabel } from '@/domain/family'
import { sexOfIdNumber } from '@/domain/validation/id-number'
import { FILING_TYPE_INFO } from '@/domain/filing-types'
import {
  FILING_STATUSES,
  changeCancelGate,
  effectiveStatus,
  proxySignedLine,
  validityText,
  whatLinesAsk,
  withFillItems,
  type FilingView,
  type PublicStatusView,
  type TimelineEntry,
  type UploadView,
} from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { destinationLabel, findRegion } from '@/domain/regions'
import type { FilingDetails, FilingRecord, StatusLookupRecord } from '@server/db/repositories/filings'
import { ASKED_WORDS, FILL_WORDS, askedWords, whatWasAsked, type WhatWasAsked } from '@/domain/materials/what-was-asked'
import { asksCorrectionsOnly, asksFillsOnly, asksQuestionsOnly, namesToFill } from '@/domain/review'
import { CHECKED_NOTE, CORRECTED_NOTE, FILLED_NOTE, QUESTION_ANSWERED_NOTE } from './answer-note'
import type { UploadRecord } from '@server/db/repositories/uploads'
import { maskIdNumber, maskName } from '@server/logging/mask'

export function toUploadView(upload: UploadRecord): UploadView {
  return { id: upload.id, kind: upload.kind, size: upload.size, purpose: upload.purpose }
}

/** What the person may do now (SPEC §5): the domain's one change/cancel gate. */
export function actionsFor(filing: FilingRecord, today: string): FilingView['actions'] {
  const { canCancel, canChange, firstAllowedOn, explanation } = changeCancelGate(filing, profileFor(filing.insuredRegion), today)
  return { canCancel, canChange, firstAllowedOn, explanation }
}

/** The lapse at the end of the last valid day (SPEC §4), which no one records as an event; null while the filing has not lapsed. */
function lapseOf(filing: Pick<FilingRecord, 'status' | 'validTo'>, today: string): TimelineEntry | null {
  if (effectiveStatus(filing.status, filing.validTo, today) !== 'EXPIRED' || filing.validTo === null) return null
  const dayAfter = formatDayNumber(parseDayNumber(filing.validTo) + 1)
  return { status: 'EXPIRED', label: FILING_STATUSES.EXPIRED, at: `${dayAfter}T00:00:00+08:00`, note: '有效期已过，备案自动失效' }
}

/**
 * A send-back step's label by its note (decisionNote), answered or not: 待回答审核员的问题 for
 * questions only, 待改正填写的内容 for corrections only (a trial saw it turn 待补充材料 once
 * answered), 待填写缺少的内容 when those were only fields the filing left empty (asksFillsOnly),
 * else 待补充材料.
 */
function sendBackLabel(note: string | null): string {
  if (asksQuestionsOnly(note)) return ASKED_WORDS.QUESTION.status
  if (asksFillsOnly(note)) return FILL_WORDS.status
  return asksCorrectionsOnly(note) ? ASKED_WORDS.CORRECTION.status : FILING_STATUSES.NEEDS_MATERIALS
}

/**
 * What an open send-back is called when it is not 待补充材料: 待回答审核员的问题 (a question only),
 * 待改正填写的内容 (typed fields only, a trial: a phone to correct read 待补充材料 while the page said
 * 不用拍照), 待填写缺少的内容 when its note (`sendBackNote`, decisionNote's) asked only for fields the
 * filing left empty; null otherwise, and when nothing is asked now.
 */
function openAskLabel(asked: WhatWasAsked, sendBackNote: string | null): string | null {
  return asked === 'QUESTION' || asked === 'CORRECTION' ? askedWords(asked, asksFillsOnly(sendBackNote)).status : null
}

/** The note of the latest send-back step (decisionNote's words), or null when there is none. */
export function lastSendBackNote(events: readonly { status: string; note: string | null }[]): string | null {
  for (let i = events.length - 1; i >= 0; i -= 1) if (events[i]?.status === 'NEEDS_MATERIALS') return events[i]?.note ?? null
  return null
}

/** Relabels the last step, the open send-back, `label` (openAskLabel; in place). */
function labelOpenAsk(entries: { status: string; label: string }[], label: string): void {
  const last = entries.at(-1)
  if (last?.status === 'NEEDS_MATERIALS') entries[entries.length - 1] = { ...last, label }
}

/**
 * The filer's timeline: each step with its note; a send-back that only asked questions reads
 * 待回答审核员的问题 (ASKED_WORDS), answered or not (its note, decisionNote's, says so:
 * asksQuestionsOnly; a trial saw it turn 待补充材料 once answered); while the latest one is open,
 * its step says so even if its note was written otherwise (before decisionNote said questions apart).
 */
function timelineOf(details: { filing: Pick<FilingRecord, 'status' | 'validTo'>; events: FilingDetails['events'] }, today: string, openLabel: string | null): TimelineEntry[] {
  const entries: TimelineEntry[] = details.events.map((e) => ({
    status: e.status,
    label: e.status === 'NEEDS_MATERIALS' ? sendBackLabel(e.note) : FILING_STATUSES[e.status],
    at: e.at,
    note: e.note,
  }))
  if (openLabel) labelOpenAsk(entries, openLabel)
  const lapse = lapseOf(details.filing, today)
  if (lapse) entries.push(lapse)
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
  const { review } = details
  const asking = status === 'NEEDS_MATERIALS' && review?.decision === 'REQUEST_MATERIALS'
  const openLabel = asking ? openAskLabel(whatWasAsked(review), lastSendBackNote(details.events)) : null
  return {
    id: filing.id,
    number: filing.number,
    emergency: details.emergency,
    review: details.review,
    type: filing.type,
    typeName: FILING_TYPE_INFO[filing.type].officialName,
    status,
    statusLabel: openLabel ?? FILING_STATUSES[status],
    basis: filing.basis,
    registration: filing.registration,
    subject: {
      name: filing.subjectName,
      idNumberMasked: maskIdNumber(filing.subjectIdNumber),
      ...(filing.subjectRelation === null
        ? {}
        : { relationLabel: relationLabel(filing.subjectRelation), kin: kinOfMember(filing.subjectRelation, sexOfIdNumber(filing.subjectIdNumber)) }),
    },
    filedBySelf: filing.userId === viewerId && filing.subjectUserId === viewerId,
    // Filings made before the filer's name was recorded were all filed by the subject.
    filedBy: {
      self: filing.userId === viewerId,
      nameMasked: maskName(filing.filerName ?? filing.subjectName),
      // To the person it was filed for, the proxy they authorised by name is named in full, with
      // what they are to them, as on 谁可以替我办 (a trial: a mother read her daughter as 李*梅).
      ...(filing.userId !== viewerId && filing.subjectUserId === viewerId && filing.filerName && filing.subjectRelation
        ? { name: filing.filerName, kin: kinOfFiler(filing.subjectRelation, filing.filerSex) }
        : {}),
    },
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
    insuredRegion: filing.insuredRegion,
    admittedOn: filing.admittedOn,
    materials: details.materials.map((m) => ({ ...toUploadView(m), note: m.note })),
    commitment: filing.commitment
      ? {
          signedName: filing.commitment.signedName,
          textVersion: filing.commitment.textVersion,
          signedAt: filing.commitment.signedAt,
          signedBy: filing.commitment.signer ? { ...filing.commitment.signer, line: proxySignedLine(filing.commitment.signer) } : null,
        }
      : null,
    supersedes: filing.supersedesId,
    supersededBy: filing.supersededById,
    createdAt: filing.createdAt,
    timeline: timelineOf(details, today, openLabel),
    actions: actionsFor(filing, today),
    // Filings stored before computeValidity dropped repeats still carry them.
    citations: uniqueCitations(filing.citations),
  }
}

/**
 * A public step's label: a send-back that only asked questions reads 待回答审核员的问题, answered or
 * not (its note says so, as on the filer's own timeline), and the step back to 审核中 right after it
 * 已回答审核员的问题, as the filer's own page notes it (a trial read 待回答审核员的问题, then 审核中 a
 * second time); after a corrections-only one, the person's heading (已改正填写的内容, or 已核对填写的内容，没有改动: the
 * lookup reads only that much of the answer's note). Only the person's answer (addMaterials) leads from 待补充材料 back to 审核中, so
 * the step before says it: the answer's note, with what the person wrote, is never read here.
 */
function publicLabelOf(
  step: StatusLookupRecord['events'][number],
  before: StatusLookupRecord['events'][number] | undefined,
): string {
  if (step.status === 'NEEDS_MATERIALS') return sendBackLabel(step.note)
  if (step.status === 'UNDER_REVIEW' && before?.status === 'NEEDS_MATERIALS' && asksQuestionsOnly(before.note)) return QUESTION_ANSWERED_NOTE
  // Corrections only: the answer's heading, as on the person's own page (已改正填写的内容, or
  // 已核对填写的内容，没有改动); a trial read 待改正填写的内容, then 审核中, and no sign of the answer.
  if (step.status === 'UNDER_REVIEW' && before?.status === 'NEEDS_MATERIALS' && asksCorrectionsOnly(before.note)) {
    // Fields left empty must be filled (checkCorrections): such an answer always filled them in.
    if (asksFillsOnly(before.note)) return FILLED_NOTE
    return step.note === CHECKED_NOTE ? CHECKED_NOTE : CORRECTED_NOTE
  }
  return FILING_STATUSES[step.status]
}

/**
 * The public timeline: each step's status, label (publicLabelOf) and time, without notes; the
 * lapse last, once lapsed.
 */
function publicTimelineOf(record: StatusLookupRecord, today: string): PublicStatusView['timeline'] {
  const entries: PublicStatusView['timeline'] = record.events.map((e, i) => ({
    status: e.status,
    label: publicLabelOf(e, record.events[i - 1]),
    at: e.at,
  }))
  const lapse = lapseOf(record.filing, today)
  if (lapse) entries.push({ status: lapse.status, label: lapse.label, at: lapse.at })
  return entries
}

/**
 * What the public status lookup answers (GET /api/status, SPEC §7) on the China date `today`:
 * the status as it stands (lapsing by itself), the masked subject, the timeline without notes,
 * and the missing items while materials are asked for.
 */
export function toPublicStatusView(record: StatusLookupRecord, today: string): PublicStatusView {
  const { filing } = record
  const status = effectiveStatus(filing.status, filing.validTo, today)
  const region = findRegion(filing.destinationCity ?? filing.destinationProvince)
  // A send-back that only asks a question is 待回答审核员的问题, one that only asks corrections
  // 待改正填写的内容, not 待补充材料 (its last step too). The lines hold the corrections as 改正… items.
  // The open send-back's note (decisionNote's words), read once: its label and its 填写 items.
  const sendBackNote = status === 'NEEDS_MATERIALS' ? lastSendBackNote(record.events) : null
  const openLabel = status === 'NEEDS_MATERIALS' ? openAskLabel(whatLinesAsk(record.latestMissingItems), sendBackNote) : null
  const timeline = publicTimelineOf(record, today)
  if (openLabel) labelOpenAsk(timeline, openLabel)
  return {
    number: filing.number,
    typeName: FILING_TYPE_INFO[filing.type].officialName,
    status,
    statusLabel: openLabel ?? FILING_STATUSES[status],
    subject: { nameMasked: maskName(filing.subjectName), idNumberMasked: maskIdNumber(filing.subjectIdNumber) },
    destination: { name: region ? destinationLabel(region) : filing.destinationCity ?? filing.destinationProvince },
    validFrom: filing.validFrom,
    validTo: filing.validTo,
    // An emergency filing's start date is its admission day: 当次住院有效（…入院）. While it waits for
    // staff, from the day it is approved, at the earliest its start (as the filer's own pages say it).
    // A 补办 during a stay counts from its admission whenever it is approved (validityOnApproval).
    validity: validityText(
      {
        type: filing.type,
        status,
        validFrom: filing.validFrom,
        validTo: filing.validTo,
        startDate: filing.startDate,
        endDate: filing.endDate,
        admittedOn: filing.admittedOn,
        everApproved: record.events.some((e) => e.status === 'APPROVED'),
      },
      today,
    ),
    commitmentSignedBy: filing.commitmentSigner
      ? proxySignedLine({ name: maskName(filing.commitmentSigner.name), relation: filing.commitmentSigner.relation })
      : null,
    timeline,
    // A field the request asked to 填写 (left empty when filed) is listed as 填写…, as the request's note says it.
    missingItems: status === 'NEEDS_MATERIALS' ? withFillItems(record.latestMissingItems, namesToFill(sendBackNote)) : [],
    askedBy: status === 'NEEDS_MATERIALS' ? record.askedDeadline : null,
  }
}
