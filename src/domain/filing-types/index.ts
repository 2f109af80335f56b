import { cite, type Citation } from '@/domain/citation'

/** The six filing types (人员类别), SPEC §1. Codes are what code and the API use. */
export const FILING_TYPES = {
  RETIRED_RESETTLED: 'RETIRED_RESETTLED',
  LONG_TERM_RESIDENT: 'LONG_TERM_RESIDENT',
  STATIONED_WORKER: 'STATIONED_WORKER',
  REFERRAL: 'REFERRAL',
  OTHER_TEMPORARY: 'OTHER_TEMPORARY',
  EMERGENCY: 'EMERGENCY',
} as const

export type FilingType = (typeof FILING_TYPES)[keyof typeof FILING_TYPES]

/** All six, in the order the product lists them (long-term first, as in SPEC §1 and 004 items 11-15). */
export const FILING_TYPE_LIST: readonly FilingType[] = Object.values(FILING_TYPES)

/** The two families: 长期异地居住 and 临时外出就医 (SPEC §1). */
export const FILING_FAMILIES = {
  LONG_TERM: 'LONG_TERM',
  TEMPORARY: 'TEMPORARY',
} as const

export type FilingFamily = (typeof FILING_FAMILIES)[keyof typeof FILING_FAMILIES]

/** Which family each type belongs to (SPEC §1; 002 附件1 告知事项 names the three long-term types). */
export const FILING_FAMILY: Readonly<Record<FilingType, FilingFamily>> = {
  RETIRED_RESETTLED: 'LONG_TERM',
  LONG_TERM_RESIDENT: 'LONG_TERM',
  STATIONED_WORKER: 'LONG_TERM',
  REFERRAL: 'TEMPORARY',
  OTHER_TEMPORARY: 'TEMPORARY',
  EMERGENCY: 'TEMPORARY',
}

/** Family names as a person reads them. */
export const FILING_FAMILY_NAMES: Readonly<Record<FilingFamily, string>> = {
  LONG_TERM: '长期异地居住人员',
  TEMPORARY: '临时外出就医人员',
}

/**
 * How long a filing lasts, by kind (SPEC §4). The exact lengths are profile settings
 * (e.g. Yangjiang referral 90 days); this only says which shape the form takes.
 * - OPEN_ENDED: no end date, lasts until changed or cancelled (002 第十条).
 * - DATED: the person gives start and end dates (临时外出就医, 002 第十条: at least 6 months).
 * - THIS_ADMISSION: valid for the one hospital stay, from the admission date (003 第九条(五)).
 */
export type ValidityKind = 'OPEN_ENDED' | 'DATED' | 'THIS_ADMISSION'

export interface FilingTypeInfo {
  code: FilingType
  /** The official name, as on the forms (004 items 11-15; 003 第五条). */
  officialName: string
  /** One plain sentence: who this is for. */
  explanation: string
  family: FilingFamily
  /** 即时办结: the result is known as soon as the form is sent (SPEC §7; 004 items 11-15). */
  instant: boolean
  /** Whether the person gives an end date (备案起止时间 on 004 表8). */
  hasEndDate: boolean
  validity: ValidityKind
  /** Whether a 个人承诺书 may replace the proof material (002 第八条(一)-(三)). */
  commitmentAllowed: boolean
  citations: readonly Citation[]
}

const INSTANT = cite('JX_2023', '清单 四、子项11-15 即时办结')

/** Everything the product says about each type (SPEC §1, §2, §4, §7). */
export const FILING_TYPE_INFO: Readonly<Record<FilingType, FilingTypeInfo>> = {
  RETIRED_RESETTLED: {
    code: 'RETIRED_RESETTLED',
    officialName: '异地安置退休人员',
    explanation: '退休后户口迁到外地、在外地养老定居的人。',
    family: 'LONG_TERM',
    instant: true,
    hasEndDate: false,
    validity: 'OPEN_ENDED',
    commitmentAllowed: true,
    citations: [cite('YJ_2021', '第五条(一)'), cite('JX_2023', '清单 子项11'), cite('JS_2022', '第十条'), INSTANT],
  },
  LONG_TERM_RESIDENT: {
    code: 'LONG_TERM_RESIDENT',
    officialName: '异地长期居住人员',
    explanation: '户口没迁，但在外地连续住半年以上的人，比如跟着子女在外地生活。',
    family: 'LONG_TERM',
    instant: true,
    hasEndDate: false,
    validity: 'OPEN_ENDED',
    commitmentAllowed: true,
    citations: [cite('YJ_2021', '第五条(二)'), cite('JX_2023', '清单 子项12'), cite('JS_2022', '第十条'), INSTANT],
  },
  STATIONED_WORKER: {
    code: 'STATIONED_WORKER',
    officialName: '常驻异地工作人员',
    explanation: '被单位派到外地连续工作半年以上的人；在外地分校上学、实习，或放假、休学回老家的学生也算，不受半年限制。',
    family: 'LONG_TERM',
    instant: true,
    hasEndDate: false,
    validity: 'OPEN_ENDED',
    commitmentAllowed: true,
    citations: [cite('YJ_2021', '第五条(三)'), cite('JX_2023', '清单 子项13'), cite('JS_2022', '第十条'), INSTANT],
  },
  REFERRAL: {
    code: 'REFERRAL',
    officialName: '异地转诊人员',
    explanation: '看病的医院开了转诊（转院）证明，要转到外地医院去治疗的人。',
    family: 'TEMPORARY',
    instant: true,
    hasEndDate: true,
    validity: 'DATED',
    commitmentAllowed: false,
    citations: [
      cite('YJ_2021', '第五条(四)'),
      cite('JX_2023', '清单 子项14'),
      cite('JX_2017', '第四条'),
      cite('JS_2022', '第十条'),
      INSTANT,
    ],
  },
  OTHER_TEMPORARY: {
    code: 'OTHER_TEMPORARY',
    officialName: '其他临时外出就医人员',
    explanation: '没有医院转诊，自己决定去外地看病的人。',
    family: 'TEMPORARY',
    instant: true,
    hasEndDate: true,
    validity: 'DATED',
    commitmentAllowed: false,
    citations: [cite('JX_2023', '清单 子项15'), cite('JS_2022', '第八条(六)'), cite('JS_2022', '第十条'), INSTANT],
  },
  EMERGENCY: {
    code: 'EMERGENCY',
    officialName: '异地急诊（抢救）人员',
    explanation: '出门在外（旅游、探亲、出差，离家不超过 3 个月）突然得了急病，在当地急诊住院的人。',
    family: 'TEMPORARY',
    // Emergency filings are checked by staff (审查与决定, 1 working day), so they are not instant.
    instant: false,
    hasEndDate: false,
    validity: 'THIS_ADMISSION',
    commitmentAllowed: false,
    citations: [
      cite('GX_LIUJIANG', '受理条件'),
      cite('GX_LIUJIANG', '办理流程 审查与决定'),
      cite('YJ_2021', '第五条(五)'),
      cite('YJ_2021', '第九条(五)'),
      cite('JX_2017', '第八条'),
    ],
  },
}

/** Whether a value is one of the six type codes (for input from the API). */
export function isFilingType(value: unknown): value is FilingType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FILING_TYPES, value)
}

/** Whether a type is a long-term one (长期异地居住, SPEC §1; 002 附件1 告知事项). */
export function isLongTerm(type: FilingType): boolean {
  return FILING_FAMILY[type] === 'LONG_TERM'
}

/** Whether a type is a temporary one (临时外出就医, SPEC §1). */
export function isTemporary(type: FilingType): boolean {
  return FILING_FAMILY[type] === 'TEMPORARY'
}

/**
 * Whether a filing of this type is decided at once (即时办结, SPEC §7; 004 items 11-15).
 * A filing by a proxy whose authorisation still has to be checked goes to review whatever its type.
 */
export function isInstant(type: FilingType, opts: { byProxyUnverified?: boolean } = {}): boolean {
  return FILING_TYPE_INFO[type].instant && !opts.byProxyUnverified
}

/** Everything the product says about one type. */
export function filingTypeInfo(type: FilingType): FilingTypeInfo {
  return FILING_TYPE_INFO[type]
}
