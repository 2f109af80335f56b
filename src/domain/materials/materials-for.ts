import { cite, uniqueCitations, type Citation } from '@/domain/citation'
import { FILING_TYPE_INFO, isLongTerm, type FilingType } from '@/domain/filing-types'
import { MATERIALS, type MaterialCode, type MaterialItem, type MaterialSideKey } from './catalog'

export type RequirementId =
  | 'IDENTITY'
  | 'RESETTLEMENT_PROOF'
  | 'RESIDENCE_PROOF'
  | 'WORK_PROOF'
  | 'REFERRAL_PROOF'
  | 'EMERGENCY_PROOF'
  | 'PROXY_IDENTITY'
  | 'AUTHORIZATION'
  | 'REQUESTED_OTHER'

/** One thing to hand in: any one of its options will do. */
export interface MaterialRequirement {
  id: RequirementId
  title: string
  explanation: string
  oneOf: readonly MaterialItem[]
  /** A signed 个人承诺书 may be given instead (承诺制, 002 第八条(一)-(三)). */
  commitmentInstead: boolean
  citations: readonly Citation[]
  /**
   * Set by missingMaterials when the requirement lacks only a side of a document photographed
   * side by side: what to name in 还缺 ('有效身份证件的正面（有照片的一面）').
   */
  stillNeeds?: string
}

export interface MaterialsList {
  type: FilingType
  requirements: readonly MaterialRequirement[]
  /** Whether a 个人承诺书 may replace the proof for this filing. */
  commitmentAllowed: boolean
  /** Plain notes to show with the list. */
  notes: readonly string[]
  citations: readonly Citation[]
}

export interface MaterialsOptions {
  /** A long-term filing in several places at once (多地备案): real proof only (002 第十一条). */
  multiPlace?: boolean
  /** Someone files for the insured person (代办): their own ID plus an authorisation (SPEC §2). */
  byProxy?: boolean
  /** Months a commitment-based filing cannot be changed or cancelled: a profile setting (SPEC §5), 6 by default. */
  commitmentLockMonths?: number
}

const pick = (...codes: MaterialCode[]): MaterialItem[] => codes.map((c) => MATERIALS[c])

const IDENTITY: Omit<MaterialRequirement, 'commitmentInstead'> = {
  id: 'IDENTITY',
  title: '参保人的身份证明（任选一种）',
  explanation: '证明您的身份（参保人本人）。',
  oneOf: pick('MEDICAL_INSURANCE_QR', 'ID_DOCUMENT', 'SOCIAL_SECURITY_CARD'),
  citations: [cite('JS_2022', '第八条'), cite('JX_2023', '清单 备注1')],
}

/** The proof beyond identity, per type (SPEC §2 table); null when identity is enough. */
const PROOF: Readonly<Record<FilingType, Omit<MaterialRequirement, 'commitmentInstead'> | null>> = {
  RETIRED_RESETTLED: {
    id: 'RESETTLEMENT_PROOF',
    title: '户口已迁到外地的证明',
    explanation: '证明您退休后户口已经落在养老的地方。',
    oneOf: pick('HOUSEHOLD_REGISTER'),
    citations: [cite('JS_2022', '第八条(一)')],
  },
  LONG_TERM_RESIDENT: {
    id: 'RESIDENCE_PROOF',
    title: '在外地长住的证明（任选一种）',
    explanation: '证明您在外地住下来了。',
    oneOf: pick('RESIDENCE_PERMIT', 'PROPERTY_CERTIFICATE', 'RELATIVE_HOUSEHOLD_REGISTER'),
    citations: [cite('JS_2022', '第八条(二)'), cite('JX_2017', '第三条')],
  },
  STATIONED_WORKER: {
    id: 'WORK_PROOF',
    title: '在外地工作或上学的证明（任选一种）',
    explanation: '证明您在外地工作，或是在外地上学、实习的学生。',
    oneOf: pick('DISPATCH_LETTER', 'REMOTE_EMPLOYER_LETTER', 'LABOUR_CONTRACT', 'STUDENT_PROOF'),
    citations: [cite('JS_2022', '第八条(三)'), cite('YJ_2021', '第五条(三)')],
  },
  REFERRAL: {
    id: 'REFERRAL_PROOF',
    title: '医院开的转诊转院证明',
    explanation: '证明是医院让您转到外地治疗。',
    oneOf: pick('REFERRAL_CERTIFICATE'),
    citations: [cite('JS_2022', '第八条(四)'), cite('JS_2022', '通知 二')],
  },
  OTHER_TEMPORARY: null,
  EMERGENCY: {
    id: 'EMERGENCY_PROOF',
    title: '急诊住院的材料（任选一种）',
    explanation: '证明您是突发急病、急诊住的院。要写明急诊病情，并盖有医院公章。',
    oneOf: pick('EMERGENCY_DIAGNOSIS', 'OUTPATIENT_RECORD', 'ADMISSION_RECORD'),
    citations: [cite('GX_LIUJIANG', '申请材料'), cite('JX_2017', '第八条')],
  },
}

const PROXY: readonly MaterialRequirement[] = [
  {
    id: 'PROXY_IDENTITY',
    title: '代办人自己的身份证明（任选一种）',
    explanation: '替家人办理时，还要证明您是谁。',
    oneOf: pick('ID_DOCUMENT', 'SOCIAL_SECURITY_CARD'),
    commitmentInstead: false,
    citations: [cite('GX_LIUJIANG', '申请材料'), cite('JX_2023', '清单 备注2'), cite('JS_2022', '第九条(一)')],
  },
  {
    id: 'AUTHORIZATION',
    title: '授权委托书',
    explanation: '参保人本人签字同意由您代办。',
    oneOf: pick('AUTHORIZATION_LETTER'),
    commitmentInstead: false,
    citations: [cite('GX_LIUJIANG', '申请材料'), cite('JX_2023', '清单 备注2')],
  },
]

const MULTI_PLACE = cite('JS_2022', '第十一条')

/** materialsFor's requirements, without its notes and citations (missingMaterials needs only these). */
function requirementsFor(type: FilingType, options: MaterialsOptions): { multiPlace: boolean; commitmentAllowed: boolean; requirements: MaterialRequirement[] } {
  const multiPlace = options.multiPlace === true && isLongTerm(type)
  const commitmentAllowed = FILING_TYPE_INFO[type].commitmentAllowed && !multiPlace
  const requirements: MaterialRequirement[] = [{ ...IDENTITY, commitmentInstead: false }]
  const proof = PROOF[type]
  if (proof) requirements.push({ ...proof, commitmentInstead: commitmentAllowed })
  if (options.byProxy) requirements.push(...PROXY)
  return { multiPlace, commitmentAllowed, requirements }
}

/**
 * What a filing of this type needs (SPEC §2): identity proof always, the type's proof (any one
 * option), whether a 个人承诺书 may replace that proof, and the proxy's papers when filing for
 * someone else. A long-term filing in several places needs real proof, never a commitment (002 第十一条).
 */
export function materialsFor(type: FilingType, options: MaterialsOptions = {}): MaterialsList {
  const { multiPlace, commitmentAllowed, requirements } = requirementsFor(type, options)
  const proof = PROOF[type]

  const notes: string[] = []
  if (commitmentAllowed) {
    const months = options.commitmentLockMonths ?? 6
    notes.push(`手头没有证明材料的，可以签一份个人承诺书代替。但用承诺书办的，要满 ${months} 个月才能变更或取消备案。`)
  }
  if (multiPlace) notes.push('在几个地方同时备案，不能用承诺书，必须交真实的证明材料。')
  if (type === 'OTHER_TEMPORARY') notes.push('只要身份证明就能办，不用别的材料。')

  const citations: Citation[] = [...IDENTITY.citations]
  if (proof) citations.push(...proof.citations)
  if (commitmentAllowed) citations.push(cite('JS_2022', '第十条'))
  if (multiPlace) citations.push(MULTI_PLACE)
  if (type === 'OTHER_TEMPORARY') citations.push(cite('JS_2022', '第八条(六)'))
  if (options.byProxy) citations.push(...PROXY[0].citations)
  return { type, requirements, commitmentAllowed, notes, citations: uniqueCitations(citations) }
}

/** What a person has handed in so far. */
export interface MaterialsGiven {
  items: readonly MaterialCode[]
  /** The 个人承诺书 is signed (承诺制). */
  commitmentSigned?: boolean
  /**
   * The sides photographed of a document taken side by side (身份证 正面/反面). When given, such a
   * document counts only with every side that is not optional (the 正面; the 反面 may be left out).
   * The server checks codes only.
   */
  sides?: Partial<Record<MaterialCode, readonly MaterialSideKey[]>>
}

/** What the photos of a draft give: their codes, and the sides of the documents taken side by side. */
export function givenFromUploads(uploads: readonly { purpose: MaterialCode; side?: MaterialSideKey }[]): Pick<MaterialsGiven, 'items' | 'sides'> {
  const sides: Partial<Record<MaterialCode, MaterialSideKey[]>> = {}
  for (const u of uploads) if (u.side) sides[u.purpose] = [...(sides[u.purpose] ?? []), u.side]
  return { items: uploads.map((u) => u.purpose), sides }
}

/**
 * Every requirement still missing, all at once (一次性告知, 000 第五条; 001 办理流程),
 * so the person can gather everything in one go. Empty when nothing is missing.
 */
export function missingMaterials(
  type: FilingType,
  given: MaterialsGiven,
  options: MaterialsOptions = {},
): MaterialRequirement[] {
  // The requirements only: materialsFor's notes and citations were ~1 % of a filing's CPU on the server (issue 15).
  const { requirements } = requirementsFor(type, options)
  const have = new Set(given.items)
  const lacking = (item: MaterialItem) =>
    item.sides && given.sides
      ? item.sides.filter((side) => !side.optional && !(given.sides?.[item.code] ?? []).includes(side.key))
      : []
  const complete = (item: MaterialItem) => have.has(item.code) && lacking(item).length === 0
  return requirements
    .filter((r) => !r.oneOf.some(complete) && !(r.commitmentInstead && given.commitmentSigned === true))
    .map((r) => {
      // Only a side short: name it, not the whole requirement.
      const half = r.oneOf.find((item) => have.has(item.code) && lacking(item).length > 0)
      return half ? { ...r, stillNeeds: lacking(half).map((side) => `${half.name}的${side.label}`).join('、') } : r
    })
}

/** One box of 要求补充材料's checklist: `label` is the words the person is sent (missingItems). */
export interface RequestableMaterial {
  /** Unique in the list: the requirement and the material (the same ID may be the member's or the proxy's). */
  key: string
  code: MaterialCode
  label: string
}

/** Whose an ID is, where it could be either person's on a 代办 filing (参保人的 / 代办人的). */
export const WHOSE: Partial<Record<RequirementId, string>> = { IDENTITY: '参保人的', PROXY_IDENTITY: '代办人的' }

/**
 * What a reviewer may ask for on a filing of this type (要求补充材料, 一次性告知): the uploadable
 * options of its requirements (materialsFor), the type's own proof first, then identity, then for a
 * 代办 filing the proxy's papers — where the same ID could be either person's, the label says whose
 * (参保人的 / 代办人的). Nothing from another type (学生证 for an emergency) or from 实人认证; anything
 * else is the reviewer's free text. The server takes missingItems as free text and needs only one.
 */
export function requestableMaterials(type: FilingType, options: Pick<MaterialsOptions, 'byProxy'> = {}): RequestableMaterial[] {
  const { requirements } = materialsFor(type, options)
  const papers: readonly RequirementId[] = ['IDENTITY', 'PROXY_IDENTITY', 'AUTHORIZATION']
  const ordered = [...requirements.filter((r) => !papers.includes(r.id)), ...requirements.filter((r) => papers.includes(r.id))]
  return ordered.flatMap((r) =>
    r.oneOf
      .filter((item) => item.upload)
      .map((item) => ({ key: `${r.id}:${item.code}`, code: item.code, label: `${options.byProxy ? (WHOSE[r.id] ?? '') : ''}${item.name}` })),
  )
}
