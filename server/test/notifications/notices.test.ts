import type { NotificationRecord, NotificationStatus } from '@server/db/repositories/notifications'
import { decisionNotices } from '@server/notifications/notices'

/**
 * decisionNotices: what became of the last decision's messages, a row a recipient (the case's
 * `notices`), from the outbox rows alone and the recipients' grants now. The sender's own paths
 * (queued, sent, cancelled for want of a grant) are also run against the fake WeChat in sender.test.ts.
 */

const DECIDED = '2025-09-29T02:00:00.000Z'
const EARLIER = '2025-09-28T02:00:00.000Z'
const proxyFiling = { userId: 'daughter', subjectUserId: 'father', subjectName: '李建国', filerName: '李丽' }
const ownFiling = { userId: 'father', subjectUserId: 'father', subjectName: '李建国', filerName: null }

function row(userId: string, status: NotificationStatus, change: Partial<NotificationRecord> = {}, decidedAt = DECIDED): NotificationRecord {
  return {
    id: `${userId}-${status}-${decidedAt}`,
    userId,
    filingId: 'f1',
    kind: 'DECISION',
    dueAt: decidedAt,
    payload: { kind: 'DECISION', filingNumber: 'YD1', decision: 'REQUEST_MATERIALS', statusLabel: '待补充材料', summary: '出院小结', decidedAt },
    status,
    attempts: 0,
    lastError: null,
    sentAt: null,
    createdAt: decidedAt,
    claimedBy: null,
    leaseUntil: null,
    grantHeld: false,
    ...change,
  }
}

const noGrants = async () => 0
const grants = (held: Record<string, number>) => async (userId: string) => held[userId] ?? 0

describe('decisionNotices', () => {
  it('none before any decision', async () => {
    expect(await decisionNotices(ownFiling, undefined, [row('father', 'SENT')], noGrants)).toEqual([])
  })

  // columns: case | the row | the recipient's grants now | message | sentAt
  it.each<[string, NotificationRecord, Record<string, number>, string, string | null]>([
    ['sent', row('father', 'SENT', { sentAt: '2025-09-29T02:01:00.000Z' }), {}, 'SENT', '2025-09-29T02:01:00.000Z'],
    ['queued, a grant to spend', row('father', 'PENDING'), { father: 1 }, 'SENDING', null],
    ['queued, no grant: the sender will cancel it', row('father', 'PENDING'), {}, 'NOT_SUBSCRIBED', null],
    ['being sent, holding its grant', row('father', 'SENDING', { grantHeld: true }), {}, 'SENDING', null],
    ['cancelled for want of a grant', row('father', 'CANCELLED', { lastError: 'no subscription grant' }), {}, 'NOT_SUBSCRIBED', null],
    ['cancelled by WeChat (43101: not subscribed)', row('father', 'CANCELLED', { lastError: 'not subscribed (43101)' }), {}, 'NOT_SUBSCRIBED', null],
    ['cancelled: the account is gone', row('father', 'CANCELLED', { lastError: 'user gone' }), { father: 1 }, 'NOT_SENT', null],
    ['failed after its attempts', row('father', 'FAILED', { lastError: 'send: errcode 40003' }), { father: 1 }, 'NOT_SENT', null],
  ])('%s → %s', async (_case, r, held, message, sentAt) => {
    expect(await decisionNotices(ownFiling, { decidedAt: DECIDED }, [r], grants(held))).toEqual([{ role: 'APPLICANT', name: '李建国', message, sentAt }])
  })

  it('代办: the proxy (masked) and the member, each on their own; the last decision only, never a reminder', async () => {
    const rows = [
      row('daughter', 'SENT', { sentAt: EARLIER }, EARLIER),
      row('father', 'SENT', { sentAt: EARLIER }, EARLIER),
      row('daughter', 'SENT', { sentAt: '2025-09-29T02:00:30.000Z' }),
      row('father', 'PENDING'),
      { ...row('father', 'PENDING'), id: 'reminder', kind: 'DEADLINE_REMINDER' as const, payload: { kind: 'DEADLINE_REMINDER' as const, trigger: 'MATERIALS_REQUESTED' as const, filingNumber: 'YD1', deadline: '2025-10-10' } },
    ]
    expect(await decisionNotices(proxyFiling, { decidedAt: DECIDED }, rows, noGrants)).toEqual([
      { role: 'PROXY', name: '李*', message: 'SENT', sentAt: '2025-09-29T02:00:30.000Z' },
      { role: 'INSURED', name: '李建国', message: 'NOT_SUBSCRIBED', sentAt: null },
    ])
  })
})
