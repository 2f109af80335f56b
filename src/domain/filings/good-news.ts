import type { FilingView } from './filing-view'
import type { FamilyMemberView } from '@/domain/family/views'
import { chineseMonthDayOf } from '@/domain/calendar/day-number'
import { filerWords, typeWords } from './filer-words'
import { agreedStayWords } from '@/domain/family/invitation-emergency'
import type { WaitingItem } from './waiting'

/** Days a good-news card stays on the home page after the decision, unless opened sooner. */
export const GOOD_NEWS_DAYS = 7

const DAY_MS = 86_400_000

/** A good outcome decided by staff, for a card on the home page that shows until opened (or GOOD_NEWS_DAYS). */
export interface GoodNewsItem {
  /**
   * FILING_APPROVED: a reviewed filing was approved (备案成功); LETTER_APPROVED: a 授权委托书 was
   * accepted; INVITATION_ACCEPTED: the family member said 同意 to the proxy's invitation.
   */
  kind: 'FILING_APPROVED' | 'LETTER_APPROVED' | 'INVITATION_ACCEPTED'
  /** The filing id or the family member id. */
  key: string
  /** What the phone keeps once the card is opened, so it is not shown again: `FILING_APPROVED:<filing id>`, or `LETTER_APPROVED:` / `INVITATION_ACCEPTED:<authorization id>`. */
  seenKey: string
  title: string
  detail: string
  action: string
  /**
   * LETTER_APPROVED / INVITATION_ACCEPTED: what the card opens — 'EMERGENCY' when an emergency
   * stay was looked up for the member on this phone and is still to be filed (the flow, with the
   * answers kept), else 'FILING' (我要备案 for the member). Absent on FILING_APPROVED.
   */
  opens?: 'EMERGENCY' | 'FILING'
}

/** An emergency stay looked up for a family member on this phone and not filed yet (the emergency draft). */
export interface CheckedEmergency {
  memberId: string
  /** 'YYYY-MM-DD'. */
  admittedOn: string
}

/**
 * The seenKey of a filing's 备案已通过 card: kept once the card is opened, or once the filing's
 * details were read another way (我的备案), so the card does not stay for a filing already seen.
 */
export function filingApprovedSeenKey(filingId: string): string {
  return `FILING_APPROVED:${filingId}`
}

function isRecent(decidedAt: string | null | undefined, now: Date): decidedAt is string {
  if (!decidedAt) return false
  const at = Date.parse(decidedAt)
  return !Number.isNaN(at) && at <= now.getTime() + 60_000 && now.getTime() - at < GOOD_NEWS_DAYS * DAY_MS
}

/**
 * Whether the caller has filed for member `m` since `since` (ISO 8601): a filing in `filings` whose
 * person has the member's name and masked ID number, made at or after it. The 去办理 card of an
 * authorisation has then done its work (a trial: 父亲已同意让您代办 — 去办理 stayed after she had
 * filed for him by 我要备案 and it was approved).
 */
function filedForSince(filings: readonly FilingView[], m: FamilyMemberView, since: string): boolean {
  const from = Date.parse(since)
  return filings.some((f) => f.subject.name === m.name && f.subject.idNumberMasked === m.idNumberMasked && Date.parse(f.createdAt) >= from)
}

/**
 * The good outcomes to tell the person on the home page, once: a filing staff approved after
 * review (an instant 即时办结 filing is told on its result page already), a 授权委托书 staff
 * accepted, and an invitation the family member said 同意 to on their own phone (either way the
 * proxy may now file for the member, SPEC §2 代办; the proxy was not there when it happened).
 * Each shows until it is opened (its seenKey is in `seen`) or for GOOD_NEWS_DAYS after the
 * decision, then never again; an authorisation's card also goes once the caller has filed for the
 * member since (filedForSince).
 * @param filings as GET /api/filings answers
 * @param members as GET /api/family-members answers (authorization.decidedAt of a 授权委托书,
 *   authorization.acceptedAt of an invitation)
 * @param seen the seenKeys of the cards already opened on this phone
 * @param now the current time (the decision times are ISO 8601)
 * @param checked emergency stays looked up for a member before they agreed: the card then leads
 *   back to that stay (a trial: 去办理 opened 我要备案's type chooser, and nothing named the stay)
 */
export function goodNews(
  filings: readonly FilingView[],
  members: readonly FamilyMemberView[],
  seen: readonly string[],
  now: Date,
  checked: readonly CheckedEmergency[] = [],
): GoodNewsItem[] {
  /** The card's words and way for a member who may now be filed for. */
  const nowFor = (m: FamilyMemberView): Pick<GoodNewsItem, 'detail' | 'action' | 'opens'> => {
    const stay = checked.find((c) => c.memberId === m.id)
    if (!stay) return { detail: `现在可以替${m.name}办理备案了。`, action: '去办理', opens: 'FILING' }
    // The invitation was sent for this stay: by when, still (a trial: gone once she had to act).
    const sentFor = m.authorization?.emergency
    // Else its urgency still (this card stands in for the stay's own, notToldTwice); nothing past it.
    const deadline = sentFor && sentFor.admittedOn === stay.admittedOn ? agreedStayWords(sentFor) ?? '' : '补办有期限，越早交越好。'
    return {
      detail: `现在可以替${m.name}办理备案了。您替${m.name}查过的急诊住院（${chineseMonthDayOf(stay.admittedOn)}入院）接着办就行，答过的都还在。${deadline}`,
      action: '接着办急诊备案',
      opens: 'EMERGENCY',
    }
  }
  const approved = filings
    .filter((f) => f.status === 'APPROVED' && f.review?.decision === 'APPROVE' && isRecent(f.review.decidedAt, now))
    .map<GoodNewsItem>((f) => ({
      kind: 'FILING_APPROVED',
      key: f.id,
      seenKey: filingApprovedSeenKey(f.id),
      // 您 to the person it is for: filed for oneself, or read by the family member a proxy filed for.
      title: `${f.filedBySelf || f.filedBy?.self === false ? '您' : f.subject.name}的${typeWords(f)}备案已通过（${f.number}）`,
      // To the person it is for, who filed it (a trial: a father was not told his daughter had).
      detail: `备案成功（${f.destination.name}${f.filedBy?.self === false && f.filedBy.name ? `，由${filerWords(f.filedBy)}代办` : ''}）。有效期和看病时要注意的事，在备案详情里。`,
      action: '查看',
    }))
  const letters = members
    .filter((m) => m.authorization?.method === 'DOCUMENT' && m.authorization.status === 'ACTIVE' && isRecent(m.authorization.decidedAt, now))
    .filter((m) => !filedForSince(filings, m, m.authorization?.decidedAt ?? ''))
    .map<GoodNewsItem>((m) => ({
      kind: 'LETTER_APPROVED',
      key: m.id,
      seenKey: `LETTER_APPROVED:${m.authorization?.id ?? m.id}`,
      title: `${m.name}的授权委托书已通过`,
      ...nowFor(m),
    }))
  const accepted = members
    .filter((m) => m.authorization?.method === 'INVITATION' && m.authorization.status === 'ACTIVE' && isRecent(m.authorization.acceptedAt, now))
    .filter((m) => !filedForSince(filings, m, m.authorization?.acceptedAt ?? ''))
    .map<GoodNewsItem>((m) => ({
      kind: 'INVITATION_ACCEPTED',
      key: m.id,
      seenKey: `INVITATION_ACCEPTED:${m.authorization?.id ?? m.id}`,
      title: `${m.kin}${m.name}已同意让您代办`,
      ...nowFor(m),
    }))
  return [...approved, ...letters, ...accepted].filter((n) => !seen.includes(n.seenKey))
}

/**
 * The waiting cards less those a good-news card already leads to: a family member's emergency stay
 * still to file (EMERGENCY_DRAFT, key `member:<id>`) whose 已同意 / 授权委托书已通过 card says
 * 接着办急诊备案 with its deadline (a trial: two cards for one stay, both 接着办急诊备案). Once that
 * news is opened (seen), the stay's own card shows again.
 * @param items the waiting cards (waitingOnPerson)
 * @param news the good news shown with them (goodNews)
 */
export function notToldTwice(items: readonly WaitingItem[], news: readonly GoodNewsItem[]): WaitingItem[] {
  const stays = new Set(news.flatMap((n) => (n.opens === 'EMERGENCY' ? [`member:${n.key}`] : [])))
  return items.filter((i) => !(i.kind === 'EMERGENCY_DRAFT' && stays.has(i.key)))
}
