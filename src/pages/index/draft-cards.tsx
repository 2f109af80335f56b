import { useState } from 'react'
import { View, Text } from '@/components/primitives'
import { unfinishedDraftCards, type FilingDraftStep, type UnfinishedDraftCard } from '@/domain/filings/unfinished-draft'
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
          <View className='home__draft-button home__draft-button--primary' id={`draft-continue-${id}`} {...tappable(null, resume)}>
            <Text>继续填写</Text>
          </View>
          <View className='home__draft-button' id={`draft-discard-${id}`} {...tappable(null, () => setConfirming(true))}>
            <Text>不填了，删掉</Text>
          </View>
        </View>
      )}
    </View>
  )
}

/**
 * 还没填完的备案 on the home page (a trial: a draft showed only on 我要备案): one card per person with a
 * filing started on this phone and not sent (unfinishedDraftCards), with 继续填写 at the step it
 * reached and 不填了，删掉, which asks first. Drafts are read from the persisted draft store.
 */
export default function DraftCards() {
  const drafts = useFilingDraftStore((s) => s.drafts)
  const members = useSubjectsStore((s) => s.members)
  const cards = unfinishedDraftCards(
    Object.entries(drafts).flatMap(([key, d]) =>
      d ? [{ key, step: d.step, type: d.type, memberName: key.startsWith(MEMBER_PREFIX) ? members[key.slice(MEMBER_PREFIX.length)]?.name ?? null : null }] : [],
    ),
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
