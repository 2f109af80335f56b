import { View, Text } from '@tarojs/components'
import type { PlaceToAsk } from '@/domain/emergency'
import { tappable } from '@/lib/a11y'
import MissingMark, { sectionClass } from './missing-mark'
import type { Unanswered } from './unanswered'

export interface StandingPlaceProps {
  /** The block's number on the page. */
  number: number
  /** 您, or the family member's name. */
  who: string
  places: readonly PlaceToAsk[]
  /** A place's code, 'ELSEWHERE', or '' while unanswered. */
  answered: string
  onAnswer: (code: string) => void
  /** Said under the choices once answered: what the filing there is to this stay (standingCover's lead), or null. */
  lead: string | null
  /** The questions 下一步 found unanswered (MissingMark): this block is marked while in it. */
  marked: ReadonlySet<Unanswered['block']>
}

/**
 * 在哪里住的院？ — asked only when the person holds filings that bear on the admission day: the
 * places of those filings, then 在别的地方. The answer decides whether a filing they hold covers
 * the stay (standingCover).
 */
export default function StandingPlace({ number, who, places, answered, onAnswer, lead, marked }: StandingPlaceProps) {
  const choice = (selected: boolean) => `flow__choice${selected ? ' flow__choice--selected' : ''}`
  return (
    <View className={sectionClass('question-place', marked)} id='question-place'>
      <Text className='emergency__question' id='question-place-title'>{number}. 在哪里住的院？</Text>
      <MissingMark block='question-place' missing={marked} />
      <Text className='flow__text' id='question-place-why'>
        {who}已经有去{places.length > 1 ? '这些地方' : '这个地方'}的备案。住院的医院在那里，可能就不用再办急诊备案了。
      </Text>
      {places.map((p) => (
        <View key={p.code} className={choice(answered === p.code)} id={`place-${p.code}`} {...tappable(null, () => onAnswer(p.code), { role: 'radio', checked: answered === p.code })}>
          <Text className='flow__choice-label'>{p.label}</Text>
        </View>
      ))}
      <View className={choice(answered === 'ELSEWHERE')} id='place-ELSEWHERE' {...tappable(null, () => onAnswer('ELSEWHERE'), { role: 'radio', checked: answered === 'ELSEWHERE' })}>
        <Text className='flow__choice-label'>在别的地方</Text>
      </View>
      <View id='question-place-answer' />
      {lead ? (
        <Text className='flow__notice emergency__standing-lead' id='standing-lead'>
          {lead}
        </Text>
      ) : null}
    </View>
  )
}
