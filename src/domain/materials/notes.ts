import { checkText } from '@/domain/validation/check-text'
import { MATERIALS, type MaterialCode, type MaterialNote } from './catalog'

/** The longest note on a material, in characters: a name and a relation fit several times over. */
export const MATERIAL_NOTE_MAX = 50

/** A material given with a filing: the upload's id and which material it is. */
export interface GivenMaterial {
  id: string
  purpose: MaterialCode
}

/**
 * Checks the notes written on a filing's materials (issue 13 item 11: a 房产证 whose owner is a
 * relative says who the owner is; JS_2022 第八条(二), JX_2017 第三条 accept a relative's 房产证 or
 * 户口簿 as proof of living there, so staff must see the relation).
 *
 * `notes` maps an upload id to the note typed for it; `materials` are the filing's materials.
 * Answers the notes to store, trimmed, empty ones dropped (`{ [uploadId]: note }`), or the
 * field errors keyed `materialNotes` (one message, plain Chinese, saying what to do):
 * - a note for an upload that is not among the materials;
 * - a note on a material that asks for none (only those with `MATERIALS[code].note`);
 * - longer than MATERIAL_NOTE_MAX characters (counted as code points);
 * - not plain one-line text (checkText: line breaks, invisible characters, `<` `>`).
 */
export function checkMaterialNotes(
  notes: Readonly<Record<string, string>>,
  materials: readonly GivenMaterial[],
): { ok: true; notes: Record<string, string> } | { ok: false; fields: { materialNotes: string } } {
  const byId = new Map(materials.map((m) => [m.id, m]))
  const kept: Record<string, string> = {}
  for (const [id, raw] of Object.entries(notes)) {
    const material = byId.get(id)
    if (!material) return refuse('有一条备注对应的材料不在这次提交的材料里，请重新填写备注')
    const note = MATERIALS[material.purpose].note
    if (!note) return refuse(`${MATERIALS[material.purpose].name}不用写备注，请删掉这条备注`)
    const text = raw.trim()
    if (text === '') continue
    if ([...text].length > MATERIAL_NOTE_MAX) return refuse(`“${note.label}”最多写 ${MATERIAL_NOTE_MAX} 个字，请写短一些`)
    const checked = checkText(text, { label: `“${note.label}”`, noAngleBrackets: true })
    if (!checked.ok) return refuse(checked.message)
    kept[id] = text
  }
  return { ok: true, notes: kept }
}

function refuse(message: string): { ok: false; fields: { materialNotes: string } } {
  return { ok: false, fields: { materialNotes: message } }
}

/**
 * A material's words (its explanation, photo tips, a requirement's explanation) for who reads them:
 * the catalog speaks to the insured person (证明您在外地住下来了); filing for someone else
 * (`subjectName`), every 您 becomes their name (证明王秀英在外地住下来了). Null or empty: as it is.
 */
export function aboutSubject(text: string, subjectName: string | null | undefined): string {
  return subjectName ? text.split('您').join(subjectName) : text
}

/**
 * A material's note field (`MATERIALS[code].note`) worded for who fills it in. The catalog speaks
 * to the insured person (房主是您的什么人); a daughter filing for her father reads 您 as herself,
 * so for someone else (`subjectName`, e.g. '李建国') every 您 becomes the name: '房主是李建国的什么人',
 * '房主不是李建国本人的，写一下房主的姓名和是李建国的什么人，如“王丽，女儿”'. `subjectName` null or
 * empty (filing for oneself): the note as it is. The server's messages keep the catalog's label.
 */
export function noteFor(note: MaterialNote, subjectName: string | null | undefined): MaterialNote {
  if (!subjectName) return note
  return { ...note, label: aboutSubject(note.label, subjectName), hint: aboutSubject(note.hint, subjectName) }
}
