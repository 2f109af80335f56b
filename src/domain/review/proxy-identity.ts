import type { FilingType } from '@/domain/filing-types'
import { materialsFor, requirementsAskedFor, type MaterialCode } from '@/domain/materials'

/** What proxyIdentitySupplied reads of a case: its type, decisions, materials and which are new. */
export interface ProxyIdentityFacts {
  type: FilingType
  decisions: ReadonlyArray<{ decision: string; missingItems: readonly string[] }>
  /** The filing's materials, as the case lists them (id and material code). */
  materials: ReadonlyArray<{ id: string; purpose: MaterialCode }>
  /** Ids of the materials sent after the last 要求补充材料 (FilingCase.newMaterialIds). */
  newMaterialIds: readonly string[]
}

/**
 * The identity documents a proxy sent in answer to a request for the 代办人's own ID (a trial: the
 * son sent his ID as asked, and the console still said the materials held only the 参保人's and
 * told the reviewer to ask for it again). A 代办 filing's materials store both IDs under the same
 * code (ID_DOCUMENT or SOCIAL_SECURITY_CARD, SPEC §2 代办: the proxy's own ID and the letter), so
 * whose a photo is comes from the request it answers: the last request for materials (whatever
 * was decided after it) named the proxy's identity in a line (requirementsAskedFor, PROXY_IDENTITY:
 * the line says 代办), and the photo came after it. Answers their ids in the materials' order; []
 * otherwise.
 * Sources: 001 申请材料 (代办人身份证); 004 清单 备注2; 002 第九条(一).
 */
export function proxyIdentitySupplied(c: ProxyIdentityFacts): string[] {
  // The last request for materials, whatever was decided after it (a trial: once approved, the
  // photo went back to 有效身份证件（第 2 张）, as if it were the 参保人's).
  const last = c.decisions.filter((d) => d.decision === 'REQUEST_MATERIALS').at(-1)
  if (!last) return []
  const { requirements } = materialsFor(c.type, { byProxy: true })
  if (!requirementsAskedFor(requirements, last.missingItems).has('PROXY_IDENTITY')) return []
  const proxyId = requirements.find((r) => r.id === 'PROXY_IDENTITY')
  const codes = new Set<MaterialCode>(proxyId ? proxyId.oneOf.map((m) => m.code) : [])
  return c.materials.filter((m) => c.newMaterialIds.includes(m.id) && codes.has(m.purpose)).map((m) => m.id)
}
