/**
 * Where a rule comes from. Every answer a rule gives carries one or more of these,
 * so the app can show 依据 on tap (SPEC: every rule names its source in seeds/).
 */
export interface Citation {
  /** The document as people know it, e.g. '苏医保发〔2022〕75号'. */
  doc: string
  /** The article or item, e.g. '第十条' or '表8 温馨提示6'. */
  article: string
  /** The seed file in shared/seeds that holds the text, when there is one. */
  seed?: string
}

export const SOURCES = {
  JX_2017: { doc: '赣人社发〔2017〕57号', seed: '000_75880bc7a6118ae5.txt' },
  GX_LIUJIANG: { doc: '柳江区异地急诊人员备案服务指南', seed: '001_a21b3f3d7295d080.txt' },
  /** 广西基本医疗保险就医管理暂行办法, Guangxi-wide, as the 柳江区 guide (001) quotes it (设立依据2). */
  GX_2017: { doc: '桂人社发〔2017〕6号', seed: '001_a21b3f3d7295d080.txt' },
  JS_2022: { doc: '苏医保发〔2022〕75号', seed: '002_fdc5d77e95a60b9c.txt' },
  YJ_2021: { doc: '阳医保通〔2021〕23号', seed: '003_d0c653985620d0b6.txt' },
  JX_2023: { doc: '赣医保发〔2023〕13号', seed: '004_5a9b99bc0c1083f2.txt' },
  NATIONAL_2022: { doc: '医保发〔2022〕22号' },
  CIVIL_CODE: { doc: '中华人民共和国民法典' },
  GB_11643: { doc: 'GB 11643-1999 公民身份号码' },
} as const

export type SourceKey = keyof typeof SOURCES

/**
 * Whose document each source is: the GB/T 2260 code prefix of the place it governs, or null for
 * a national one (law, standard, 国家医保局 notice). The 柳江区 guide (001) is 柳州市柳江区's own
 * (450206: "柳江区负责办理柳江区参保人的异地就医备案"): its materials and procedure are not a
 * 南宁 or 柳州城中区 person's rule (a trial). The 桂人社发〔2017〕6号 it quotes is Guangxi-wide (45).
 */
const SOURCE_REGIONS: Readonly<Record<string, string | null>> = {
  [SOURCES.JX_2017.doc]: '36',
  [SOURCES.GX_LIUJIANG.doc]: '450206',
  [SOURCES.GX_2017.doc]: '45',
  [SOURCES.JS_2022.doc]: '32',
  [SOURCES.YJ_2021.doc]: '4417',
  [SOURCES.JX_2023.doc]: '36',
  [SOURCES.NATIONAL_2022.doc]: null,
  [SOURCES.CIVIL_CODE.doc]: null,
  [SOURCES.GB_11643.doc]: null,
}

/**
 * 发文字号 prefixes of national issuers whose documents come as data, not as SOURCES: the State
 * Council's holiday notices (国办发明电〔2025〕7号), one a year, cited by the calendar's schedules
 * for a holiday that stretched an emergency window (src/domain/calendar/data).
 */
const NATIONAL_DOC_PREFIXES: readonly string[] = ['国办发']

/** Whether a citation is a national rule (law, standard, national notice): it applies everywhere. */
function isNationalCitation(citation: Citation): boolean {
  if (citation.doc in SOURCE_REGIONS) return SOURCE_REGIONS[citation.doc] === null
  return NATIONAL_DOC_PREFIXES.some((prefix) => citation.doc.startsWith(prefix))
}

/**
 * Whether a citation is a national rule or a document of the place `regionCode` lies in (so a
 * 武汉 case never cites a 阳江 or 江苏 document as its own). A document the table does not know is
 * not taken to be anyone's, unless its number names a national issuer (国办发…).
 * Example: isCitationFor(cite('JS_2022', '第十条'), '320600') === true; for '420100' it is false.
 */
export function isCitationFor(citation: Citation, regionCode: string): boolean {
  if (isNationalCitation(citation)) return true
  const region = SOURCE_REGIONS[citation.doc]
  return typeof region === 'string' && regionCode.startsWith(region)
}

/**
 * A 依据 list split by whom its documents bind: `applying`, the national rules and the documents
 * of the 参保地 `insuredRegion` (its own province's, for 南昌 360100 the 江西 赣人社发〔2017〕57号 and
 * 赣医保发〔2023〕13号), and `elsewhere`, other places' documents (柳江区's guide, 江苏's 规程). A
 * 'DEFAULT' rule lists the first before the note that the 参保地's own rule is not collected and the
 * second under it (a trial: a 南昌 person read 江西's documents under "这里还没有收录"). Without a
 * 参保地 yet (`null`) only the national rules apply. Each keeps its order; repeats are dropped.
 * Example: citationsByPlace([cite('GX_LIUJIANG', '申请材料'), cite('CIVIL_CODE', '第二百零一条')], '360100')
 * gives applying [民法典 第二百零一条] and elsewhere [柳江区… 申请材料].
 */
export function citationsByPlace(
  citations: readonly Citation[],
  insuredRegion: string | null,
): { applying: Citation[]; elsewhere: Citation[] } {
  const applies = (c: Citation) => (insuredRegion === null ? isNationalCitation(c) : isCitationFor(c, insuredRegion))
  const unique = uniqueCitations(citations)
  return { applying: unique.filter(applies), elsewhere: unique.filter((c) => !applies(c)) }
}

/**
 * How a rule's 依据 reads for a person insured in `insuredRegion`: 'REGIONAL' when one of its
 * citations is a national rule or that 参保地's own document; 'DEFAULT' when all of them are other
 * places' documents (a 南昌 person shown 阳江's 阳医保通〔2021〕23号), so the 依据 says first that
 * the 参保地's own rule is not collected (BasisNote's `scope`, DEFAULT_SCOPE_NOTE). A person with no
 * 参保地 yet (`null`) is told the same.
 * Example: citationScopeFor([cite('YJ_2021', '第五条(二)')], '360100') === 'DEFAULT'; for '441702' it is 'REGIONAL'.
 */
export function citationScopeFor(citations: readonly Citation[], insuredRegion: string | null): 'REGIONAL' | 'DEFAULT' {
  return insuredRegion !== null && citations.some((c) => isCitationFor(c, insuredRegion)) ? 'REGIONAL' : 'DEFAULT'
}

/**
 * The GB/T 2260 code prefix of the place a cited document governs ('32' for 苏医保发〔2022〕75号,
 * '4417' for 阳医保通〔2021〕23号, '450206' for the 柳江区 guide); null for a national rule or a
 * document not in SOURCES.
 */
export function citationRegionPrefix(citation: Citation): string | null {
  return SOURCE_REGIONS[citation.doc] ?? null
}

/** Builds a citation from a known source and an article. */
export function cite(source: SourceKey, article: string): Citation {
  return { ...SOURCES[source], article }
}

/**
 * `citations` without repeats (the same doc and article), in their first order: rules that rest
 * on the same article each cite it, and a list of 依据 names it once.
 */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>()
  return citations.filter((c) => {
    const key = `${c.doc}|${c.article}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
