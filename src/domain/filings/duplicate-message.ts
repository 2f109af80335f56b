import { chineseDateOf } from '@/domain/calendar/day-number'
import { FILING_TYPE_INFO, type FilingType } from '@/domain/filing-types'
import { FILING_STATUSES, type FilingStatus } from './status'

/** Who made the standing filing, as the person who asks should read it. */
export type DuplicateMadeBy =
  /** The caller themselves (for themselves, or for this family member). */
  | { kind: 'CALLER' }
  /** An account in the person's own name, not the caller's. */
  | { kind: 'SUBJECT' }
  /** Someone filing for the person (代办); their name masked (maskName). */
  | { kind: 'PROXY'; nameMasked: string }

/** What the 409 DUPLICATE_FILING answer says (SPEC §7 重复备案), from the caller's side. */
export interface DuplicateFacts {
  /** Filing for themselves, or for a family member (代办). */
  caller: 'SELF' | 'PROXY'
  /** The person's name, as the caller knows it (their own, or their family member's). */
  subjectName: string
  existing: {
    type: FilingType
    /** As it stands today (effectiveStatus). */
    status: FilingStatus
    number: string
    /** The destination as people read it: 广州市, 北京市 … */
    destinationName: string
    /** The China date it was made, 'YYYY-MM-DD'. */
    filedOn: string
  }
  madeBy: DuplicateMadeBy
  /**
   * The caller can open it in their own 我的备案 (they made it, it was made for their account, or
   * its ID number is the one their account passed 实人认证 with). When not, the answer names neither
   * its number nor the day nor who made it for an account that filed for itself: anyone can type
   * an ID number.
   */
  visible: boolean
}

const WAITING: readonly FilingStatus[] = ['SUBMITTED', 'UNDER_REVIEW']

function byWhom(facts: DuplicateFacts): string {
  const { madeBy, caller } = facts
  if (madeBy.kind === 'CALLER') return caller === 'SELF' ? '您本人办理' : '您代办'
  if (madeBy.kind === 'SUBJECT') return caller === 'SELF' ? '用另一个微信账号以您的名义办理' : '本人办理'
  return `由 ${madeBy.nameMasked} 代办`
}

/** Where the status leaves the person: wait, add materials, or nothing to wait for. */
function statusStep(facts: DuplicateFacts): string {
  const { status } = facts.existing
  if (WAITING.includes(status)) return '请等审核结果。'
  if (status === 'NEEDS_MATERIALS') return facts.visible ? '请在“我的备案”里按要求补充材料。' : '请办理的人按要求补充材料。'
  return '这条备案已经生效。'
}

function changeStep(facts: DuplicateFacts): string {
  if (facts.visible) return '要改地方或日期，请在“我的备案”里打开它，办理变更或取消。'
  if (facts.caller === 'SELF') return '完成实人认证后，这条备案会显示在您的“我的备案”里，可以在那里查看、变更或取消。'
  if (facts.madeBy.kind === 'SUBJECT') return `要改地方或日期，请${facts.subjectName}本人在自己的“我的备案”里变更或取消。`
  return `要改地方或日期，请代办的人或${facts.subjectName}本人在“我的备案”里变更或取消。`
}

/**
 * How a proxy who may not open the filing can still follow it (trial: she was told to wait but had
 * no number): the number is not given to her (privacy, SPEC §7), so she asks whoever has it — the
 * person, or the one who filed — and looks it up in 进度查询 (备案号 + the person's ID number's last
 * 6 characters, which she knows); the person sees it in their own 我的备案 too.
 */
function followStep(facts: DuplicateFacts): string {
  const { madeBy, caller, subjectName, visible } = facts
  if (visible || caller !== 'PROXY') return ''
  const holder = madeBy.kind === 'PROXY' ? '代办的人' : subjectName
  const where = madeBy.kind === 'PROXY' ? '在代办人的“我的备案”里' : `在${subjectName}自己的“我的备案”里`
  const why = facts.existing.status === 'APPROVED' ? '要查看这条备案' : '要跟进办理进度'
  return (
    `${why}，请${holder}把备案号告诉您（${where}，或者备案回执上），` +
    `您在首页“进度查询”里输入备案号和${subjectName}身份证号的后 6 位就能查到。` +
    (madeBy.kind === 'PROXY' ? `${subjectName}本人完成实人认证后，也能在自己的“我的备案”里看到。` : '')
  )
}

/** Whom to call when the person did not ask for it (the 参保地's agency handles a filing made in their name). */
function notAskedStep(facts: DuplicateFacts): string {
  const { madeBy, caller, subjectName } = facts
  if (madeBy.kind === 'CALLER') return ''
  const agency = '请联系参保地医保经办机构。'
  if (caller === 'SELF') return madeBy.kind === 'PROXY' ? `如果您没有请人代办，${agency}` : `如果不是您办的，${agency}`
  return madeBy.kind === 'PROXY' ? `如果${subjectName}没有请这个人代办，${agency}` : `如果不是${subjectName}本人办的，${agency}`
}

/**
 * The 409 DUPLICATE_FILING message (SPEC §7): who already has which standing filing — the same
 * person (by ID number), type and destination — its status, when and by whom it was made, and
 * what to do next: wait for the review, follow it in 进度查询 (a proxy who may not open it: how to
 * get its number), change or cancel it in 我的备案, or, when the person did not ask anyone to file,
 * call the 参保地's agency.
 */
export function duplicateFilingMessage(facts: DuplicateFacts): string {
  const { existing, caller, subjectName, visible } = facts
  const what =
    existing.type === 'EMERGENCY'
      ? `在${existing.destinationName}这次住院的急诊备案`
      : `去${existing.destinationName}的备案`
  const status = FILING_STATUSES[existing.status]
  let head: string
  if (visible || caller === 'PROXY') {
    const who = caller === 'SELF' ? '您' : subjectName
    const when = chineseDateOf(existing.filedOn)
    const number = visible ? `，编号 ${existing.number}` : ''
    head = `${who}已经有一条${what}（${FILING_TYPE_INFO[existing.type].officialName}，${status}，${when}${byWhom(facts)}${number}），不用再办一次。`
  } else {
    const made = facts.madeBy.kind === 'PROXY' ? '别人代办' : '用另一个微信账号办理'
    head = `已经有一条用您的身份证号办理的${what}（${status}，${made}），不能再办一次。`
  }
  return head + statusStep(facts) + followStep(facts) + changeStep(facts) + notAskedStep(facts)
}
