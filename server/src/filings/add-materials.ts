// 补充材料 (SPEC §6): materials added to a filing staff sent back for them.
import { checkCorrections, type AddMaterialsBody, type FilingView } from '@/domain/filings'
import { PHOTOS_NEEDED_MESSAGE, checkAskedSupplied, materialsFor, unansweredRequest } from '@/domain/materials'
import { whatWasAsked } from '@/domain/materials/what-was-asked'
import { findRegion } from '@/domain/regions'
import { AppError, validationFailed } from '@server/errors'
import type { FilingRecord } from '@server/db/repositories/filings'
import type { ReviewRecord } from '@server/db/repositories/filing-records'
import { chinaToday } from '@/domain/time/china-date'
import { visibleFiling } from './change-filing'
import { type FilingContext, actorOf, orNull, ownUploads, viewById } from './filing-common'
import { notAwaitingMaterials } from './filing-errors'
import { withNotes } from './create-filing'
import { answerHeading } from './answer-note'

/**
 * POST /api/filings/:id/materials — the materials staff asked for (一次性告知), added while the
 * filing waits for them; it goes back to review. Notes on them where a material asks for one
 * (房产证 owner …) are checked as when filing (checkMaterialNotes, 422 naming `materialNotes`).
 * Every document the reviewer named must have a photo, by the page's own check (checkAskedSupplied:
 * 422 naming `materials`, '还差：入院记录。请拍好再提交。'); lines naming nothing known do not block.
 * A request that named materials needs a photo at least; one that asked only for corrections, none.
 * `contacts` answers the corrections asked (review.corrections) by the domain's checkCorrections:
 * a field not asked is 400 CORRECTION_NOT_ASKED, one asked and missing or wrong is 422 naming
 * `contacts.<field>`; the corrected contacts are stored on the filing with each change, old → new,
 * in the same transaction as the materials and the timeline entry. A retry with the same
 * Idempotency-Key answers the first result (the route's withIdempotency); without a key, the filing
 * is back in review and a second send is 409 FILING_NOT_AWAITING_MATERIALS, as for photos.
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
  const uploads = withNotes(await ownUploads(app, userId, body.materials), body.materialNotes ?? {})
  // The lines of the latest decision, as the page reads them (FilingView.review.missingItems).
  const [details] = await app.repos.filings.details([filing])
  // A filing made for someone else (代办) also holds the proxy's papers, as the reviewer's checklist
  // offers them (requestableMaterials with byProxy): 授权委托书, 代办人的身份证件.
  const byProxy = filing.subjectUserId !== filing.userId
  const review = details?.review ?? null
  const { requirements } = materialsFor(filing.type, { byProxy })
  const supplied = checkAskedSupplied(requirements, review?.missingItems ?? [], uploads)
  if (!supplied.ok) throw validationFailed(422, supplied.fields)
  const corrections = correctionsOf(filing, review, body)
  const note = orNull(body.note)
  // Every line listed has its answer: a photo, or the person's 说明 for a line with nothing to photograph.
  const unanswered = unansweredRequest(requirements, review?.missingItems ?? [], uploads.length, note, review?.corrections ?? [])
  if (unanswered !== null) throw validationFailed(422, { materials: unanswered })
  if (uploads.length === 0 && corrections === undefined && note === null) {
    throw validationFailed(422, { materials: PHOTOS_NEEDED_MESSAGE })
  }
  // A question answered in words, or a phone corrected, is not 已补充材料 (trials read it so in 办理进度).
  const changes = corrections?.changes ?? []
  const heading = answerHeading({
    photos: uploads.length,
    changed: changes.filter((c) => c.from !== c.to).length,
    filled: changes.filter((c) => !c.from && c.to).length,
    kept: changes.filter((c) => c.from === c.to).length,
    questionOnly: review !== null && whatWasAsked(review) === 'QUESTION',
  })
  const notes = Object.fromEntries(uploads.flatMap((u) => (u.note === null ? [] : [[u.id, u.note]])))
  // The 参保人 answering on a filing a family member made for him: the staff 进度 says so (a trial).
  const actor = actorOf(filing, userId)
  const added = await app.repos.filings.addMaterials(
    filing.id,
    {
      ...(actor ? { actor } : {}),
      materialIds: uploads.map((u) => u.id),
      notes,
      fromStatus: 'NEEDS_MATERIALS',
      toStatus: 'UNDER_REVIEW',
      note: note === null ? heading : `${heading}：${note}`,
      ...(corrections ? { corrections } : {}),
    },
    now,
  )
  if (!added) throw notAwaitingMaterials((await app.repos.filings.findById(filing.id)) ?? filing, today)
  return viewById(app, filing.id, userId)
}

/**
 * The corrections a 补充材料 answer carries, checked against what the latest request asked
 * (checkCorrections, against the filing's own 备案地); undefined when none were asked and none sent.
 */
function correctionsOf(filing: FilingRecord, review: ReviewRecord | null, body: AddMaterialsBody) {
  const asked = review?.decision === 'REQUEST_MATERIALS' ? review.corrections : []
  if (asked.length === 0 && (body.contacts === undefined || Object.keys(body.contacts).length === 0)) return undefined
  const checked = checkCorrections(body.contacts, {
    asked,
    current: { phone1: filing.phone1, phone2: filing.phone2, addressAtDestination: filing.addressAtDestination },
    destination: findRegion(filing.destinationCity ?? filing.destinationProvince) ?? null,
    multiPlace: filing.multiPlace,
  })
  if (checked.ok) return checked.value
  const fields = Object.fromEntries(Object.entries(checked.fields).map(([field, message]) => [`contacts.${field}`, message]))
  if (checked.code === 'CORRECTION_NOT_ASKED') throw new AppError(400, 'CORRECTION_NOT_ASKED', checked.message, fields)
  throw new AppError(422, 'VALIDATION_FAILED', checked.message, fields)
}
