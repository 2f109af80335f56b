import type { Citation } from '@/domain/citation'

/**
 * Policy profiles: the rules that differ between insured places (参保地), as data.
 * Every setting carries its citations and a plain-Chinese sentence the app can show, and says
 * whether it is the region's own rule ('REGIONAL') or the product's default ('DEFAULT').
 * Profiles are plain JSON-serialisable objects: `GET /api/policy-profiles/:regionCode` returns one.
 */

export type SettingScope = 'REGIONAL' | 'DEFAULT'

/**
 * Said with the 依据 of a 'DEFAULT' setting, so nobody reads another city's documents as their
 * own 参保地's rule (a person insured in 哈尔滨 shown a 柳江区 guide).
 */
export const DEFAULT_SCOPE_NOTE =
  '参保地自己的规定，这里还没有收录。下面是从这些文件里取的一般做法，不一定和参保地的规定一样；请向参保地（交医保的地方）的医保经办机构问清楚。'

/**
 * Heads the documents of a 'DEFAULT' rule's 依据 that do bind the 参保地 (national rules and its
 * own province's or city's, `citationsByPlace`), listed before DEFAULT_SCOPE_NOTE and the other
 * places' documents under it.
 */
export const APPLYING_DOCS_HEADING = '全国通用的和参保地自己的文件：'

interface SettingBase {
  scope: SettingScope
  /** Plain Chinese, for people. */
  text: string
  citations: readonly Citation[]
}

export const EMERGENCY_MODES = {
  WINDOW: 'WINDOW',
  BEFORE_DISCHARGE: 'BEFORE_DISCHARGE',
  DEEMED_FILED: 'DEEMED_FILED',
} as const
export type EmergencyMode = (typeof EMERGENCY_MODES)[keyof typeof EMERGENCY_MODES]

/** How an emergency admission gets filed (SPEC §6). */
export type EmergencyPolicy =
  /** Within N working days of admission; the admission day does not count. */
  | (SettingBase & { mode: 'WINDOW'; workingDays: number })
  /** Any time before discharge settlement; statutory holidays extend it (003 第六条). */
  | (SettingBase & { mode: 'BEFORE_DISCHARGE'; holidaysExtend: boolean })
  /** Treated as already filed, nothing to do (002 第八条(五), 第三十七条). */
  | (SettingBase & { mode: 'DEEMED_FILED' })

/** A long-term filing made on a personal commitment may be changed or cancelled only after this (SPEC §5). */
export type CommitmentLockPolicy = SettingBase & { months: number }

/** How long the long-term types last (SPEC §4). */
export type LongTermValidityPolicy =
  /** Until changed or cancelled (002 第十条). */
  | (SettingBase & { kind: 'OPEN_ENDED' })
  /** By the term of the residence permit / dispatch letter, when one is given; open-ended for the listed types (003 第九条(一)-(三)). */
  | (SettingBase & { kind: 'DOCUMENT_TERM'; openEndedTypes: readonly string[] })

/**
 * How long a temporary filing (OTHER_TEMPORARY; REFERRAL unless set apart) lasts: at least
 * `minMonths` (002 第十条), and one filing ends at most `maxMonths` after its start. The policies
 * set no maximum: `maxMonthsBasis` says whether the maximum is the region's own rule or the
 * product's choice (a stay longer than that is a long-term case, or a new filing when it ends).
 */
export type TemporaryValidityPolicy = SettingBase & {
  minMonths: number
  maxMonths: number
  maxMonthsBasis: 'REGIONAL' | 'PRODUCT_CHOICE'
  /** Plain Chinese for the maximum, saying where it comes from. */
  maxText: string
}

/** How long a referral filing lasts (SPEC §4). */
export type ReferralValidityPolicy =
  | (SettingBase & { kind: 'MIN_MONTHS'; months: number })
  /** A fixed number of days, open-ended for the listed conditions (003 第九条(四)). */
  | (SettingBase & { kind: 'DAYS'; days: number; openEndedConditions: readonly ReferralCondition[] })

export const REFERRAL_CONDITIONS = {
  MALIGNANT_TUMOUR: '恶性肿瘤',
  POST_TRANSPLANT: '器官移植术后',
  HEMIPLEGIA_LONG_STAY: '偏瘫导致长期住院',
} as const
export type ReferralCondition = keyof typeof REFERRAL_CONDITIONS

/** Cuts to the basic-insurance payment ratio, in percentage points (SPEC §8). */
export type ReductionSituation = 'FILED' | 'REFERRAL_OR_EMERGENCY' | 'NOT_FILED' | 'LATE'
/** Where the stay is, seen from the insured place: inside its province (outside the city pool) or outside. */
export type ReductionScope = 'IN_PROVINCE' | 'OUT_OF_PROVINCE'
/** Which temporary kind, when the cut differs (Jiangsu: referral ≤5, emergency none). */
export type ReductionKind = 'REFERRAL' | 'EMERGENCY'

/** How many points: one figure, or one per scope, or one per kind. */
export type ReductionPoints =
  | { by: 'FLAT'; points: number }
  | { by: 'SCOPE'; IN_PROVINCE: number; OUT_OF_PROVINCE: number }
  | { by: 'KIND'; REFERRAL: number; EMERGENCY: number }

export interface ReductionRule {
  basic: ReductionPoints
  /** 'AT_MOST' when the source says 不超过 (the insured place may cut less). */
  bound: 'EXACT' | 'AT_MOST'
  /** Cut to 大病保险 / 补充医疗保险 ratios, when the source gives one (003 第十条). */
  seriousIllnessPoints?: number
  text: string
  citations: readonly Citation[]
}

export type ReductionPolicy =
  | { known: true; scope: 'REGIONAL'; rules: Readonly<Record<ReductionSituation, ReductionRule>> }
  | { known: false; scope: 'DEFAULT'; text: string; citations: readonly Citation[] }

/**
 * Who counts as 异地安置退休人员 where the 户口 (户籍) has not moved to the place settled in (SPEC §1):
 * - `HUKOU_MOVED`: the 户口 must have moved there (003 第五条(一): 退休后在异地定居并且户籍迁入定居地;
 *   004 异地安置退休人员备案 事项描述); a retiree whose 户口 stayed files as `otherwise`.
 * - `HUKOU_OR_COMMITMENT`: the 异地安置认定材料 are the 户口簿首页 and 常住人口登记卡, or the
 *   个人承诺书 in their place (002 第八条(一)), so a 户口 not moved may be signed for instead.
 * `otherwise` is the type that fits a retiree living there with the 户口 not moved (the guided
 * chooser's 没有迁 → 住半年以上: 异地长期居住人员, 003 第五条(二)).
 */
export type ResettlementPolicy = SettingBase & {
  requires: 'HUKOU_MOVED' | 'HUKOU_OR_COMMITMENT'
  otherwise: 'LONG_TERM_RESIDENT'
}

export type ProfileId = 'DEFAULT' | 'GUANGXI' | 'LIUJIANG' | 'JIANGSU' | 'YANGJIANG' | 'JIANGXI'

/**
 * 补办 during a stay: whether a person already admitted in another place may still file and get
 * direct settlement, and until when (002 通知 二: 允许参保人员在出院结算前补办异地就医备案并享受直接结算服务;
 * 002 第二十五条). `UNTIL_DISCHARGE_SETTLEMENT`: any time before the discharge is settled, the filing
 * starting on the admission day (004 表8 温馨提示5). After settlement: 零星报销 (manual claim).
 */
export type DuringStayPolicy = SettingBase & { allowed: boolean; until: 'DISCHARGE_SETTLEMENT' }

/**
 * How long the insured place's agency has to decide a filing sent for review (SPEC §6 Review):
 * `workingDays` after the day of receipt (001 办理流程 审查与决定; 002 第九条(二)).
 */
export type ReviewPolicy = SettingBase & { workingDays: number }

export interface PolicyProfile {
  id: ProfileId
  /** Who it applies to, for people: '广西壮族自治区参保人员'. */
  name: string
  /** GB/T 2260 code prefix of the insured places it covers; null for the national default. */
  regionPrefix: string | null
  /** The documents the profile is drawn from. */
  basis: readonly Citation[]
  emergency: EmergencyPolicy
  commitmentLock: CommitmentLockPolicy
  longTermValidity: LongTermValidityPolicy
  temporaryValidity: TemporaryValidityPolicy
  referralValidity: ReferralValidityPolicy
  duringStay: DuringStayPolicy
  review: ReviewPolicy
  reductions: ReductionPolicy
  resettlement: ResettlementPolicy
}
