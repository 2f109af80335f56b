import type { FastifyInstance } from 'fastify'
import { FILING_STATUSES, emptyFields } from '@/domain/filings'
import { asksFillsOnly, decisionNote } from '@/domain/review'
import { askedWords, whatWasAsked } from '@/domain/materials/what-was-asked'
import type { FilingRecord, ReviewDecision } from '@server/db/repositories/filings'
import { filingRecipients } from '@server/filings/filing-common'
import { filingNotFound } from '@server/filings/filing-errors'
import { TRANSITIONS, checkDecision, cleaned, decisionMessage } from '@server/filings/review'
import { maskName } from '@server/logging/mask'
import { messageData } from './templates'

/** The WeChat subscription message's fields as the person's phone labels them (see templates.ts). */
const DECISION_FIELDS: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'character_string1', label: '备案编号' },
  { key: 'phrase2', label: '审核结果' },
  { key: 'thing3', label: '说明' },
  { key: 'time4', label: '审核时间' },
]

/**
 * One person the decision notifies: APPLICANT, who filed for themself; PROXY, who filed for a family
 * member (代办, name masked as on the case); INSURED, the member filed for, from their own account.
 */
export interface PreviewRecipient {
  role: 'APPLICANT' | 'PROXY' | 'INSURED'
  name: string
  /**
   * Whether a WeChat message can go to them: they hold a DECISION grant (订阅消息, one message per
   * 允许; sender.ts spends it). Without one the decision shows only in the mini-program (我的备案, the
   * home page), so the reviewer knows to phone when it is urgent (a trial: 已通知 was said of a
   * person who had never allowed a message).
   */
  wechatMessage: boolean
}

/**
 * Who `userId` is to `filing` as a recipient of its decision: APPLICANT (filed for themself, their
 * name), PROXY (filed for a family member, name masked) or INSURED (the member filed for, their name).
 */
export function recipientOf(
  filing: Pick<FilingRecord, 'userId' | 'subjectUserId' | 'subjectName' | 'filerName'>,
  userId: string,
): Pick<PreviewRecipient, 'role' | 'name'> {
  if (userId === filing.userId && filing.subjectUserId === filing.userId) return { role: 'APPLICANT', name: filing.subjectName }
  if (userId === filing.userId) return { role: 'PROXY', name: maskName(filing.filerName ?? filing.subjectName) }
  return { role: 'INSURED', name: filing.subjectName }
}

export interface NotificationPreview {
  /** How many people get it (the filer, and the person filed for when that is someone else). */
  recipients: number
  /** Who they are, as the decision would send it (`recipients` of them). */
  recipientList: PreviewRecipient[]
  /** 代办 only: the insured person has no account of their own, so is not notified. */
  insuredWithoutAccount: boolean
  wechat: { title: string; fields: Array<{ label: string; value: string }> }
  /** What the mini-program's filing page shows: the new status and the timeline note. */
  app: { statusLabel: string; note: string }
}

/**
 * POST /api/review/filings/:id/preview — exactly what a decision would send, before it is sent:
 * the same note and message fields `decideFiling` writes, at the current instant. Nothing is stored.
 */
export async function previewDecision(
  app: FastifyInstance,
  id: string,
  body: { decision: ReviewDecision; reasons?: string[]; missingItems?: string[]; corrections?: string[] },
): Promise<NotificationPreview> {
  const filing = await app.repos.filings.findById(id)
  if (!filing) throw filingNotFound()
  const reasons = cleaned(body.reasons)
  const missingItems = cleaned(body.missingItems)
  const corrections = checkDecision(body.decision, reasons, missingItems, body.corrections)
  const note = decisionNote(body.decision, reasons, missingItems, corrections, emptyFields(filing))
  // As the filing's page will say it (toFilingView): a question only is 待回答审核员的问题,
  // corrections only 待改正填写的内容 (待填写缺少的内容 when only fields the filing left empty).
  const asked = body.decision === 'REQUEST_MATERIALS' ? whatWasAsked({ missingItems, corrections }) : null
  const statusLabel = asked === 'QUESTION' || asked === 'CORRECTION' ? askedWords(asked, asksFillsOnly(note)).status : FILING_STATUSES[TRANSITIONS[body.decision].to]
  const message = decisionMessage(body.decision, TRANSITIONS[body.decision].to, missingItems, corrections, note)
  const data = messageData({
    kind: 'DECISION',
    filingNumber: filing.number,
    decision: body.decision,
    statusLabel: message.statusLabel,
    summary: message.summary,
    decidedAt: app.now().toISOString(),
  })
  // As decideFiling sends it: not to a filer who may no longer see the filing (authorisation revoked).
  const filerMaySee = (await app.repos.filings.findVisible(filing.id, filing.userId)) !== null
  const recipientList: PreviewRecipient[] = await Promise.all(
    filingRecipients(filing)
      .filter((userId) => userId !== filing.userId || filerMaySee)
      .map(async (userId): Promise<PreviewRecipient> => {
        const wechatMessage = (await app.repos.subscriptions.find(userId)).grants.DECISION > 0
        return { ...recipientOf(filing, userId), wechatMessage }
      }),
  )
  return {
    recipients: recipientList.length,
    recipientList,
    insuredWithoutAccount: filing.subjectUserId === null,
    wechat: { title: '审核结果通知', fields: DECISION_FIELDS.map((f) => ({ label: f.label, value: data[f.key]?.value ?? '' })) },
    app: { statusLabel, note },
  }
}
