import type { FastifyInstance } from 'fastify'
import {
  FILING_STATUSES,
  effectiveStatus,
  emptyFields,
  normalizeFilingNumber,
  type FilingStatus,
  type FilingView,
  type CorrectableField,
  type ReviewDecisionBody,
} from '@/domain/filings'
import type { FilingType } from '@/domain/filing-types'
import { chinaToday } from '@/domain/time/china-date'
import { idTailSearch } from '@/domain/validation/id-number'
import { APPROVED_NOTE, asksFillsOnly, checkDecisionContent, decidedByLine, decisionNote } from '@/domain/review'
import type { FilingRecord, ReviewDecision } from '@server/db/repositories/filings'
import type { DecisionRecord } from '@server/db/repositories/review-decisions'
import { maskIdNumber, maskName } from '@server/logging/mask'
import { auditActor, type StaffPrincipal } from '@server/staff/actor'
import type { NewNotification } from '@server/db/repositories/notifications'
import { AppError, validationFailed } from '@server/errors'
import { deadlineReminderDue } from '@/domain/emergency'
import { askedWords, whatWasAsked } from '@/domain/materials/what-was-asked'
import { approvalValidity, filingRecipients } from './filing-common'
import { filingNotFound } from './filing-errors'
import { toFilingView } from './to-filing-view'

/**
 * Staff review of filings that go to review (SPEC §7: 受理 → 审核 → 办结, or 不予受理 with
 * everything missing told at once, 000 第五条; 001 办理流程). Each decision moves the status,
 * is kept, adds a timeline entry and queues a message to the people concerned, in one transaction.
 */

interface Transition {
  from: readonly FilingStatus[]
  to: FilingStatus
  /** What the refusal says cannot be done, e.g. 审核通过. */
  action: string
}

export const TRANSITIONS: Record<ReviewDecision, Transition> = {
  APPROVE: { from: ['UNDER_REVIEW'], to: 'APPROVED', action: '审核通过' },
  REQUEST_MATERIALS: { from: ['UNDER_REVIEW'], to: 'NEEDS_MATERIALS', action: '要求补充材料' },
  REJECT: { from: ['UNDER_REVIEW', 'NEEDS_MATERIALS'], to: 'REJECTED', action: '不予通过' },
}

function notReviewable(filing: FilingRecord, today: string, action: string, last: DecisionRecord | null): AppError {
  const label = FILING_STATUSES[effectiveStatus(filing.status, filing.validTo, today)]
  if (last) {
    // Someone decided it meanwhile: say who, so the reviewer can ask them rather than redo it.
    const by = decidedByLine(last.decision, last.reviewerName, last.decidedAt)
    return new AppError(409, 'FILING_NOT_REVIEWABLE', `这份备案已经${by}，现在是“${label}”，不能${action}；请刷新后看看最新状态`)
  }
  return new AppError(409, 'FILING_NOT_REVIEWABLE', `这份备案现在是“${label}”，不能${action}；请刷新后看看最新状态`)
}

/**
 * 422 unless a request for material lists what is missing or what to correct and a refusal says
 * why (一次性告知; the domain's checkDecisionContent); answers the fields to correct, in the form's order.
 */
export function checkDecision(
  decision: ReviewDecision,
  reasons: readonly string[],
  missingItems: readonly string[],
  corrections: readonly unknown[] = [],
): CorrectableField[] {
  const checked = checkDecisionContent({ decision, reasons, missingItems, corrections })
  if (!checked.ok) throw validationFailed(422, checked.fields)
  return checked.value.corrections
}

export const cleaned = (items: readonly string[] | undefined): string[] =>
  (items ?? []).map((item) => item.trim()).filter((item) => item.length > 0)

/** Who acts, and from where: for the decision's reviewer column and its audit row. */
export interface ReviewContext {
  principal: StaffPrincipal
  ip: string | null
}

/** The masked label an audit row names a filing by: number, masked name and ID. */
export function filingAuditLabel(filing: FilingRecord): string {
  return `${filing.number} ${maskName(filing.subjectName)} ${maskIdNumber(filing.subjectIdNumber)}`
}

/** For staff, "filed by self" is from the filer's side: they filed for themselves. */
async function reviewerView(app: FastifyInstance, filing: FilingRecord): Promise<FilingView> {
  const [details] = await app.repos.filings.details([filing])
  if (!details) throw filingNotFound()
  return toFilingView(details, chinaToday(app.now()), filing.userId)
}

/** GET /api/review/filings/:id */
export async function reviewFiling(app: FastifyInstance, id: string): Promise<FilingView> {
  const filing = await app.repos.filings.findById(id)
  if (!filing) throw filingNotFound()
  return reviewerView(app, filing)
}

/** What a staff search box holds: a filing number, the tail of an ID number (4–6), or the start of a name. */
export function parseSearchText(q: string): { number?: string; idTail?: string; name?: string } {
  const text = q.trim()
  const number = normalizeFilingNumber(text)
  if (number !== null) return { number }
  const idTail = idTailSearch(text)
  if (idTail !== null) return { idTail }
  return { name: text }
}

/** The most filings a staff list (reviewQueue, the work queue) shows at once: the oldest first. */
export const REVIEW_LIST_LIMIT = 500

/** The filters of GET /api/review/filings (reviewQueue). */
export interface ReviewQueueQuery {
  status?: FilingStatus
  number?: string
  q?: string
  type?: FilingType
  insuredRegion?: string
  /** At most this many (default REVIEW_LIST_LIMIT). */
  limit?: number
}

/**
 * GET /api/review/filings: filings in `status` (default UNDER_REVIEW), oldest first; with
 * `number`, that filing in any status (unless a status is given too). A search (`q`) or a filter
 * by type or 参保地 looks at every status unless one is given. At most REVIEW_LIST_LIMIT (500).
 */
export async function reviewQueue(app: FastifyInstance, query: ReviewQueueQuery): Promise<FilingView[]> {
  return (await reviewQueueEntries(app, query)).map((e) => e.view)
}

/**
 * reviewQueue's filings, each as its view with its 参保地 code (which the view does not carry), read
 * in the same fixed number of statements (the filings, then their details), however many there are.
 */
export async function reviewQueueEntries(app: FastifyInstance, query: ReviewQueueQuery): Promise<Array<{ view: FilingView; insuredRegion: string; userId: string }>> {
  let number: string | undefined
  if (query.number !== undefined) {
    const normalized = normalizeFilingNumber(query.number)
    if (normalized === null) return []
    number = normalized
  }
  const searching = number !== undefined || query.q !== undefined || query.type !== undefined || query.insuredRegion !== undefined
  const wanted = query.status ?? (searching ? undefined : 'UNDER_REVIEW')
  // EXPIRED is never stored: it is an approved filing past its last day.
  const stored: FilingStatus[] = wanted === undefined ? [] : [wanted === 'EXPIRED' ? 'APPROVED' : wanted]
  const filings = await app.repos.filings.listForReview({
    statuses: stored,
    number,
    types: query.type ? [query.type] : undefined,
    insuredRegionPrefix: query.insuredRegion,
    text: query.q !== undefined ? parseSearchText(query.q) : undefined,
    limit: query.limit ?? REVIEW_LIST_LIMIT,
  })
  const today = chinaToday(app.now())
  const details = await app.repos.filings.details(filings)
  return details
    .map((d) => ({ view: toFilingView(d, today, d.filing.userId), insuredRegion: d.filing.insuredRegion, userId: d.filing.userId }))
    .filter(({ view }) => wanted === undefined || view.status === wanted)
}

/**
 * What the WeChat message says of a decision (审核结果 and 说明): the status's label and the
 * decision note, except a send-back that only asks a question: 待回答问题 and
 * 审核员有个问题，请在小程序里看并回答 (not 待补充材料 with the question clipped to 20 characters).
 */
export function decisionMessage(
  decision: ReviewDecision,
  to: FilingStatus,
  missingItems: readonly string[],
  corrections: readonly string[],
  note: string,
): { statusLabel: string; summary: string } {
  if (decision === 'APPROVE') return { statusLabel: FILING_STATUSES[to], summary: APPROVED_NOTE }
  const asked = decision === 'REQUEST_MATERIALS' ? whatWasAsked({ missingItems, corrections }) : null
  // A question only, or corrections only (待改正: a trial read 待补充材料 with nothing to photograph).
  if (asked === 'QUESTION' || asked === 'CORRECTION') {
    // Only fields the filing left empty (its note says 请填写): 待填写, not 待改正.
    const words = askedWords(asked, asksFillsOnly(note))
    return { statusLabel: words.messageResult, summary: words.messageNote ?? note }
  }
  return { statusLabel: FILING_STATUSES[to], summary: note }
}

/**
 * The outbox rows telling `recipients` (user ids) of a decision on `filing`, due at once: what
 * was decided, the status it leads to (`to`, by its label) and `summary`, the line they read.
 * Used by a reviewer's decision and by the release on a filer's 实人认证 (verification/release.ts).
 */
export function decisionNotifications(
  filing: Pick<FilingRecord, 'id' | 'number'>,
  recipients: readonly string[],
  d: { decision: ReviewDecision; to: FilingStatus; summary: string; now: Date; statusLabel?: string },
): NewNotification[] {
  return recipients.map((userId) => ({
    userId,
    filingId: filing.id,
    dueAt: d.now,
    payload: {
      kind: 'DECISION',
      filingNumber: filing.number,
      decision: d.decision,
      statusLabel: d.statusLabel ?? FILING_STATUSES[d.to],
      summary: d.summary,
      decidedAt: d.now.toISOString(),
    },
  }))
}

/**
 * POST /api/review/filings/:id/decision. The status is checked again inside the UPDATE (and
 * against `expectedStatus`, the status the reviewer was looking at), so when two reviewers decide
 * at once only the first succeeds; the second gets 409 naming who decided.
 */
export async function decideFiling(
  app: FastifyInstance,
  id: string,
  body: ReviewDecisionBody & { expectedStatus?: FilingStatus },
  ctx: ReviewContext,
): Promise<FilingView> {
  const filing = await app.repos.filings.findById(id)
  if (!filing) throw filingNotFound()
  const now = app.now()
  const today = chinaToday(now)
  const reasons = cleaned(body.reasons)
  const missingItems = cleaned(body.missingItems)
  const corrections = checkDecision(body.decision, reasons, missingItems, body.corrections)

  const transition = TRANSITIONS[body.decision]
  const stale = body.expectedStatus !== undefined && body.expectedStatus !== filing.status
  if (stale || !transition.from.includes(filing.status)) {
    throw notReviewable(filing, today, transition.action, await app.repos.reviewDecisions.latest(filing.id))
  }
  const from = body.expectedStatus !== undefined ? [body.expectedStatus] : transition.from

  const note = decisionNote(body.decision, reasons, missingItems, corrections, emptyFields(filing))
  // The filer, and the person filed for when that is someone else — but not a filer who may no
  // longer see the filing (the family member revoked the authorisation).
  const filerMaySee = (await app.repos.filings.findVisible(filing.id, filing.userId)) !== null
  const recipients = filingRecipients(filing).filter((userId) => userId !== filing.userId || filerMaySee)
  const message = decisionMessage(body.decision, transition.to, missingItems, corrections, note)
  const notifications = decisionNotifications(filing, recipients, {
    decision: body.decision,
    to: transition.to,
    summary: message.summary,
    statusLabel: message.statusLabel,
    now,
  })
  if (body.decision === 'REQUEST_MATERIALS') {
    // Materials asked for under a dated window: remind them the day before it closes.
    const [details] = await app.repos.filings.details([filing])
    const emergency = details?.emergency ?? null
    if (emergency && emergency.mode === 'WINDOW' && emergency.deadline !== null) {
      const due = deadlineReminderDue(emergency.deadline, app.calendar, now)
      if (due !== null) {
        for (const userId of recipients) {
          notifications.push({
            userId,
            filingId: filing.id,
            dueAt: due,
            payload: { kind: 'DEADLINE_REMINDER', trigger: 'MATERIALS_REQUESTED', filingNumber: filing.number, deadline: emergency.deadline },
          })
        }
      }
    }
  }

  const decided = await app.repos.filings.decide(
    filing.id,
    {
      decision: body.decision,
      reasons,
      missingItems,
      corrections,
      fromStatuses: from,
      toStatus: transition.to,
      note,
      notifications,
      reviewer: { id: ctx.principal.id, name: ctx.principal.displayName },
      // 备案成功 is today: the validity counts from it (or a later start), not from the submission.
      ...(body.decision === 'APPROVE' ? { validity: approvalValidity(filing, now) } : {}),
      audit: {
        actor: auditActor(ctx.principal),
        action: 'DECIDE_FILING',
        subject: { type: 'FILING', id: filing.id, label: filingAuditLabel(filing) },
        detail: { decision: body.decision, from: filing.status, to: transition.to, reasons, missingItems, ...(corrections.length > 0 ? { corrections } : {}) },
        ip: ctx.ip,
      },
    },
    now,
  )
  if (!decided) {
    const current = (await app.repos.filings.findById(filing.id)) ?? filing
    throw notReviewable(current, today, transition.action, await app.repos.reviewDecisions.latest(filing.id))
  }
  return reviewFiling(app, filing.id)
}
