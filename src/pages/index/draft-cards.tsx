import { useState } from 'react'
import { View, Text } from '@/components/primitives'
import { unfinishedDraftCards, type FilingDraftStep, type UnfinishedDraftCard } from '@/domain/filings/unfinished-draft'
// The modules themselves, not the filings index: the home page is in the main package (no rules, no region table).
import { filingsForSubject } from '@/domain/filings/filings-for-subject'
import type { FilingView } from '@/domain/filings/filing-view'
import type { FamilyMemberView } from '@/domain/family/views'
import { chinaToday } from '@/domain/time/china-date'
import { now } from '@/lib/clock'
import { useFilingDraftStore, type SubjectKey } from '@/stores/use-filing-draft-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { roleAttr, tappable } from '@/lib/a11y'
import { openEntry as openPage } from './open-entry'

const MEMBER_PREFIX = 'member:'

/** The filing flow's page of each step (packages/filing/shared/flow.ts, not imported: it is a subpackage's). */
const STEP_PAGES: Readonly<Record<FilingDraftStep, string>> = {
  start: '/packages/filing/pages/start/index',
  form: '/packages/filing/pages/form/index',
  materials: '/packages/filing/pages/materials/index',
  review: '/packages/filing/pages/review/index',
}

const idOf = (key: string) => key.replace(':', '-')

function DraftCard({ card }: { card: UnfinishedDraftCard }) {
  const setSubject = useFilingDraftStore((s) => s.setSubject)
  const clear = useFilingDraftStore((s) => s.clear)
  const [confirming, setConfirming] = useState(false)
  const id = idOf(card.key)
  const resume = () => {
    // The flow's pages fill in the draft of the chosen person: choose them, then open the step.
    setSubject(card.key as SubjectKey)
    void openPage(STEP_PAGES[card.step])
  }
  return (
    <View className='home__waiting-card home__draft' id={`draft-card-${id}`}>
      <Text className='home__waiting-title'>{card.title}</Text>
      <Text className='home__waiting-detail'>{card.detail}</Text>
      {card.duplicateOf ? (
        <Text className='home__waiting-detail' id={`draft-existing-${id}`}>
          已有的备案：{card.duplicateOf.line}
        </Text>
      ) : null}
      {confirming ? (
        <View className='home__draft-confirm' id={`draft-confirm-${id}`} {...roleAttr('alertdialog')} aria-label='删掉没填完的备案'>
          <Text className='home__waiting-detail home__draft-question'>{card.confirm}</Text>
          <View className='home__draft-buttons'>
            <View className='home__draft-button home__draft-button--danger' id={`draft-discard-yes-${id}`} {...tappable(null, () => clear(card.key as SubjectKey))}>
              <Text>确定删掉</Text>
            </View>
            <View className='home__draft-button' id={`draft-discard-no-${id}`} {...tappable(null, () => setConfirming(false))}>
              <Text>先留着</Text>
            </View>
          </View>
        </View>
      ) : (
        <View className='home__draft-buttons'>
          {card.duplicateOf ? (
            // 继续填写 would only be refused again: the filing they have, as 我要备案's 接着上次填 offers it.
            <View
              className='home__draft-button home__draft-button--primary'
              id={`draft-open-existing-${id}`}
              {...tappable(null, () => void openPage(`/packages/mine/pages/detail/index?id=${encodeURIComponent(card.duplicateOf!.id)}`))}
            >
              <Text>查看已有的备案</Text>
            </View>
          ) : (
            <View className='home__draft-button home__draft-button--primary' id={`draft-continue-${id}`} {...tappable(null, resume)}>
              <Text>继续填写</Text>
            </View>
          )}
          <View className='home__draft-button' id={`draft-discard-${id}`} {...tappable(null, () => setConfirming(true))}>
            <Text>不填了，删掉</Text>
          </View>
        </View>
      )}
    </View>
  )
}

/** The person's filings among the caller's, by the draft store's key; undefined when not known (a member not in the list). */
function filingsOf(key: string, filings: readonly FilingView[], familyMembers: readonly FamilyMemberView[]): readonly FilingView[] | undefined {
  if (key === 'self') return filingsForSubject(filings, { self: true })
  const member = familyMembers.find((m) => m.id === key.slice(MEMBER_PREFIX.length))
  return member ? filingsForSubject(filings, { self: false, name: member.name, idNumberMasked: member.idNumberMasked }) : undefined
}

/**
 * 还没填完的备案 on the home page (a trial: a draft showed only on 我要备案): one card per person with a
 * filing started on this phone and not sent (unfinishedDraftCards), with 继续填写 at the step it
 * reached and 不填了，删掉, which asks first. Drafts are read from the persisted draft store. A draft
 * that duplicates a filing the person has says so, as 我要备案's 接着上次填 does, and offers that
 * filing instead of 继续填写 (a trial: resumed from here, the warning was skipped).
 * @param filings the caller's filings (GET /api/filings; empty while not read: no warning then)
 * @param familyMembers the caller's family members, to know whose filings are whose
 */
export default function DraftCards({ filings, familyMembers }: { filings: readonly FilingView[]; familyMembers: readonly FamilyMemberView[] }) {
  const drafts = useFilingDraftStore((s) => s.drafts)
  const members = useSubjectsStore((s) => s.members)
  const cards = unfinishedDraftCards(
    Object.entries(drafts).flatMap(([key, d]) =>
      d
        ? [{
            key,
            step: d.step,
            type: d.type,
            memberName: key.startsWith(MEMBER_PREFIX) ? members[key.slice(MEMBER_PREFIX.length)]?.name ?? null : null,
            destination: d.destination,
            startDate: d.startDate,
            filings: filingsOf(key, filings, familyMembers),
          }]
        : [],
    ),
    chinaToday(now()),
  )
  return (
    <>
      {cards.map((card) => (
        <DraftCard key={card.key} card={card} />
      ))}
    </>
  )
}

/** Whether the home page has a card of an unfinished filing draft to show. */
export function useHasDraftCards(): boolean {
  return useFilingDraftStore((s) => Object.values(s.drafts).some((d) => d && d.type !== null && d.step !== 'start'))
}
