import type { Transaction } from 'kysely'
import { RELEASE_REVIEWER, UNVERIFIED_REVIEW_NOTE, VERIFIED_RELEASE_NOTE } from '@/domain/verification'
import { createFilingsRepository } from '@server/db/repositories/filings'
import type { Database, Dialect } from '@server/db/schema'
import { approvalValidity, filingRecipients } from '@server/filings/filing-common'
import { decisionNotifications, filingAuditLabel } from '@server/filings/review'

/** Who the audit log names for a release: the server itself, on the filer's 实人认证. */
const RELEASE_ACTOR = { type: 'SERVICE' as const, id: null, name: 'service:verification-release', role: null }

/**
 * Approves, in the transaction `trx` that records `userId`'s 实人认证 as passed (刷脸, or staff
 * approving the ID photos), every filing of theirs that waited on nothing else
 * (filings.waitingOnFilerVerification): a self-service type is decided at once for a verified
 * filer (initialFilingStatus; SPEC §7, 004 事项11-15), so once the filer is verified it is what
 * it would have been. Each is decided as a reviewer's 批准 is (filings.decide: the status moves
 * only from UNDER_REVIEW, so a reviewer deciding it at the same moment wins or loses whole), by
 * RELEASE_REVIEWER, with VERIFIED_RELEASE_NOTE on the timeline, the filer and the person filed
 * for notified (备案成功) and an audit row (DECIDE_FILING, actor service:verification-release).
 * A filing a reviewer has already decided anything on stays with staff. Answers how many it
 * approved. Throws what the database throws (the 实人认证 is then not recorded either).
 */
export async function releaseOnVerification(trx: Transaction<Database>, dialect: Dialect, userId: string, now: Date): Promise<number> {
  const filings = createFilingsRepository(trx, dialect)
  const waiting = await filings.waitingOnFilerVerification(userId, UNVERIFIED_REVIEW_NOTE)
  let released = 0
  for (const filing of waiting) {
    const decided = await filings.decide(
      filing.id,
      {
        decision: 'APPROVE',
        reasons: [],
        missingItems: [],
        fromStatuses: ['UNDER_REVIEW'],
        toStatus: 'APPROVED',
        note: VERIFIED_RELEASE_NOTE,
        notifications: decisionNotifications(filing, filingRecipients(filing), { decision: 'APPROVE', to: 'APPROVED', summary: VERIFIED_RELEASE_NOTE, now }),
        reviewer: { ...RELEASE_REVIEWER },
        validity: approvalValidity(filing, now),
        audit: {
          actor: RELEASE_ACTOR,
          action: 'DECIDE_FILING',
          subject: { type: 'FILING', id: filing.id, label: filingAuditLabel(filing) },
          detail: { decision: 'APPROVE', from: 'UNDER_REVIEW', to: 'APPROVED', because: 'FILER_VERIFIED' },
          ip: null,
        },
      },
      now,
    )
    if (decided) released += 1
  }
  return released
}
