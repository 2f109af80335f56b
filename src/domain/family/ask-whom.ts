import type { FamilyMemberView } from './views'

/** What 我要备案's first step knows when it opens, to decide whether to ask 为谁备案. */
export interface AskWhomFacts {
  /** The caller's family members (GET /api/family-members); `canFile` once authorised (SPEC §2 代办). */
  members: readonly Pick<FamilyMemberView, 'canFile'>[]
  /** Opened for one member (?member=, a card's or 家人代办's own 去办理): that member is the answer. */
  forMember: boolean
  /** The draft of the person last chosen has answers or a step reached: the person is continuing it. */
  inProgress: boolean
}

/**
 * Whether 我要备案 asks 为谁备案 with nothing chosen, rather than opening on 为我自己 (or whoever was
 * chosen last time): when the caller may file for someone else (a member who has authorised them),
 * came by the general entry, and has nothing in progress. A filing made for the wrong person has to
 * be cancelled and made again (SPEC §2: it records whom it is for), and defaulting to the member
 * would be as wrong for her own filing: one tap to choose costs less.
 * A trial: right after "父亲李建国已同意让您代办", 我要备案 opened on 为我自己.
 * Example: askWhom({ members: [{ canFile: true }], forMember: false, inProgress: false }) === true.
 */
export function askWhom({ members, forMember, inProgress }: AskWhomFacts): boolean {
  return !forMember && !inProgress && members.some((m) => m.canFile)
}

/** The line over 为谁备案's choices while it asks (askWhom). */
export const ASK_WHOM_PROMPT = '这次为谁办？请先点一个：为您自己，还是为家人。'
