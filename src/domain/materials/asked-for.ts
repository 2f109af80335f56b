import type { MaterialCode, MaterialItem, MaterialSideKey } from './catalog'
import { MATERIALS } from './catalog'
import { WHOSE, type MaterialRequirement, type RequirementId } from './materials-for'
import { ANSWER_LABEL, isQuestionLine, whatWasAsked } from './what-was-asked'

/**
 * Other words a reviewer (or a person) uses for a material, beside its catalog name: the staff
 * console sends the catalog names for the boxes it ticks, and free lines ('身份证背面') for the rest.
 */
const ALSO_CALLED: Partial<Record<MaterialCode, readonly string[]>> = {
  MEDICAL_INSURANCE_QR: ['医保码'],
  ID_DOCUMENT: ['身份证', '证件'],
  SOCIAL_SECURITY_CARD: ['社保卡'],
  HOUSEHOLD_REGISTER: ['户口簿', '户口本'],
  RESIDENCE_PERMIT: ['居住证', '暂住证'],
  PROPERTY_CERTIFICATE: ['房产证', '不动产'],
  // A long-term filing's 户口簿 can only be a relative's (the 参保人's own is not a proof there).
  RELATIVE_HOUSEHOLD_REGISTER: ['户口簿', '户口本'],
  DISPATCH_LETTER: ['派出证明'],
  REMOTE_EMPLOYER_LETTER: ['单位证明'],
  LABOUR_CONTRACT: ['劳动合同', '工作合同'],
  STUDENT_PROOF: ['学生证', '学校证明'],
  REFERRAL_CERTIFICATE: ['转诊', '转院'],
  EMERGENCY_DIAGNOSIS: ['诊断证明'],
  OUTPATIENT_RECORD: ['病历'],
  ADMISSION_RECORD: ['入院记录'],
  AUTHORIZATION_LETTER: ['委托书'],
}

function wordsFor(code: MaterialCode): string[] {
  const name = MATERIALS[code].name
  return [name, name.replace(/（.*?）/g, ''), ...(ALSO_CALLED[code] ?? [])].filter((w) => w.length > 0)
}

/** A requirement the reviewer asked for in 待补充材料, and which of its documents. */
export interface AskedRequirement {
  /**
   * The requirement as the page shows it. When the reviewer named documents, its options are
   * those documents only, each needed, and its title no longer says （任选一种）.
   */
  requirement: MaterialRequirement
  /**
   * The documents named, in the requirement's order, each needed ([] when only a document that is
   * not photographed was named, e.g. 医保码: then any one option will do, as on the filing).
   */
  codes: readonly MaterialCode[]
  /** The line under the title: '工作人员要您补这 2 项，每一项都要拍' (null when any one will do). */
  askedLine: string | null
}

/** The words a reviewer asks for a photo with: 请补拍, 重拍, 补交 … */
const ASKING = /请?(补拍|补交|补充|补传|重拍|重新拍|重新上传|提供|上传|拍)/g

/**
 * The part of a line that says what it asks for: after the last asking word, when a document is
 * named there — '急诊诊断证明上看不清医院公章：请补拍入院记录' asks for the 入院记录, not the 诊断证明
 * it speaks of (a trial: both were demanded); else the whole line ('身份证背面', '诊断证明看不清，请重拍').
 */
function askedPart(line: string, named: (text: string) => boolean): string {
  let after = -1
  for (const m of line.matchAll(ASKING)) after = m.index + m[0].length
  const tail = after < 0 ? '' : line.slice(after)
  return tail && named(tail) ? tail : line
}

/** The requirements each line names: a line names one when it names one of its documents (in the part that asks, askedPart). */
function namedBy(requirements: readonly MaterialRequirement[], missingItems: readonly string[]): Map<RequirementId, Set<MaterialCode>> {
  const named = new Map<RequirementId, Set<MaterialCode>>()
  for (const whole of missingItems) {
    const byProxy = whole.includes('代办')
    const candidates = requirements.filter((r) => !(r.id === 'PROXY_IDENTITY' && !byProxy) && !(r.id === 'IDENTITY' && byProxy && requirements.some((x) => x.id === 'PROXY_IDENTITY')))
    const names = (text: string, code: MaterialCode) => wordsFor(code).some((w) => text.includes(w))
    const line = askedPart(whole, (text) => candidates.some((r) => r.oneOf.some((item) => names(text, item.code))))
    for (const r of candidates) {
      for (const item of r.oneOf) {
        if (names(line, item.code)) named.set(r.id, (named.get(r.id) ?? new Set()).add(item.code))
      }
    }
  }
  return named
}

/**
 * The numbers (1-based, in the request's order) of the lines of 待补充材料 that name no document of
 * the filing's (其他: '请说明这次是在哪里、怎么受的伤'): the person answers them in 给工作人员的说明
 * (or with a photo), so the page names them there. [] when every line names a document.
 */
export function linesNamingNothing(requirements: readonly MaterialRequirement[], missingItems: readonly string[]): number[] {
  return missingItems.flatMap((line, i) => (namedBy(requirements, [line]).size === 0 ? [i + 1] : []))
}

/**
 * 补充材料's place for a document the reviewer asked for in their own words, naming none of the
 * filing's documents (linesNamingNothing: 出院小结, 费用清单): its photo goes here as REQUESTED_OTHER,
 * with a note of what it is (a trial: 出院小结 was asked for, and the only places for its photo were
 * the filing's own documents, so staff saw it as 入院记录). Offered only on 补充材料, never when filing.
 */
export const REQUESTED_OTHER_REQUIREMENT: MaterialRequirement = {
  id: 'REQUESTED_OTHER',
  title: '工作人员要的其他材料',
  explanation: '要拍照的材料里，备案时没有的（比如出院小结），拍在这里，再写一下拍的是什么。',
  oneOf: [MATERIALS.REQUESTED_OTHER],
  commitmentInstead: false,
  citations: MATERIALS.REQUESTED_OTHER.citations,
}

/**
 * Materials given with a new filing (or a 变更) that belong to 补充材料 only (REQUESTED_OTHER): the
 * message for `materials` (422), or null when there are none. Codes as sent (MaterialCode).
 */
export function filingOnlyMaterialsProblem(codes: readonly MaterialCode[]): string | null {
  return codes.includes('REQUESTED_OTHER') ? `“${MATERIALS.REQUESTED_OTHER.name}”只在工作人员要补充材料时用，备案时请把这张照片拍在对应的材料下面` : null
}

/**
 * Which of the filing's requirements the reviewer asked for in 待补充材料, from the lines they
 * sent (missingItems): a line names a requirement when it names one of its documents. The 代办人's
 * own ID only when the line says 代办人 (a plain '身份证' is the insured person's). Lines that name
 * nothing known ask for nothing in particular: the page then offers every requirement.
 */
export function requirementsAskedFor(
  requirements: readonly MaterialRequirement[],
  missingItems: readonly string[],
): Set<RequirementId> {
  return new Set(namedBy(requirements, missingItems).keys())
}

/**
 * What the reviewer asked for, requirement by requirement, in the filing's order: a requirement
 * is usually any one of its documents (任选一种, SPEC §2), but documents the reviewer names are
 * each needed (一次性告知, 000 第五条: the person hands in what was listed), so the requirement is
 * narrowed to them and its title loses （任选一种）. [] when no line names a known document.
 */
export function materialsAskedFor(requirements: readonly MaterialRequirement[], missingItems: readonly string[]): AskedRequirement[] {
  const named = namedBy(requirements, missingItems)
  return requirements.flatMap((r): AskedRequirement[] => {
    const names = named.get(r.id)
    if (!names) return []
    const oneOf = r.oneOf.filter((item) => item.upload && names.has(item.code))
    if (oneOf.length === 0) return [{ requirement: r, codes: [], askedLine: null }]
    const askedLine = oneOf.length === 1 ? '工作人员要您补这一项' : `工作人员要您补这 ${oneOf.length} 项，每一项都要拍`
    return [{ requirement: { ...r, title: r.title.replace('（任选一种）', ''), oneOf }, codes: oneOf.map((item) => item.code), askedLine }]
  })
}

/**
 * The documents of an asked requirement not photographed yet (a document taken side by side
 * counts once each side that is not optional is there, as in missingMaterials; when no photo of it
 * says its side, as on the server, which keeps codes only, any photo of it counts). With no codes
 * (any one will do), [] as soon as one photo is there, else every option.
 */
export function askedStillToAdd(
  asked: AskedRequirement,
  uploads: readonly { purpose?: MaterialCode; side?: MaterialSideKey }[],
): MaterialItem[] {
  const has = (item: MaterialItem) => {
    const mine = uploads.filter((u) => u.purpose === item.code)
    if (!item.sides || mine.every((u) => u.side === undefined)) return mine.length > 0
    return item.sides.every((side) => side.optional || mine.some((u) => u.side === side.key))
  }
  if (asked.codes.length === 0) return uploads.length > 0 ? [] : [...asked.requirement.oneOf]
  return asked.requirement.oneOf.filter((item) => !has(item))
}

/** A photo sent as 补充材料: which material, its side when known, the card it was taken on when known. */
export interface SuppliedPhoto {
  purpose: MaterialCode
  side?: MaterialSideKey
  /** The requirement whose card took it (the page knows it; the server does not, and matches by material). */
  requirementId?: string
}

/**
 * The documents the reviewer named in 待补充材料 (missingItems, read by materialsAskedFor) that the
 * photos sent do not cover yet, in the filing's order: each named document is needed (一次性告知,
 * 000 第五条: the person hands in what was listed). Only documents the app can name block: a line
 * that names nothing known, or names only a document that is not photographed (医保码), asks for
 * no photo in particular, so it never holds the 补充材料 back.
 */
export function askedNotSupplied(
  requirements: readonly MaterialRequirement[],
  missingItems: readonly string[],
  photos: readonly SuppliedPhoto[],
): MaterialItem[] {
  return stillMissing(requirements, missingItems, photos).map((left) => left.item)
}

/** askedNotSupplied's documents, each with the requirement it is for. */
function stillMissing(
  requirements: readonly MaterialRequirement[],
  missingItems: readonly string[],
  photos: readonly SuppliedPhoto[],
): { id: RequirementId; item: MaterialItem }[] {
  return materialsAskedFor(requirements, missingItems).flatMap((asked) => {
    if (asked.codes.length === 0) return []
    const id = asked.requirement.id
    return askedStillToAdd(asked, photos.filter((p) => p.requirementId === undefined || p.requirementId === id)).map((item) => ({ id, item }))
  })
}

/**
 * The one check of 提交补充材料, on the page (before any request) and on the server
 * (POST /api/filings/:id/materials): every document the reviewer named has a photo (askedNotSupplied).
 * Otherwise the field error keyed `materials`, naming what is missing by its title as the page
 * shows it: '还差：入院记录。请拍好再提交。' (on a 代办 filing an ID says whose: '还差：代办人的有效身份证件。…').
 */
export function checkAskedSupplied(
  requirements: readonly MaterialRequirement[],
  missingItems: readonly string[],
  photos: readonly SuppliedPhoto[],
): { ok: true } | { ok: false; fields: { materials: string } } {
  // On a 代办 filing the same ID could be either person's: the name says whose, as the checklist did.
  const byProxy = requirements.some((r) => r.id === 'PROXY_IDENTITY')
  const left = stillMissing(requirements, missingItems, photos)
  if (left.length === 0) return { ok: true }
  const names = [...new Set(left.map(({ id, item }) => `${byProxy ? (WHOSE[id] ?? '') : ''}${item.name}`))]
  return { ok: false, fields: { materials: `还差：${names.join('、')}。请拍好再提交。` } }
}

/**
 * The requirements that are the 代办人's own papers, on a filing made for someone else (materialsFor
 * with byProxy: 代办人的身份证明 and the 授权委托书; 004 备注2, 002 第九条(一), SPEC 代办): only the proxy has them.
 */
export const PROXY_PAPERS: ReadonlySet<RequirementId> = new Set<RequirementId>(['PROXY_IDENTITY', 'AUTHORIZATION'])

/**
 * What a request for 补充材料 leaves to the 参保人 on a filing a family member made for him (read on
 * his own phone), from what the reviewer named (materialsAskedFor), the corrections asked and
 * whether some line names nothing to photograph (linesNamingNothing):
 * - 'OWN': nothing named is the 代办人's own papers: he can answer it all himself, as on any filing;
 * - 'NONE': only her own ID (代办人的身份证明) was asked: nothing is his to do, she adds it on her phone;
 * - 'HAND_TO_PROXY': her papers and something else, or the 授权委托书 (his signature is on it, 004
 *   备注2: 参保人本人签字): one answer must hold every named document (checkAskedSupplied, the
 *   server's check: 一次性告知, 000 第五条, the reviewer gets the set whole), and only she can
 *   photograph hers, so she sends it all; his documents and the letter he signs go to her (a
 *   photo, or the paper itself), and what is to be corrected or told, he tells her.
 * @param named what was asked, requirement by requirement (materialsAskedFor)
 * @param corrections the fields the reviewer asked to correct (review.corrections)
 * @param linesToExplain how many lines name nothing to photograph (linesNamingNothing(...).length)
 */
export function subjectsPart(
  named: readonly AskedRequirement[],
  corrections: readonly string[],
  linesToExplain: number,
): 'OWN' | 'NONE' | 'HAND_TO_PROXY' {
  const hers = named.filter((a) => PROXY_PAPERS.has(a.requirement.id))
  if (hers.length === 0) return 'OWN'
  const onlyHerId = hers.length === named.length && hers.every((a) => a.requirement.id === 'PROXY_IDENTITY')
  return onlyHerId && corrections.length === 0 && linesToExplain === 0 ? 'NONE' : 'HAND_TO_PROXY'
}

/**
 * The person's 说明 sent with 补充材料 (POST /api/filings/:id/materials `note`): several lines, at
 * most 200 characters, checked by checkText (the server's schema and the page use the same).
 */
export const REQUEST_NOTE_FIELD = { label: '补充说明', multiline: true } as const
export const REQUEST_NOTE_MAX = 200

/** Said when a request that listed documents to photograph gets no photo. */
export const PHOTOS_NEEDED_MESSAGE = '请先拍照上传要补的材料，再提交'
/** Said when a request whose lines name nothing to photograph gets neither a photo nor a 说明. */
export const PHOTO_OR_NOTE_MESSAGE = '请拍照上传要补的材料，或者在“给工作人员的说明”里写清楚，再提交'
/** Said when a request that only asks a question (whatWasAsked: QUESTION) gets no answer: the box is 您的回答. */
export const ANSWER_NEEDED_MESSAGE = `请在“${ANSWER_LABEL}”里写好，再提交`

/** Said when a question of the reviewer's is left unanswered beside other lines: the box is 给工作人员的说明. */
export const QUESTION_IN_NOTE_MESSAGE = '请在“给工作人员的说明”里回答审核员的问题，再提交'
/** Said when documents named have no photo and a question is left unanswered too. */
export const PHOTOS_AND_ANSWER_MESSAGE = '请拍照上传要补的材料，并在“给工作人员的说明”里回答审核员的问题，再提交'

/**
 * The numbers (1-based, in the request's order) of the lines of 待补充材料 that are questions to
 * answer in words: they name no document of the filing's (linesNamingNothing) and are written as a
 * question (isQuestionLine: '请说明张建华为什么去阳江？'). [] when none.
 */
export function questionsToAnswer(requirements: readonly MaterialRequirement[], missingItems: readonly string[]): number[] {
  return linesNamingNothing(requirements, missingItems).filter((n) => isQuestionLine(missingItems[n - 1]))
}

/**
 * Whether a 补充材料 answer gives the reviewer something for the lines of the request (000 第五条
 * 一次性告知; missingItems): the documents the lines name are photographed (askedNotSupplied says
 * which are still to come; a line that names a document asks for its photo); a question
 * (questionsToAnswer: '请说明这次是在哪里、怎么受的伤？') is answered in words, in the person's 说明 —
 * a photo sent for another line is no answer to it (a trial: a daughter sent her ID for one line,
 * and the reviewer's question went back unanswered); other lines that name nothing to photograph
 * (照片看不清，请重新拍, or the 医保码) are answered by a photo or by the 说明 (a trial: a reviewer's
 * 其他 line had no field to answer it in, and a photo was demanded). A request of corrections
 * alone (no lines) is answered by them (checkCorrections).
 * @param photos how many photos the answer sends
 * @param note the person's 说明 (POST /api/filings/:id/materials `note`), null or blank when none
 * @param corrections the fields the request also asked to correct (review.corrections); with none,
 *   a request of questions only is answered in 您的回答 and says so (ANSWER_NEEDED_MESSAGE)
 * @returns null when answered, else what to do, in plain Chinese
 */
export function unansweredRequest(
  requirements: readonly MaterialRequirement[],
  missingItems: readonly string[],
  photos: number,
  note: string | null,
  corrections: readonly string[] = [],
): string | null {
  if (missingItems.length === 0) return null
  const said = note !== null && note.trim() !== ''
  const photosNeeded = photos === 0 && materialsAskedFor(requirements, missingItems).some((a) => a.codes.length > 0)
  if (!said && questionsToAnswer(requirements, missingItems).length > 0) {
    if (whatWasAsked({ missingItems, corrections }) === 'QUESTION') return ANSWER_NEEDED_MESSAGE
    return photosNeeded ? PHOTOS_AND_ANSWER_MESSAGE : QUESTION_IN_NOTE_MESSAGE
  }
  if (photos > 0) return null
  if (photosNeeded) return PHOTOS_NEEDED_MESSAGE
  return said ? null : PHOTO_OR_NOTE_MESSAGE
}
