import { backTo, openPage, type NavigationMethod } from '@/lib/navigation'

/**
 * Whose information this page asks for, by where the person came from (`?for=`): it is always the
 * account holder's own, never the family member's (issue 13 item 8). `back` leads where they were.
 * `forFamilyToo`: opened from a filing, where a daughter filing for her father typed his details
 * here; the page says at the top where a family member's go, with the way there.
 */
export interface Purpose {
  intro: string
  back: string
  backUrl: string
  forFamilyToo?: boolean
  /**
   * `backUrl` is a page opened with parameters only it knows (the invitation's token): the way back
   * returns to it as it is open in the stack (navigation's backTo), or home when it is not.
   */
  backToOpenPage?: boolean
}

export const PURPOSES: Record<string, Purpose> = {
  family: {
    intro: '先填写您自己的实名信息（是您本人的，不是家人的），要和您的身份证、医保卡上的一致。添加家人时要用它核对是您在替家人办理。家人的信息，保存后回到“添加家人”再填。',
    back: '回到添加家人，接着填家人的信息',
    backUrl: '/packages/family/pages/add/index',
  },
  emergency: {
    intro: '这里填您本人（用这个微信的人）的实名信息，要和您的身份证、医保卡上的一致。保存后点下面的按钮，回到急诊备案接着办。',
    back: '回到急诊备案，接着办',
    backUrl: '/packages/emergency/pages/start/index',
    forFamilyToo: true,
  },
  filing: {
    intro: '这里填您本人（用这个微信的人）的实名信息，要和您的身份证、医保卡上的一致。保存后点下面的按钮，回到备案接着办。',
    back: '回到备案，接着办',
    backUrl: '/packages/filing/pages/start/index',
    forFamilyToo: true,
  },
  invitation: {
    intro: '先填写您自己的实名信息，要和您的身份证、医保卡上的一致。用来核对点“同意”的是您本人。',
    // Not "去点同意": while the ID photos wait for staff, the invitation says so instead.
    back: '回到邀请',
    backUrl: '/packages/family/pages/accept/index',
    backToOpenPage: true,
  },
}

export const VERIFY_URL = '/packages/profile/pages/verify/index'

/** Leaves 实名信息 or 实人认证 for the flow that opened it (`purpose.back`). */
export function returnTo(purpose: Purpose): Promise<NavigationMethod> {
  return purpose.backToOpenPage ? backTo(purpose.backUrl) : openPage(purpose.backUrl)
}

/**
 * 实人认证, opened from a flow: the same `?for=`, so that after the photos are sent the page leads
 * back to the flow (as 实名信息 does after 保存).
 */
export function verifyUrlFor(forParam: string): string {
  return PURPOSES[forParam] ? `${VERIFY_URL}?for=${forParam}` : VERIFY_URL
}
