import { cite, isCitationFor, uniqueCitations, type Citation } from '@/domain/citation'

/** Said of a check no national rule and no document of the 参保地 sets out (no other place's document is cited for it). */
export const COMMON_PRACTICE = '本系统的统一做法'

/** One thing staff check on a 授权委托书, with its 依据 for this member. */
export interface AuthorizationCheck {
  /** What to look at, in plain Chinese, without a final 。 */
  check: string
  /** REGIONAL: cites national rules or the 参保地's own documents; DEFAULT: only other places' documents have it, so it is the product's common practice. */
  scope: 'REGIONAL' | 'DEFAULT'
  /** National documents and the 参保地's own; empty for a DEFAULT check. */
  citations: Citation[]
  /** How the 依据 reads in the console: the citations ('赣医保发〔2023〕13号 清单 备注2'), or COMMON_PRACTICE. */
  basisText: string
}

/**
 * The checks and where each comes from, for every 参保地 alike: the letter (民法典 第一百六十五条:
 * 授权委托书 names the agent and the matter and is signed by the principal; 001 申请材料 and 004 清单
 * 备注2 ask for it) and the member's ID (001 申请材料: 确保是本人身份证、真实有效; 004 清单 备注2).
 */
const CHECKS: ReadonlyArray<{ check: string; citations: readonly Citation[] }> = [
  {
    check: '委托书有家人亲笔签名、写明委托事项和代办人',
    citations: [cite('CIVIL_CODE', '第一百六十五条'), cite('GX_LIUJIANG', '申请材料'), cite('JX_2023', '清单 备注2')],
  },
  {
    check: '身份证与委托人一致、在有效期内',
    citations: [cite('GX_LIUJIANG', '申请材料'), cite('JX_2023', '清单 备注2')],
  },
]

/**
 * What staff check on a signed 授权委托书 (SPEC §2 代办), each check citing only national rules and
 * the member's 参保地's own documents (as caseBasis does for a filing: a 武汉 family is never shown a
 * 江西 or 柳江区 document). A check that only other places' documents set out is kept, as
 * COMMON_PRACTICE, with no citation.
 * @param insuredRegion the member's 参保地, GB/T 2260 code
 * Example: authorizationChecklist('420100')[1] → { check: '身份证与委托人一致、在有效期内', scope: 'DEFAULT', citations: [], basisText: '本系统的统一做法' }.
 */
export function authorizationChecklist(insuredRegion: string): AuthorizationCheck[] {
  return CHECKS.map(({ check, citations }) => {
    const own = uniqueCitations(citations.filter((c) => isCitationFor(c, insuredRegion)))
    if (own.length === 0) return { check, scope: 'DEFAULT', citations: [], basisText: COMMON_PRACTICE }
    return { check, scope: 'REGIONAL', citations: own, basisText: own.map((c) => `${c.doc} ${c.article}`).join('；') }
  })
}
