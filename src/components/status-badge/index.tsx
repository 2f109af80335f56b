import { Text } from '@tarojs/components'
import { FILING_STATUSES, type FilingStatus } from '@/domain/filings'

/** A status's colour: green only once it is in force, blue while it waits, red when something is needed. */
export const STATUS_TONE: Record<FilingStatus, 'ok' | 'wait' | 'warn' | 'off'> = {
  APPROVED: 'ok',
  SUBMITTED: 'wait',
  UNDER_REVIEW: 'wait',
  NEEDS_MATERIALS: 'warn',
  REJECTED: 'warn',
  CANCELLED: 'off',
  SUPERSEDED: 'off',
  EXPIRED: 'off',
}

/**
 * A filing's status in words (API.md labels) and colour; the words carry the meaning, not the colour.
 * `label` replaces the words where they say more (待回答审核员的问题 for a 待补充材料 that only asks a question).
 */
export default function StatusBadge({ status, label }: { status: FilingStatus; label?: string }) {
  return <Text className={`status-badge status-badge--${STATUS_TONE[status]}`}>{label ?? FILING_STATUSES[status]}</Text>
}
