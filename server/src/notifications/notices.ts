import type { FastifyInstance } from 'fastify'
import type { CaseNotice } from '@/domain/review/staff-views'
import type { FilingRecord } from '@server/db/repositories/filings'
import type { NotificationRecord } from '@server/db/repositories/notifications'
import type { DecisionRecord } from '@server/db/repositories/review-decisions'
import { recipientOf } from './preview'

/** Why the sender ends a row CANCELLED when the person allowed no message (sender.ts: no grant left, or WeChat's 43101). */
const NOT_SUBSCRIBED_REASONS = ['no subscription grant', 'not subscribed']

/**
 * What became of a decision's messages, one row a recipient (FilingCase.notices), from the outbox
 * rows the decision wrote (review.ts decisionNotifications: kind DECISION, `payload.decidedAt` the
 * decision's instant): SENT (with `sentAt`); a row still queued is SENDING when its recipient holds a
 * DECISION grant (订阅消息: sender.ts will spend it), NOT_SUBSCRIBED when they hold none (the sender
 * would cancel it: it shows only in the mini-program); CANCELLED for want of a grant (or WeChat's
 * 43101) is NOT_SUBSCRIBED; any other end (FAILED, a user gone) is NOT_SENT.
 * `grantsOf(userId)`: the recipient's DECISION grants now. Empty without a decision.
 */
export async function decisionNotices(
  filing: Pick<FilingRecord, 'userId' | 'subjectUserId' | 'subjectName' | 'filerName'>,
  decision: Pick<DecisionRecord, 'decidedAt'> | undefined,
  rows: readonly NotificationRecord[],
  grantsOf: (userId: string) => Promise<number>,
): Promise<CaseNotice[]> {
  if (!decision) return []
  const sent = rows.filter((n) => n.payload.kind === 'DECISION' && n.payload.decidedAt === decision.decidedAt)
  return Promise.all(
    sent.map(async (n): Promise<CaseNotice> => {
      const who = recipientOf(filing, n.userId)
      const message: CaseNotice['message'] =
        n.status === 'SENT'
          ? 'SENT'
          : n.status === 'PENDING' || n.status === 'SENDING'
            ? n.grantHeld || (await grantsOf(n.userId)) > 0
              ? 'SENDING'
              : 'NOT_SUBSCRIBED'
            : n.status === 'CANCELLED' && NOT_SUBSCRIBED_REASONS.some((r) => n.lastError?.startsWith(r))
              ? 'NOT_SUBSCRIBED'
              : 'NOT_SENT'
      return { ...who, message, sentAt: message === 'SENT' ? n.sentAt : null }
    }),
  )
}

/** FilingCase.notices for `filing` and its last decision, read from the outbox and the subscriptions. */
export async function caseNotices(app: FastifyInstance, filing: FilingRecord, decision: DecisionRecord | undefined): Promise<CaseNotice[]> {
  if (!decision) return []
  const rows = await app.repos.notifications.listForFiling(filing.id)
  return decisionNotices(filing, decision, rows, async (userId) => (await app.repos.subscriptions.find(userId)).grants.DECISION)
}
