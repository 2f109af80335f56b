import { View, Text } from '@tarojs/components'
import BasisNote from '@/components/basis-note'
import HelpLine from '@/components/help-line'
import { citationScopeFor } from '@/domain/citation'
import type { StandingCover } from '@/domain/emergency'
import type { FilingView } from '@/domain/filings'
import { validityText } from '@/domain/filings'
import { tappable } from '@/lib/a11y'

export interface StandingAnswerProps {
  cover: Exclude<StandingCover<FilingView>, { kind: 'NONE' }>
  today: string
  /** The person's 参保地 (code), for the 依据's scope; its name for the help line. */
  insuredRegion: string
  insuredPlaceName: string | undefined
  onOpen: (filingId: string) => void
}

/**
 * The answer when a filing the person holds decides the stay (standingCover): it covers it (no
 * emergency filing: the filing, one tap to open), or it starts after the admission and the person
 * may not file an emergency (away more than 3 months): ask the 参保地 to move its start back to
 * the admission day before discharge settlement, with a number to call, else 零星报销.
 */
export default function StandingAnswer({ cover, today, insuredRegion, insuredPlaceName, onOpen }: StandingAnswerProps) {
  const covered = cover.kind !== 'STARTS_LATER'
  const f = cover.filing
  return (
    <View className={`flow__section ${covered ? 'emergency__verdict' : 'emergency__suggest'}`} id='standing-answer'>
      <Text className='flow__title' id='standing-headline'>{cover.headline}</Text>
      {covered ? <Text className='flow__text' id='standing-answer-lead'>{cover.lead}</Text> : null}
      <Text className='flow__text' id='standing-advice'>{cover.advice}</Text>
      <View className='emergency__standing-item' id={`standing-filing-${f.id}`} {...tappable(null, () => onOpen(f.id), { role: 'link' })}>
        <Text className='emergency__standing-place'>去{f.destination.name}</Text>
        <Text className='emergency__standing-line'>{`${f.typeName}，${f.statusLabel}，备案号 ${f.number}`}</Text>
        <Text className='emergency__standing-line'>{validityText(f, today)}</Text>
        <Text className='flow__link'>查看这条备案 ›</Text>
      </View>
      <BasisNote name='standing' citations={cover.citations} scope={citationScopeFor(cover.citations, insuredRegion)} insuredRegion={insuredRegion} />
      {cover.next === 'ASK_AGENCY' || cover.next === 'CLAIM_AFTERWARDS' ? (
        <HelpLine name='standing' placeName={insuredPlaceName} title={cover.next === 'ASK_AGENCY' ? '请参保地把备案提前到入院那天：打这个电话' : '零星报销怎么办，可以先问清楚'} />
      ) : null}
    </View>
  )
}
