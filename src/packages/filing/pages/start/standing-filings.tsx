import { View, Text } from '@tarojs/components'
import type { FilingType } from '@/domain/filing-types'
import { standingNotice, type FilingView } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import { now } from '@/lib/clock'
import { tappable } from '@/lib/a11y'
import { openPage } from '@/lib/navigation'

/** 我的备案's detail page (another subpackage: its URL, not its code). */
export const detailUrl = (id: string) => `/packages/mine/pages/detail/index?id=${encodeURIComponent(id)}`

export interface StandingFilingsProps {
  /** The chosen person's filings (useSubjectFilings), or null: nothing is said. */
  filings: readonly FilingView[] | null
  /** The family member's name when filing for them (default: the caller, 您). */
  subjectName?: string
  /** The type chosen so far on this page (or the clashing draft's), or null. */
  type: FilingType | null
}

/**
 * Before the person starts (trial: 王大爷 was refused only at the last tap): the filings the chosen
 * person already has that still stand, each opening its detail; with the chosen type, which of
 * them a new one would duplicate (standingNotice, the server's rule). It only warns — nothing is
 * blocked, the server decides — and says nothing when the list cannot be read.
 */
export default function StandingFilings({ filings, subjectName, type }: StandingFilingsProps) {
  if (!filings) return null
  const notice = standingNotice(filings, {
    today: chinaToday(now()),
    type,
    ...(subjectName ? { subjectName } : {}),
  })
  if (!notice) return null

  return (
    <View className='flow__notice filing-start__standing' id='standing-notice'>
      <Text className='filing-start__standing-lead'>{notice.lead}</Text>
      {notice.items.map((item) => (
        <View
          key={item.id}
          className={`filing-start__standing-item${item.conflicts ? ' filing-start__standing-item--clash' : ''}`}
          id={`standing-${item.id}`}
          // Named by its own words (place, state, 查看这条备案): a label of its own left them out (axe: label-content-name-mismatch).
          {...tappable(null, () => openPage(detailUrl(item.id)), { role: 'link' })}
        >
          <Text className='filing-start__standing-place'>{item.place}</Text>
          <Text className='filing-start__standing-line'>{item.line}</Text>
          {item.lockNote ? <Text className='filing-start__standing-line' id={`standing-lock-${item.id}`}>{item.lockNote}</Text> : null}
          <Text className='flow__link'>查看这条备案 ›</Text>
        </View>
      ))}
      <Text className='filing-start__standing-advice' id='standing-advice'>{notice.advice}</Text>
    </View>
  )
}
