import type { AuthorizationStatus } from './authorization'

/**
 * A 授权委托书 waiting for staff, as the filer reads it: what it means for them (001 申请材料;
 * 004 备注2: 代办 needs the insured person's 授权委托书). One clause, without a final 。; the
 * 家人代办 list and the 为谁备案 chooser both say it.
 */
export const LETTER_UNDER_REVIEW_DETAIL = '授权委托书已提交，工作人员审核通过后就能代办'

/**
 * What the 为谁备案 chooser says under a family member, by the authorisation's status as the filer
 * sees it now (effectiveAuthorizationStatus: an invitation past its time is EXPIRED), or null when
 * none was asked for. The words follow the 家人代办 list's (the state, then what it means); a member
 * the filer cannot file for yet opens that list when tapped, hence "点这里" where there is something
 * to do there. One line, without a final 。. `memberVerifying`: the member's own 实人认证 photos wait
 * for staff (an invitation then waits on staff, not on the member).
 */
export function subjectChoiceNote(status: AuthorizationStatus | null, memberVerifying = false): string {
  // The member's own 实人认证 photos wait for staff: they did their part; 同意 comes after (memberVerifyingWords).
  if (status === 'PENDING_INVITE' && memberVerifying) return '实人认证核对中：工作人员核对通过、家人点了“同意”后就能代办'
  switch (status) {
    case 'ACTIVE':
      return '已授权，可以代办'
    case 'PENDING_REVIEW':
      return `审核中：${LETTER_UNDER_REVIEW_DETAIL}`
    case 'PENDING_INVITE':
      return '等家人确认：邀请已发出，家人在自己的手机上点“同意”后就能代办'
    case 'REJECTED':
      return '授权委托书没有通过审核：点这里看原因，改好后重新上传'
    case 'REVOKED':
      return '授权已撤销：点这里重新授权'
    case 'EXPIRED':
      return '邀请已过期：点这里重新发邀请'
    case null:
      return '还没有授权：点这里去请家人确认'
  }
}
