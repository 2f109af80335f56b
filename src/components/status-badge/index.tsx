import { Text } from '@tarojs/components'
import { FILING_STATUSES, type FilingStatus } from '@/domain/filings'

const TONE: Record<FilingStatus, 'ok' | 'wait' | 'warn' | 'off'> = {
  APPROVED: 'ok',
  SUBMITTED: 'wait',
  UNDER_REVIEW: 'wait',
  NEEDS_MATERIALS: 'warn',
  REJECTED: 'warn',
  CANCELLED: 'off',
  SUPERSEDED: 'off',
  EXPIRED: 'off',
}

/** A filing's status in words (API.md labels) and colour; the words carry the meaning, not the colour. */
export default function StatusBadge({ status }: { status: FilingStatus }) {
  return <Text className={`status-badge status-badge--${TONE[status]}`}>{FILING_STATUSES[status]}</Text>
}
