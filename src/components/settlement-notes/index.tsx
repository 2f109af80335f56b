import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { SettlementNote } from '@/domain/filings'
import { TRAUMA_NO_THIRD_PARTY_COMMITMENT } from '@/domain/filings'
import BasisNote from '@/components/basis-note'
import './index.scss'

export interface SettlementNotesProps {
  /** From settlementNotes (src/domain/filings): each with its 依据. */
  notes: readonly SettlementNote[]
  /** The filing's 参保地 code: its own documents are listed first in each 依据 (BasisNote). */
  insuredRegion?: string
}

/** 直接结算要知道的事: from which day, which hospitals, and the 外伤 承诺书 when it applies. */
export default function SettlementNotes({ notes, insuredRegion }: SettlementNotesProps) {
  const [showTrauma, setShowTrauma] = useState(false)
  return (
    <View className='flow__section settlement-notes' id='settlement-notes'>
      <Text className='flow__title'>直接结算要知道的事</Text>
      {notes.map((n) => (
        <View key={n.id} className='settlement-notes__item' id={`settlement-${n.id}`}>
          <Text className='flow__text'>{n.text}</Text>
          {n.lookup ? (
            <Text className='flow__text settlement-notes__lookup' id={`settlement-${n.id}-lookup`} selectable>
              查询：{n.lookup.label}（{n.lookup.url}）
            </Text>
          ) : null}
          {n.id === 'TRAUMA' ? (
            <View>
              <Text className='flow__link' id='settlement-trauma-toggle' onClick={() => setShowTrauma(!showTrauma)}>
                {showTrauma ? '收起承诺书内容' : `看看《${TRAUMA_NO_THIRD_PARTY_COMMITMENT.title}》写什么 ›`}
              </Text>
              {showTrauma ? (
                <View className='settlement-notes__text' id='settlement-trauma-text'>
                  {TRAUMA_NO_THIRD_PARTY_COMMITMENT.text.split('\n').map((line, i) => (
                    <Text key={i} className='flow__text'>{line}</Text>
                  ))}
                </View>
              ) : null}
            </View>
          ) : null}
          <BasisNote name={`settlement-${n.id}`} citations={n.citations} scope={n.scope} insuredRegion={insuredRegion} />
        </View>
      ))}
    </View>
  )
}
