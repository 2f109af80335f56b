import type { Region } from '@/domain/regions'
import { whatWasAsked, type WhatWasAsked } from '@/domain/materials/what-was-asked'
import { checkContacts, type FilingContacts } from './check-contacts'

import { CORRECTABLE_FIELDS, CORRECTABLE_FIELD_LIST, type CorrectableField } from './correctable-fields'

export { CORRECTABLE_FIELDS, CORRECTABLE_FIELD_LIST, emptyFields, fillsOnly } from './correctable-fields'
export type { CorrectableField } from './correctable-fields'
export const isCorrectableField = (value: unknown): value is CorrectableField =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(CORRECTABLE_FIELDS, value)

/**
 * The corrections asked for as items of a 一次性告知 list (000 第五条), e.g. ['改正外地住址'],
 * for views that list what is missing as plain lines (the public status lookup). Unknown values
 * (stored by a later version) are left out.
 */
export function correctionItems(fields: readonly unknown[]): string[] {
  return fields.filter(isCorrectableField).map((f) => `${CORRECT}${CORRECTABLE_FIELDS[f]}`)
}

/** How a correctionItems line starts, and a withFillItems line. */
const CORRECT = '改正'
const FILL = '填写'

/**
 * correctionItems' lines with the fields named in `toFill` (namesToFill: those the request asked to
 * 填写, left empty when filed) said as 填写…: (['入院记录', '改正外地住址', '改正联系电话'], ['外地住址'])
 * → ['入院记录', '填写外地住址', '改正联系电话'].
 */
export function withFillItems(items: readonly string[], toFill: readonly string[]): string[] {
  return items.map((item) => {
    const name = item.slice(CORRECT.length)
    return CORRECTION_ITEMS.has(item) && toFill.includes(name) ? `${FILL}${name}` : item
  })
}

const CORRECTION_ITEMS: ReadonlySet<string> = new Set(correctionItems(CORRECTABLE_FIELD_LIST))
const FILL_ITEMS: ReadonlySet<string> = new Set(withFillItems([...CORRECTION_ITEMS], Object.values(CORRECTABLE_FIELDS)))

/** Whether a 一次性告知 line is one of correctionItems' (改正联系电话) or withFillItems' (填写外地住址): typed in a field, no photo. */
export function isCorrectionItem(line: string): boolean {
  return CORRECTION_ITEMS.has(line) || FILL_ITEMS.has(line)
}

/** Whether a 一次性告知 line asks to 填写 a field left empty when filed (withFillItems): '填写外地住址' → true. */
export function isFillItem(line: string): boolean {
  return FILL_ITEMS.has(line)
}

/**
 * What a 一次性告知 list of plain lines asks (whatWasAsked), its correctionItems' lines counted as
 * corrections: ['改正联系电话'] → 'CORRECTION', ['入院记录', '改正联系电话'] → 'MATERIALS'. For views
 * that carry the request as lines only (the public status lookup).
 */
export function whatLinesAsk(lines: readonly string[]): WhatWasAsked {
  return whatWasAsked({ missingItems: lines.filter((l) => !isCorrectionItem(l)), corrections: lines.filter(isCorrectionItem) })
}

/** What the person sends back for the fields asked (`POST /api/filings/:id/materials` body `contacts`). */
export type ContactCorrections = Partial<Record<CorrectableField, string | null>>

/** One field corrected: what it was and what it is now (the staff console shows both). */
export interface ContactChange {
  field: CorrectableField
  from: string | null
  to: string | null
}

export type CorrectionsCheck =
  | { ok: true; value: { contacts: FilingContacts & { phone2: string | null }; changes: ContactChange[] } }
  /** A field the reviewer did not ask for: `fields` names each, saying what to do instead. */
  | { ok: false; code: 'CORRECTION_NOT_ASKED'; message: string; fields: Partial<Record<CorrectableField, string>> }
  /** A field asked for and left out, or answered wrong (checkContacts' messages). */
  | { ok: false; code: 'CORRECTION_INVALID'; message: string; fields: Partial<Record<CorrectableField, string>> }

export interface CorrectionsContext {
  /** The fields the latest 补充材料 request asked to correct (FilingView.review.corrections). */
  asked: readonly CorrectableField[]
  /** The filing's contacts as they are now. */
  current: FilingContacts
  /** The filing's 备案地 (checkDestination's region): the address is checked against it. */
  destination: Region | null
  /** 多地备案: the address is not compared with one place (checkContacts). */
  multiPlace?: boolean
}

// As checkMobile reads a phone: spaces and dashes dropped.
const digits = (phone: string) => phone.replace(/[\s-]/g, '')

/**
 * The person's answer to the corrections a reviewer asked for (CORRECTABLE_FIELDS) with a 补充材料
 * request: only fields asked for may be sent (another is CORRECTION_NOT_ASKED: a 变更 is how
 * contacts change otherwise, 000 第七条), every field asked for must be (CORRECTION_INVALID naming
 * it), and the corrected contacts pass the filing's own checks (checkContacts: SPEC §9, 004 表8,
 * against the filing's 备案地). Only the fields asked are judged: a field left as it was is not
 * checked again by rules added since it was filed. Answers the contacts to store (phones as digits,
 * an emptied 备用电话 as null) and each change, old → new (a field sent back unchanged is listed
 * too, from = to: staff see the person kept it). The add-materials page and the server call this.
 * Example: checkCorrections({ phone1: '13900001111' }, { asked: ['addressAtDestination'], … })
 * → { ok: false, code: 'CORRECTION_NOT_ASKED', fields: { phone1: '工作人员这次没有请您改联系电话…' } }.
 */
export function checkCorrections(given: ContactCorrections | null | undefined, ctx: CorrectionsContext): CorrectionsCheck {
  const sent = Object.entries(given ?? {}) as Array<[string, string | null | undefined]>
  const notAsked: Partial<Record<CorrectableField, string>> = {}
  for (const [field] of sent) {
    if (!isCorrectableField(field) || !ctx.asked.includes(field)) {
      const label = isCorrectableField(field) ? CORRECTABLE_FIELDS[field] : field
      if (isCorrectableField(field)) notAsked[field] = `工作人员这次没有请您改${label}，补充材料时不能改它；要改的话，请在备案办好后点“变更”`
      else return { ok: false, code: 'CORRECTION_NOT_ASKED', message: `“${label}”不是可以改正的内容，请只改工作人员要您改的`, fields: {} }
    }
  }
  const refused = Object.values(notAsked)
  if (refused.length > 0) return { ok: false, code: 'CORRECTION_NOT_ASKED', message: refused.join('；'), fields: notAsked }

  const answer = given ?? {}
  const missing: Partial<Record<CorrectableField, string>> = {}
  for (const field of ctx.asked) {
    // The 备用电话 may be emptied (004 表8: 联系电话2 is optional); the others must be given.
    const value = answer[field]
    if (value === undefined || (field !== 'phone2' && (value ?? '').trim() === '')) {
      missing[field] = `工作人员请您改正${CORRECTABLE_FIELDS[field]}，请填好再提交`
    }
  }
  if (Object.keys(missing).length > 0) {
    return { ok: false, code: 'CORRECTION_INVALID', message: Object.values(missing).join('；'), fields: missing }
  }

  const phone2Given = answer.phone2 === undefined ? (ctx.current.phone2 ?? null) : answer.phone2
  const contacts = {
    phone1: answer.phone1 === undefined ? ctx.current.phone1 : digits(answer.phone1 ?? ''),
    phone2: phone2Given === null || phone2Given.trim() === '' ? null : digits(phone2Given),
    addressAtDestination: answer.addressAtDestination === undefined ? ctx.current.addressAtDestination : (answer.addressAtDestination ?? '').trim(),
  }
  const errors = checkContacts(contacts, { destination: ctx.destination, multiPlace: ctx.multiPlace })
  const wrong: Partial<Record<CorrectableField, string>> = {}
  for (const field of ctx.asked) if (errors[field]) wrong[field] = errors[field]
  if (Object.keys(wrong).length > 0) return { ok: false, code: 'CORRECTION_INVALID', message: Object.values(wrong).join('；'), fields: wrong }

  const before = { phone1: ctx.current.phone1, phone2: ctx.current.phone2 ?? null, addressAtDestination: ctx.current.addressAtDestination }
  const changes = CORRECTABLE_FIELD_LIST.filter((f) => ctx.asked.includes(f)).map((field) => ({ field, from: before[field], to: contacts[field] }))
  return { ok: true, value: { contacts, changes } }
}
