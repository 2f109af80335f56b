import { sameName } from '@/domain/validation/name'

/** Who signs the 个人承诺书, as the 材料 step asks for the signature. */
export interface CommitmentSigning {
  /** The name typed as the signature. */
  signedName: string
  /** Whose name it must be: the insured person's, or the filer's own when 代签. */
  signerName: string
  /** 代签 (004 个人承诺书 温馨提示2): the filer signs in their own name for a family member. */
  byProxy: boolean
  /** Filing for oneself (the signer is the caller, 您). */
  self: boolean
  /** 我已阅读，承诺以上内容属实 is ticked. */
  agreed: boolean
}

/**
 * What still keeps a chosen 个人承诺书 from being signed, in the words 还缺 shows (trial: a wrong
 * 代签 name was reported as "还缺：在外地长住的证明", though the page says a signed 承诺书 replaces
 * it): the missing or mismatched signature — naming whose name it must be — and the unticked
 * promise. Empty once it is signed. (SPEC §2 承诺制; 004 个人承诺书 温馨提示2 for 代签.)
 * Example: 代签 by 李晓梅 typing 王秀英 → ['签名要写您自己的姓名“李晓梅”'].
 */
export function commitmentShortfall(c: CommitmentSigning): string[] {
  const whose = c.byProxy ? '您自己的姓名' : c.self ? '您的姓名' : `${c.signerName}本人的姓名`
  const problems: string[] = []
  if (!c.signedName.trim()) problems.push(`承诺书还没签名：请写${whose}“${c.signerName}”`)
  else if (!sameName(c.signedName, c.signerName)) problems.push(`签名要写${whose}“${c.signerName}”`)
  if (!c.agreed) problems.push('承诺书下面的“我已阅读，承诺以上内容属实”还没勾选')
  return problems
}
