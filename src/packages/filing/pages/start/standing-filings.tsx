import { View, Text } from '@tarojs/components'
import type { FilingType } from '@/domain/filing-types'
import { standingNotice, type FilingView } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import { now } from '@/lib/clock'
import { tappable } from '@/lib/a11y'
import { openPage } from '@/lib/navigation'

/** The emergency flow's first page, which weighs a standing filing against a stay already begun. */
const EMERGENCY_START_URL = '/packages/emergency/pages/start/index'

/** 我的备案's detail page (another subpackage: its URL, not its code). */
export const detailUrl = (id: string) => `/packages/mine/pages/detail/index?id=${encodeURIComponent(id)}`

export interface StandingFilingsProps {
  /** The chosen person's filings (useSubjectFilings), or null: nothing is said. */
  filings: readonly FilingView[] | null
  /** The family member's name when filing for them (default: the caller, 您). */
  subjectName?: string
  /** The type chosen so far on this page (or the clashing draft's), or null. */
  type: FilingType | null
  /** The family member's id when filing for them: the emergency page opens for them too. */
  memberId?: string
}

/**
 * Before the person starts (trial: 王大爷 was refused only at the last tap): the filings the chosen
 * person already has that still stand, each opening its detail; with the chosen type, which of
 * them a new one would duplicate (standingNotice, the server's rule). It only warns — nothing is
 * blocked, the server decides — and says nothing when the list cannot be read. With a clash, the
 * way on for someone already in hospital: the emergency page, which says whether that filing covers
 * the stay and what to do if not (standingCover).
 */
export default function StandingFilings({ filings, subjectName, type, memberId }: StandingFilingsProps) {
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
      {notice.items.some((i) => i.conflicts) ? (
        // A 变更 cannot reach back before today; someone already in hospital whose filing there
        // started after the admission (the trial: a father sent here from the emergency flow, and
        // told only that he had one) is answered on the emergency page: covered, an emergency
        // filing, 补办 by the 参保地, or 零星报销.
        <View className='flow__link filing-start__stay-hint' id='standing-stay-hint' {...tappable(null, () => openPage(memberId ? `${EMERGENCY_START_URL}?member=${encodeURIComponent(memberId)}` : `${EMERGENCY_START_URL}?whom=self`), { role: 'link' })}>
          <Text>已经在外地住院了？点这里看这次住院怎么报 ›</Text>
        </View>
      ) : null}
    </View>
  )
}
