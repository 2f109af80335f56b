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
  /**
   * Parameters of `backUrl` carried through 实名信息 and 实人认证 (`?for=invitation&token=…`), so
   * that the way back still finds it after either page was reloaded or reopened on its own.
   */
  carry?: readonly string[]
  /** 实人认证's “接下来” while the photos wait for staff, where the default (接着办备案) does not fit. */
  whilePending?: string
  /**
   * The flow needs 实人认证 too before anything can be done there (同意 on an invitation): after 保存,
   * while it is not done (nor waiting for staff), the next step is 实人认证, not `back`.
   */
  verifyFirst?: boolean
}

export const PURPOSES: Record<string, Purpose> = {
  family: {
    intro: '先填写您自己的实名信息（是您本人的，不是家人的），要和您的身份证、医保卡上的一致。添加家人时要用它核对是您在替家人办理。家人的信息，保存后回到“添加家人”再填。',
    back: '回到添加家人，接着填',
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
  // From a filing that waits only on the person's own 实人认证 (the result page, the home card):
  // after it, the way on is to that filing, not to a new one (接着办备案).
  waiting: {
    intro: '这里填您本人（用这个微信的人）的实名信息，要和您的身份证、医保卡上的一致。保存后点下面的按钮做实人认证。',
    back: '查看我的备案',
    backUrl: '/packages/mine/pages/list/index',
    whilePending: '不用在这里等。照片核对通过，您已经提交、在等实人认证的备案就跟着办好，结果在“我的备案”里看。',
  },
  // A proxy waiting for a family member's 同意 (请家人授权, `?id=` the member): her own 实人认证 done
  // meanwhile makes the filings she then makes for them take effect at once. The way back is to
  // that page, where the invitation and 回到急诊备案 are (a trial: 回到家人列表 led nowhere near
  // the stay she was filing).
  proxy: {
    intro: '这里填您本人（用这个微信的人）的实名信息，要和您的身份证、医保卡上的一致，不是家人的。保存后点下面的按钮做实人认证。',
    back: '回到请家人授权',
    backUrl: '/packages/family/pages/authorize/index',
    backToOpenPage: true,
    carry: ['id'],
    whilePending: '不用在这里等。照片核对通过后，您替家人办的备案，提交就能办好。',
  },
  invitation: {
    intro: '先填写您自己的实名信息，要和您的身份证、医保卡上的一致。用来核对点“同意”的是您本人。参保地、险种如果已经选好，是家人替您填的，请看一下对不对。',
    // Not "去点同意": while the ID photos wait for staff, the invitation says so instead.
    back: '回到邀请',
    backUrl: '/packages/family/pages/accept/index',
    backToOpenPage: true,
    carry: ['token', 'invitation'],
    verifyFirst: true,
    whilePending: '核对通过以前，还不能点“同意”。通过以后，回到这个邀请再点“同意”（这里关掉了也没关系，再点开家人发来的邀请就行）。',
  },
}

export const VERIFY_URL = '/packages/profile/pages/verify/index'

/** The page's own parameters (from useRouter) as Taro gives them: strings, or absent. */
export type PageParams = Partial<Record<string, string | undefined>>

/** `[[k, v], …]` → 'k=v&…', each value encoded. */
const query = (pairs: string[][]) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')

/** The parameters `purpose` carries that are set in `params`, as pairs. */
const carried = (purpose: Purpose, params: PageParams) => (purpose.carry ?? []).flatMap((k) => (params[k] ? [[k, params[k] as string]] : []))

/**
 * The query of a page opened for `forParam`, with the parameters its purpose carries that are set
 * in `params`: ('invitation', { token: 'ab' }) → '?for=invitation&token=ab'; '' for no purpose.
 */
export function purposeQuery(forParam: string, params: PageParams = {}): string {
  const purpose = PURPOSES[forParam]
  return purpose ? `?${query([['for', forParam], ...carried(purpose, params)])}` : ''
}

/**
 * Leaves 实名信息 or 实人认证 for the flow that opened it (`purpose.back`). A flow opened with
 * parameters of its own (the invitation's token) is gone back to when it is open; when it is not
 * (the page was reloaded, or opened on its own), it is opened afresh with the carried `params`,
 * and without them, home (backTo's fallback).
 */
export function returnTo(purpose: Purpose, params: PageParams = {}): Promise<NavigationMethod> {
  if (!purpose.backToOpenPage) return openPage(purpose.backUrl)
  const pairs = carried(purpose, params)
  return backTo(purpose.backUrl, pairs.length > 0 ? `${purpose.backUrl}?${query(pairs)}` : undefined)
}

/**
 * 实人认证, opened from a flow: the same `?for=` and carried parameters, so that after the photos are
 * sent the page leads back to the flow (as 实名信息 does after 保存).
 */
export function verifyUrlFor(forParam: string, params: PageParams = {}): string {
  return `${VERIFY_URL}${purposeQuery(forParam, params)}`
}
