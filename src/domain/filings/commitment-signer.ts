import { cite, type Citation } from '@/domain/citation'
import { inverseRelation, type FamilyRelation } from '@/domain/family/relations'

/**
 * 代签 (004 个人承诺书 温馨提示2: 参保人因特殊原因无法签字的，可由其近亲属代签，并填写代签人身份
 * 证号码及联系电话): the near relative who signed the 承诺书 for the person a filing is for, kept
 * beside that person on the filing. The ID number is kept masked only.
 */
export interface CommitmentSigner {
  /** The signer's own name, as they signed. */
  name: string
  /** The signer's ID number, masked (110105********0012). */
  idNumberMasked: string
  /** How the person filed for is related to the signer (the family member's recorded relation). */
  relation: FamilyRelation
}

export const PROXY_SIGNATURE_CITATIONS: readonly Citation[] = [cite('JX_2023', '个人承诺书 温馨提示2')]

/**
 * The words every view shows for a 代签: '由李四（参保人的子女）代签'. The relation is turned
 * round: the member was recorded as the signer's 父母, so the signer is the person's 子女.
 */
export function proxySignedLine(signer: Pick<CommitmentSigner, 'name' | 'relation'>): string {
  return `由${signer.name}（参保人的${inverseRelation(signer.relation)}）代签`
}
