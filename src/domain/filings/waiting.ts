import type { FilingView } from './filing-view'

/** Something that waits on the person, for a card on the home page (issue 13 item 12). */
export interface WaitingItem {
  kind: 'MATERIALS' | 'EMERGENCY_DRAFT'
  /** A stable key: the filing id, or the draft's subject key. */
  key: string
  /** What waits, in one line: '张建华的备案要补充材料'. */
  title: string
  /** What to do, and by when where there is a date. */
  detail: string
  /** The button's words. */
  action: string
}

/** An emergency draft that was started (an admission date given) but not sent yet. */
export interface StartedEmergencyDraft {
  key: string
  /** Whose: '您' for oneself, or the member's name. */
  whose: string
  admittedOn: string
}

/**
 * What waits on the person: filings the reviewer sent back for 补充材料 (000 第五条 一次性告知),
 * then emergency filings started
 * and not yet sent (SPEC §6: 5 working days from admission under most profiles).
 * @param filings as GET /api/filings answers (the caller's own and those they filed for others)
 */
export function waitingOnPerson(filings: readonly FilingView[], drafts: readonly StartedEmergencyDraft[]): WaitingItem[] {
  const materials = filings
    .filter((f) => f.status === 'NEEDS_MATERIALS')
    .map<WaitingItem>((f) => {
      const who = f.filedBySelf ? '您' : f.subject.name
      const missing = f.review?.missingItems.length ?? 0
      return {
        kind: 'MATERIALS',
        key: f.id,
        title: `${who}的${f.typeName}备案要补充材料`,
        detail: `工作人员列出了 ${missing} 项要补的材料，补齐后才能继续审核。`,
        action: '去补充材料',
      }
    })
  const started = drafts.map<WaitingItem>((d) => ({
    kind: 'EMERGENCY_DRAFT',
    key: d.key,
    title: `${d.whose}的急诊补办备案还没提交`,
    detail: `${d.admittedOn} 入院，补办备案有期限，越早交越好。点下面接着办，能看到截止日期。`,
    action: '接着办急诊备案',
  }))
  return [...materials, ...started]
}
