import type { AuthorizationStatus } from './authorization'
import { memberVerifyingWords } from './member-verifying'
import { REVIEW_WORKING_DAYS } from '@/domain/review/review-deadline'

/** Where the page's button leads: the member's 授权 page (ask, see the invitation, upload again), or 家人代办's list (only to look). */
export type CheckOnlyWay = 'AUTHORIZE' | 'FAMILY_LIST'

/**
 * A family member chosen only to look things up (the emergency check), by their authorisation as
 * the filer sees it now (effectiveAuthorizationStatus; null: none asked for): the line under them
 * in 为谁备案 (`choice`), the line under the chooser (`notice`), what the foot says before its
 * button (`next`), the button (`action`) and where it leads (`way`), and what is waited for before
 * the filing can go on (`until`: '授权委托书审核通过以后'; a trial read 等李建国同意以后 over a letter he
 * had signed already). A 授权委托书 already with staff
 * asks nothing again (a trial: a son whose letter was 审核中 was told 先请张桂兰同意); an invitation
 * sent waits for the member's 同意 (001 申请材料; 004 备注2: 代办 needs the 授权委托书), unless the
 * member's own 实人认证 photos wait for staff (`memberVerifying`: 同意 comes after it; a trial: the
 * chooser still said 等家人确认 while the member had done their part).
 */
export interface CheckOnlyWords {
  choice: string
  notice: string
  next: string
  action: string
  way: CheckOnlyWay
  /** What comes before the proxy may go on: '等张桂兰同意以后', '授权委托书审核通过以后'. */
  until: string
}

// Not 跟医院怎么说: only a stay the 参保地 deems filed has that section (a trial: 柳州's page had none).
const LOOK_NOW = '下面的期限和能不能办，现在就能看'
const KEPT = '回到这里接着办，上面答过的都还在'

/** What a page that lets a proxy look things up for a member says while it cannot file for them (SPEC §2 代办). */
export function checkOnlyWords(
  name: string,
  status: AuthorizationStatus | null,
  reasons: readonly string[] = [],
  memberVerifying = false,
): CheckOnlyWords {
  const ways = `在${name}自己的手机上点同意，或者交一份签了字的授权委托书`
  if (status === 'PENDING_INVITE' && memberVerifying) {
    return {
      choice: '实人认证核对中：可以先替家人看看，核对通过、家人同意后才能提交',
      notice: `${name}的实人认证正在等工作人员核对。${LOOK_NOW}；核对通过、${name}点了同意，就能替${name}提交备案。`,
      next: `${memberVerifyingWords(name).detail}同意以后${KEPT}。`,
      action: '去家人代办看进度',
      way: 'FAMILY_LIST',
      until: `等核对通过、${name}同意以后`,
    }
  }
  switch (status) {
    case 'PENDING_REVIEW':
      return {
        choice: '审核中：可以先替家人看看，授权委托书审核通过后才能提交',
        notice: `${name}的授权委托书已经交了，工作人员正在审核。${LOOK_NOW}；审核通过后，就能替${name}提交备案。`,
        next: `${name}的授权委托书正在审核，您不用再做什么。审核一般要 ${REVIEW_WORKING_DAYS} 个工作日，通过后首页会告诉您，${KEPT}。`,
        action: '去家人代办看审核进度',
        way: 'FAMILY_LIST',
        until: '授权委托书审核通过以后',
      }
    case 'PENDING_INVITE':
      return {
        choice: '等家人确认：可以先替家人看看，提交要等家人同意',
        notice: `已经请${name}同意了，还在等${name}在自己的手机上点“同意”。${LOOK_NOW}。`,
        next: `邀请已经发出，不用再发：等${name}在自己的手机上点了同意，${KEPT}。${name}不方便用手机的，也可以改交一份签了字的授权委托书。`,
        action: `看看给${name}的邀请`,
        way: 'AUTHORIZE',
        until: `等${name}同意以后`,
      }
    case 'REJECTED':
      return {
        choice: '授权委托书没有通过审核：可以先替家人看看，重新上传、审核通过后才能提交',
        notice: `${name}的授权委托书没有通过审核。${LOOK_NOW}；要替${name}提交备案，要重新交一份，审核通过才行。`,
        next: `授权委托书没有通过审核${reasons.length > 0 ? `（原因：${reasons.join('；')}）` : ''}。请按原因改好，重新上传；也可以请${name}在自己的手机上点同意。通过以后${KEPT}。`,
        action: '去重新上传授权委托书',
        way: 'AUTHORIZE',
        until: `等重新交的授权委托书审核通过，或者${name}同意以后`,
      }
    case 'REVOKED':
      return {
        choice: '授权已撤销：可以先替家人看看，提交要等家人同意',
        notice: `${name}已经撤销了让您代办的授权。${LOOK_NOW}；要替${name}提交备案，要${name}重新同意。`,
        next: `要替${name}办，要请${name}重新同意：${ways}。同意以后${KEPT}。`,
        action: `请${name}重新同意`,
        way: 'AUTHORIZE',
        until: `等${name}同意以后`,
      }
    case 'EXPIRED':
      return {
        choice: '邀请已过期：可以先替家人看看，提交要等家人同意',
        notice: `请${name}同意的邀请已经过期了。${LOOK_NOW}；要替${name}提交备案，要先等${name}同意。`,
        next: `要替${name}办，再请${name}同意一次：${ways}。同意以后${KEPT}。`,
        action: `再请${name}同意`,
        way: 'AUTHORIZE',
        until: `等${name}同意以后`,
      }
    case 'ACTIVE':
    case null:
      return {
        choice: '还没有授权：可以先替家人看看，提交要等家人同意',
        notice: `${name}还没同意让您代办。${LOOK_NOW}；要替${name}提交备案，要先等${name}同意。`,
        next: `要替${name}办，先请${name}同意：${ways}。同意以后${KEPT}。`,
        action: `先请${name}同意`,
        way: 'AUTHORIZE',
        until: `等${name}同意以后`,
      }
  }
}
