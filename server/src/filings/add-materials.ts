// 补充材料 (SPEC §6): materials added to a filing staff sent back for them.
import { type AddMaterialsBody, type FilingView } from '@/domain/filings'
import { checkAskedSupplied, materialsFor } from '@/domain/materials'
import { validationFailed } from '@server/errors'
import { chinaToday } from '@/domain/time/china-date'
import { visibleFiling } from './change-filing'
import { type FilingContext, orNull, ownUploads, viewById } from './filing-common'
import { notAwaitingMaterials } from './filing-errors'
import { withNotes } from './create-filing'

/** The person's timeline note when materials come; `${MATERIALS_ADDED_NOTE}：…` with what they wrote. */
export const MATERIALS_ADDED_NOTE = '已补充材料'

/**
 * POST /api/filings/:id/materials — the materials staff asked for (一次性告知), added while the
 * filing waits for them; it goes back to review. Notes on them where a material asks for one
 * (房产证 owner …) are checked as when filing (checkMaterialNotes, 422 naming `materialNotes`).
 * Every document the reviewer named must have a photo, by the page's own check (checkAskedSupplied:
 * 422 naming `materials`, '还差：入院记录。请拍好再提交。'); lines naming nothing known do not block.
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
  const supplied = checkAskedSupplied(materialsFor(filing.type, { byProxy }).requirements, details?.review?.missingItems ?? [], uploads)
  if (!supplied.ok) throw validationFailed(422, supplied.fields)
  const notes = Object.fromEntries(uploads.flatMap((u) => (u.note === null ? [] : [[u.id, u.note]])))
  const note = orNull(body.note)
  const added = await app.repos.filings.addMaterials(
    filing.id,
    {
      materialIds: uploads.map((u) => u.id),
      notes,
      fromStatus: 'NEEDS_MATERIALS',
      toStatus: 'UNDER_REVIEW',
      note: note === null ? MATERIALS_ADDED_NOTE : `${MATERIALS_ADDED_NOTE}：${note}`,
    },
    now,
  )
  if (!added) throw notAwaitingMaterials((await app.repos.filings.findById(filing.id)) ?? filing, today)
  return viewById(app, filing.id, userId)
}
