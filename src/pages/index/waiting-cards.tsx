import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@/components/primitives'
// The module itself, not the filings index: the home page is in the main package (no region table).
import type { FilingView } from '@/domain/filings/filing-view'
import { waitingOnPerson, waitsOnOwnVerification, type StartedEmergencyDraft, type WaitingItem } from '@/domain/filings/waiting'
import { goodNews, notToldTwice, type CheckedEmergency, type GoodNewsItem } from '@/domain/filings/good-news'
import { cancelledEmergencyCards } from '@/domain/filings/cancelled-emergency'
import { chinaToday } from '@/domain/time/china-date'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import type { FamilyMemberView, WaitingInvitationView } from '@/domain/family/views'
import { fetchMe, listFamilyMembers, listFilings, listWaitingInvitations } from './waiting-reads'
import { useMeStore } from '@/stores/use-me-store'
import type { VerificationStatus } from '@/domain/verification/status'
import { useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import type { SubjectKey } from '@/stores/use-filing-draft-store'
import { useSessionStore } from '@/stores/use-session-store'
import { useSeenNewsStore } from '@/stores/use-seen-news-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { openEntry as openPage } from './open-entry'
import DraftCards, { useHasDraftCards } from './draft-cards'
import { tappable } from '@/lib/a11y'
import { now } from '@/lib/clock'
import { verifyMeans } from '@/lib/verify-means'
import { useElderMode } from '@/stores/use-settings-store'
import { WaitingSpace, keptWaitingSpace } from './waiting-space'
import { measureWaitingSpace } from './measure-waiting-space'

const MEMBER_PREFIX = 'member:'
/** Cards that ask nothing and bring good news: drawn as the good-news cards are. */
const CALM: ReadonlySet<WaitingItem['kind']> = new Set(['EMERGENCY_DEEMED'])
/**
 * Cards that only say something is being looked at (现在不用做什么): drawn plain, not in the orange
 * of a card that asks something (a trial: 正在审核 looked as urgent as 要补充材料).
 */
const QUIET: ReadonlySet<WaitingItem['kind']> = new Set(['IN_REVIEW', 'FILED_FOR_YOU', 'LETTER_IN_REVIEW'])

/** The card's look: 'good' (CALM), 'quiet' (QUIET, or a card that asks nothing) or '' (asks something). */
const lookOf = (item: WaitingItem) => (CALM.has(item.kind) ? 'good' : QUIET.has(item.kind) || item.asksNothing ? 'quiet' : '')

/** The action's classes by the card's look: a line of text when it asks nothing, else a button (green for good news). */
const actionClass = (look: '' | 'good' | 'quiet') =>
  look === 'quiet' ? 'home__waiting-action' : `home__waiting-action home__waiting-action--button${look === 'good' ? ' home__waiting-action--good' : ''}`

function open(item: WaitingItem) {
  if (item.opensEmergency) {
    void openPage(`/packages/emergency/pages/start/index?member=${encodeURIComponent(item.key)}`)
    return
  }
  if (item.kind === 'AWAITING_MEMBER' || item.kind === 'LETTER_IN_REVIEW') {
    void openPage('/packages/family/pages/list/index')
    return
  }
  if (item.kind === 'LETTER_REJECTED') {
    // With the upload open (a trial: the page opened on 发邀请, the upload hidden under it).
    void openPage(`/packages/family/pages/authorize/index?id=${encodeURIComponent(item.key)}&method=DOCUMENT`)
    return
  }
  if (item.kind === 'INVITATION') {
    void openPage(`/packages/family/pages/accept/index?invitation=${encodeURIComponent(item.key)}`)
    return
  }
  if (item.kind === 'VERIFY') {
    void openPage('/packages/profile/pages/verify/index?for=waiting')
    return
  }
  // A cancelled emergency filing: its details hold 重新办急诊备案, or past the deadline 零星报销.
  if (item.kind === 'MATERIALS' || item.kind === 'FILED_FOR_YOU' || item.kind === 'IN_REVIEW' || item.kind === 'EMERGENCY_CANCELLED') {
    void openPage(`/packages/mine/pages/detail/index?id=${encodeURIComponent(item.key)}`)
    return
  }
  if (item.kind === 'EMERGENCY_DEEMED') {
    // Straight to what to tell the hospital, for the person whose stay it is.
    useEmergencyDraftStore.getState().setSubject(item.key as SubjectKey)
    void openPage('/packages/emergency/pages/details/index')
    return
  }
  const member = item.key.startsWith(MEMBER_PREFIX) ? item.key.slice(MEMBER_PREFIX.length) : null
  void openPage(`/packages/emergency/pages/start/index?${member ? `member=${encodeURIComponent(member)}` : 'whom=self'}`)
}

/** Opens what a good-news card tells of: the filing's details, or a filing for the member. */
function openNews(item: GoodNewsItem) {
  void openPage(
    item.kind === 'FILING_APPROVED'
      ? `/packages/mine/pages/detail/index?id=${encodeURIComponent(item.key)}`
      : item.opens === 'EMERGENCY'
        ? `/packages/emergency/pages/start/index?member=${encodeURIComponent(item.key)}`
        : `/packages/filing/pages/start/index?member=${encodeURIComponent(item.key)}`,
  )
}

/**
 * Cards on the home page for what waits on the person (issue 13 item 12): a filing started on this
 * phone and not sent (DraftCards: 继续填写, or discard it), a family member's
 * invitation to agree to, 补充材料 asked for, an emergency filing started and not sent, and (the
 * proxy's side) a family member who has not yet agreed to an invitation; after them, good news
 * (goodNews: 备案已通过, 授权委托书已通过, 家人已同意让您代办), each shown until opened or for 7 days. Filings are read only when there is a session
 * (opening the home page creates no account); they are read again each time it is shown.
 */
export default function WaitingCards() {
  const token = useSessionStore((s) => s.token)
  const drafts = useEmergencyDraftStore((s) => s.drafts)
  const members = useSubjectsStore((s) => s.members)
  const [filings, setFilings] = useState<FilingView[]>([])
  const [invitations, setInvitations] = useState<WaitingInvitationView[]>([])
  const [familyMembers, setFamilyMembers] = useState<FamilyMemberView[]>([])
  const [verification, setVerification] = useState<VerificationStatus | null>(null)
  const awaited = useMeStore((s) => s.awaited)
  const seen = useSeenNewsStore((s) => s.seen)
  const markSeen = useSeenNewsStore((s) => s.markSeen)
  const hasDrafts = useHasDraftCards()

  const elder = useElderMode()
  // Read once per visit of the page: the space the cards took last time (waiting-space.tsx).
  const [heldSpace] = useState(() => ({ normal: keptWaitingSpace(false), elder: keptWaitingSpace(true) }))
  // Whether the first read since the page opened has answered (or failed): till then the space is held.
  const [loaded, setLoaded] = useState(false)

  const load = useCallback(async () => {
    if (!token) return
    try {
      // Offline or signed out: the cards from this phone's drafts (and the last answers) still show.
      // The three reads at once, each kept as it was when it fails: the cards come in one go.
      const [filingsRead, invitationsRead, membersRead] = await Promise.allSettled([listFilings(), listWaitingInvitations(), listFamilyMembers()])
      const read = filingsRead.status === 'fulfilled' ? filingsRead.value.filings : []
      if (filingsRead.status === 'fulfilled') setFilings(read)
      if (invitationsRead.status === 'fulfilled') setInvitations(invitationsRead.value.invitations)
      if (membersRead.status === 'fulfilled') setFamilyMembers(membersRead.value.members)
      // Only when a filing waits on it, or when this phone last knew the person's photos were being
      // checked (the card that says so, a trial): the cards about 实人认证 need the status as it is now.
      if (read.some(waitsOnOwnVerification) || useMeStore.getState().me?.verification?.status === 'PENDING') {
        try {
          setVerification((await fetchMe()).verification?.status ?? null)
        } catch {
          // kept as it was
        }
      }
    } finally {
      setLoaded(true)
    }
  }, [token])
  useLoadOnShow(load)

  const started: StartedEmergencyDraft[] = Object.entries(drafts)
    // Past the first page; or left on it for 实名信息, answers given (a trial: back home after
    // saving it, nothing led back to a stay with a deadline).
    .filter(([, d]) => d && (d.step !== 'start' || d.askWhoseAfterProfile === true) && d.admittedOn)
    .map(([key, d]) => ({
      key,
      whose: key === 'self' ? '您' : members[key.slice(MEMBER_PREFIX.length)]?.name ?? '家人',
      admittedOn: d!.admittedOn,
      nothingToFile: d!.nothingToFile ?? null,
      ...(key === 'self' && d!.askWhoseAfterProfile === true ? { whoseUnknown: true } : {}),
    }))
  // Stays looked up for a member before they agreed: their card leads back to it (a trial).
  const checked: CheckedEmergency[] = Object.entries(drafts).flatMap(([key, d]) =>
    key.startsWith(MEMBER_PREFIX) && d?.admittedOn && !d.nothingToFile ? [{ memberId: key.slice(MEMBER_PREFIX.length), admittedOn: d.admittedOn }] : [],
  )
  const news = goodNews(filings, familyMembers, seen, now(), checked)
  const items = notToldTwice([...waitingOnPerson(filings, started, invitations, familyMembers, verification, verifyMeans(), awaited && Date.parse(awaited.expiresAt) > now().getTime() ? awaited : null), ...cancelledEmergencyCards(filings, chinaToday(now()))], news)
  const shown = items.length > 0 || news.length > 0 || hasDrafts
  // Once read, the height the cards now take is kept for the next visit (0 when there are none).
  useEffect(() => {
    if (loaded) measureWaitingSpace(elder)
  }, [loaded, elder, items.length, news.length, hasDrafts])
  const held = token && !loaded ? heldSpace[elder ? 'elder' : 'normal'] : 0
  if (!shown) return held > 0 ? <WaitingSpace height={held} /> : null
  return (
    <View className='home__waiting' id='home-waiting' style={held > 0 ? { minHeight: `${held}px` } : undefined}>
      <DraftCards filings={filings} familyMembers={familyMembers} />
      {items.map((item) => {
        const look = lookOf(item)
        return (
          <View
            key={`${item.kind}-${item.key}`}
            // A stay that needs nothing is good news, drawn so, not as something left undone.
            className={`home__waiting-card${look ? ` home__waiting-card--${look}` : ''}`}
            id={`waiting-${item.kind}-${item.key.replace(':', '-')}`}
            {...tappable(null, () => open(item), { role: 'link' })}
          >
            <Text className='home__waiting-title'>{item.title}</Text>
            <Text className='home__waiting-detail'>{item.detail}</Text>
            <Text className={actionClass(look)}>{item.action} ›</Text>
          </View>
        )
      })}
      {news.map((item) => (
        <View
          key={item.seenKey}
          className='home__waiting-card home__waiting-card--good'
          id={`news-${item.kind}-${item.key}`}
          {...tappable(null, () => {
            markSeen(item.seenKey)
            openNews(item)
          }, { role: 'link' })}
        >
          <Text className='home__waiting-title'>{item.title}</Text>
          <Text className='home__waiting-detail'>{item.detail}</Text>
          <Text className={actionClass('good')}>{item.action} ›</Text>
        </View>
      ))}
    </View>
  )
}
