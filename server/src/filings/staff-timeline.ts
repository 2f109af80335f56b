import { CORRECTABLE_FIELDS, FILING_STATUSES, type FilingStatus, type FilingView } from '@/domain/filings'
import type { CaseCorrection, CaseQuestion, StaffTimelineEntry } from '@/domain/review/staff-views'
import { ASKED_WORDS, askedWords, questionLines, whatWasAsked, type WhatWasAsked } from '@/domain/materials/what-was-asked'
import { asksFillsOnly } from '@/domain/review'
import { RELEASE_REVIEWER, UNVERIFIED_REVIEW_NOTE } from '@/domain/verification'
import type { DecisionRecord } from '@server/db/repositories/review-decisions'
import { saidInAnswer } from './answer-note'

/** '改正外地住址：“广州市…” → “阳江市…”'; a field sent back as it was says so. */
function correctionLine(c: CaseCorrection): string {
  // Empty as filed (an emergency filing's 外地住址 may be): 补填, said as （空）, not “” (a trial).
  const shown = (v: string | null) => (v === null || v === '' ? '（空）' : `“${v}”`)
  const filled = c.from === null || c.from === ''
  return c.unchanged ? `${c.label}未改动：${shown(c.to)}` : `${filled ? '填写' : '改正'}${c.label}：${shown(c.from)} → ${shown(c.to)}`
}

/** A reviewer's decision by the status it leads to, as staff say it. */
const DECIDED: Partial<Record<FilingStatus, string>> = { APPROVED: '审核通过', NEEDS_MATERIALS: '要求补材料', REJECTED: '不予通过' }

/**
 * The filing's timeline in staff terms (the staff console's 进度, GET /api/review/filings/:id/case):
 * who did what — 申请人提交, 系统即时办结, 审核员 王芳 要求补材料 (请申请人改正填写的内容 when it
 * asked corrections only), 申请人补交材料 (改正了填写的内容) … — with what
 * was said (the items asked for, the reasons, the applicant's own words). The person's timeline
 * (FilingView.timeline) keeps the notes written for them ("您…"); this one is only the staff's.
 *
 * Events record a status and the person's note, and who acted only where it is not what the
 * event's place says (`steps[i].actor` 'SUBJECT': the 参保人 himself, on a filing a family member
 * made for him: 参保人 张*华补交材料 / 取消备案, a trial saw 代办人 张* for what the father sent).
 * Otherwise the actor follows from where the event stands (the status after 已提交 is the
 * system's; a 待补充材料 → 审核中 step is the applicant's) and from the review decisions, one per
 * decided event, in the same order.
 * @param steps who took each stored event, in the timeline's order (FilingDetails.events), and the
 *   参保人's masked name for those he took; none: every step as its place says
 */
export function staffTimeline(
  view: Pick<FilingView, 'timeline' | 'emergency' | 'supersedes' | 'filedBySelf'>,
  decisions: readonly DecisionRecord[],
  filerNameMasked: string,
  corrections: readonly CaseCorrection[] = [],
  steps: { actors: ReadonlyArray<'SUBJECT' | null | undefined>; subjectNameMasked: string } | null = null,
): StaffTimelineEntry[] {
  return walkTimeline(view, decisions, filerNameMasked, corrections, steps).entries
}

/**
 * The reviewers' questions (the lines of a 补充材料 request written as questions, see
 * what-was-asked.ts) and the person's answer to each request (their 说明 when they sent it back;
 * null while not answered), oldest first — the case card's 审核员的问题和申请人的回答.
 */
export function caseQuestions(
  view: Pick<FilingView, 'timeline' | 'emergency' | 'supersedes' | 'filedBySelf'>,
  decisions: readonly DecisionRecord[],
): CaseQuestion[] {
  return walkTimeline(view, decisions, '', [], null).questions
}

function walkTimeline(
  view: Pick<FilingView, 'timeline' | 'emergency' | 'supersedes' | 'filedBySelf'>,
  decisions: readonly DecisionRecord[],
  filerNameMasked: string,
  corrections: readonly CaseCorrection[],
  steps: { actors: ReadonlyArray<'SUBJECT' | null | undefined>; subjectNameMasked: string } | null,
): { entries: StaffTimelineEntry[]; questions: CaseQuestion[] } {
  const filer = view.filedBySelf ? '申请人' : `代办人 ${filerNameMasked}`
  const unused = [...decisions]
  const questions: CaseQuestion[] = []
  // What the last send-back asked, and its questions still to be answered.
  let asked: WhatWasAsked = 'MATERIALS'
  let open: CaseQuestion[] = []
  const entries = view.timeline.map((entry, i): StaffTimelineEntry => {
    const before = view.timeline[i - 1]?.status
    const applicant = steps?.actors[i] === 'SUBJECT' ? `参保人 ${steps.subjectNameMasked}` : filer
    const at = { status: entry.status, statusLabel: FILING_STATUSES[entry.status], at: entry.at }
    switch (entry.status) {
      case 'SUBMITTED':
        return view.supersedes === null
          ? { ...at, action: `${applicant}提交`, detail: null }
          : { ...at, action: `${applicant}提交变更`, detail: entry.note }
      case 'EXPIRED':
        return { ...at, action: '有效期已过，系统自动失效', detail: null }
      case 'CANCELLED':
        return { ...at, action: `${applicant}取消备案`, detail: entry.note ? `原因：${entry.note}` : null }
      case 'SUPERSEDED':
        return { ...at, action: `${applicant}变更备案，本备案由新的备案取代`, detail: entry.note ? `原因：${entry.note}` : null }
      default:
        break
    }
    if (before === 'SUBMITTED') {
      if (entry.status === 'APPROVED') return { ...at, action: '系统即时办结（自助备案，办理人已实人认证）', detail: null }
      const why =
        entry.note === UNVERIFIED_REVIEW_NOTE ? '办理人未完成实人认证，不能即时办结'
        : view.emergency ? '急诊备案须人工审核'
        : '这类备案须人工审核'
      return { ...at, action: `系统转人工审核（${why}）`, detail: null }
    }
    if (entry.status === 'UNDER_REVIEW' && before === 'NEEDS_MATERIALS') {
      const said = saidInAnswer(entry.note)
      // The corrections came with this entry: written at its instant (filing_corrections).
      const sentBack = corrections.filter((c) => c.at === entry.at)
      const fixed = sentBack.map(correctionLine)
      for (const q of open) {
        q.answer = said
        q.answeredAt = entry.at
      }
      open = []
      if (asked === 'QUESTION') {
        const answered = [...fixed, ...(said ? [`${applicant}回答：${said}`] : [])].join('；')
        return { ...at, action: `${applicant}回答了审核员的问题，回到审核中`, detail: answered || null }
      }
      const detail = [...fixed, ...(said ? [`${applicant}说明：${said}`] : [])].join('；')
      // Corrections only: nothing was 补交 (a trial: the console said 补交材料 for a phone number).
      const action =
        asked !== 'CORRECTION' ? `${applicant}补交材料，回到审核中`
        : sentBack.length > 0 && sentBack.every((c) => c.unchanged) ? `${applicant}核对了填写的内容，没有改动，回到审核中`
        // The request (the step before, its note decisionNote's) asked only to 填写 fields left empty.
        : asksFillsOnly(view.timeline[i - 1]?.note ?? null) ? `${applicant}填写了备案时没有填的内容，回到审核中`
        : `${applicant}改正了填写的内容，回到审核中`
      return { ...at, action, detail: detail || null }
    }
    // A reviewer's decision (APPROVED, NEEDS_MATERIALS, REJECTED): the next decision recorded
    // (a filing decided before decisions were kept has none: the reviewer is not named then).
    const decision = unused.shift()
    if (!decision) return { ...at, action: `审核人员${DECIDED[entry.status] ?? `改为“${at.statusLabel}”`}`, detail: entry.note }
    if (decision.reviewerId === RELEASE_REVIEWER.id) return { ...at, action: '系统办结（办理人的实人认证已通过）', detail: null }
    const who = decision.reviewerName ? `审核员 ${decision.reviewerName}` : '审核人员'
    const reasons = decision.reasons.join('；')
    const missing = decision.missingItems.join('；')
    switch (decision.decision) {
      case 'APPROVE':
        return { ...at, action: `${who} ${DECIDED.APPROVED}`, detail: reasons ? `说明：${reasons}` : null }
      case 'REQUEST_MATERIALS': {
        asked = whatWasAsked({ missingItems: decision.missingItems, corrections: decision.corrections })
        open = questionLines(decision.missingItems).map((question) => ({ question, askedAt: entry.at, answer: null, answeredAt: null }))
        questions.push(...open)
        if (asked === 'QUESTION') {
          const said = [`问题：${missing}`, ...(reasons ? [`说明：${reasons}`] : [])]
          return { ...at, statusLabel: ASKED_WORDS.QUESTION.status, action: `${who} 提问，待申请人回答`, detail: said.join('；') }
        }
        const fix = decision.corrections.map((f) => CORRECTABLE_FIELDS[f]).join('、')
        // Only fields the filing left empty (its note says 请填写): 填写, as the console's panel says it.
        const fillOnly = asked === 'CORRECTION' && asksFillsOnly(entry.note)
        const said = [...(missing ? [`要补：${missing}`] : []), ...(fix ? [`请申请人${fillOnly ? '填写' : '改正'}：${fix}`] : []), ...(reasons ? [`说明：${reasons}`] : [])]
        if (asked === 'CORRECTION') {
          const action = fillOnly ? '请申请人填写备案时没有填的内容' : '请申请人改正填写的内容'
          return { ...at, statusLabel: askedWords(asked, fillOnly).status, action: `${who} ${action}`, detail: said.join('；') }
        }
        return { ...at, action: `${who} ${DECIDED.NEEDS_MATERIALS}`, detail: said.join('；') }
      }
      case 'REJECT':
        return { ...at, action: `${who} ${DECIDED.REJECTED}`, detail: [`原因：${reasons}`, ...(missing ? [`还缺：${missing}`] : [])].join('；') }
    }
  })
  return { entries, questions }
}
