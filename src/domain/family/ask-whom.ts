/** What 我要备案's first step knows when it opens, to decide whether to ask 为谁备案. */
export interface AskWhomFacts {
  /** The caller's family members (GET /api/family-members), authorised or not: any one counts. */
  members: readonly unknown[]
  /**
   * Opened for one person: a member (?member=, a card's or 家人代办's own 去办理), or oneself
   * (?whom=self, from a page where 为我自己 was the answer already): that person is the answer.
   */
  forMember: boolean
  /** The draft of the person last chosen has answers or a step reached: the person is continuing it. */
  inProgress: boolean
}

/**
 * Whether 我要备案 (or 急诊补办's first page) asks 为谁备案 with nothing chosen, rather than opening
 * on 为我自己 (or whoever was chosen last time): when the caller has a family member (authorised or
 * not: one who has not authorised them yet is chosen to look things up on 急诊补办's first page, and
 * on 我要备案 choosing him leads to 家人代办, where he authorises), came by the general entry, and
 * has nothing in progress. A filing made for the wrong person has to
 * be cancelled and made again (SPEC §2: it records whom it is for), and defaulting to the member
 * would be as wrong for her own filing: one tap to choose costs less.
 * Trials: right after "父亲李建国已同意让您代办", 我要备案 opened on 为我自己; a daughter rushing to
 * file her father's emergency stay found 为我自己 chosen on 急诊补办's first page, and 我要备案 opened
 * on 为我自己 while her father had not authorised her yet.
 * Example: askWhom({ members: [{ canFile: true }], forMember: false, inProgress: false }) === true.
 */
export function askWhom({ members, forMember, inProgress }: AskWhomFacts): boolean {
  return !forMember && !inProgress && members.length > 0
}

/** The line over 为谁备案's choices while it asks (askWhom). */
export const ASK_WHOM_PROMPT = '这次为谁办？请先点一个：为您自己，还是为家人。'
