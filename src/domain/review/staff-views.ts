/**
 * The shapes the staff console reads from the review endpoints (issue 14), written once for the
 * server that builds them (server/src/filings/staff-review.ts) and the console that shows them
 * (staff/src). Types only.
 */
import type { Citation } from '@/domain/citation'
import type { CoverRelation } from '@/domain/emergency'
import type { FilingAuthorization } from '@/domain/family'
import type { CorrectableField, FilingStatus, FilingView } from '@/domain/filings'
import type { SettingScope } from '@/domain/profiles'
import type { VerificationStatus } from '@/domain/verification'
import type { CaseBasis } from './case-basis'

/** One line of the review queue: an emergency filing or a 授权委托书, with its one-working-day deadline. */
export interface QueueItem {
  kind: 'FILING' | 'AUTHORIZATION'
  id: string
  /** The filing number; null for a 授权委托书. */
  number: string | null
  title: string
  personMasked: string
  insuredRegion: string
  insuredRegionName: string
  /** When it went to review (or came back with the materials asked for), ISO 8601. */
  receivedAt: string
  /** The last day to decide ('YYYY-MM-DD', China) and the instant it ends (ISO 8601). */
  deadline: string
  deadlineEndsAt: string
  /** The deadline was counted on a provisional calendar (a year with no published schedule). */
  provisional: boolean
  overdue: boolean
  /**
   * Where the deadline's time limit comes from, by this item's 参保地 (deadlineBasis): its own
   * document, or LOCAL_RULE_MISSING's wording when its rule is not collected.
   */
  deadlineBasis: string
  /**
   * A 授权委托书: how many letters staff refused before it for the same proxy and member (its
   * earlierRefusals; the queue marks it 第 n 次提交); 0 for a filing or a first letter.
   */
  earlierRefusals: number
  /**
   * A filing back from a send-back (its latest decision REQUEST_MATERIALS): what came back, by what
   * was asked (ASKED_WORDS[…].cameBackWith: '已补交材料', '已回答问题', '已补交材料和回答'); null otherwise.
   */
  cameBackWith: string | null
  /**
   * A filing whose filing account's 实人认证 photos wait for staff (a request 待核对): 批准 then asks
   * the reviewer to confirm identity another way, so the queue says so (a trial: only the case
   * page did). False for a 授权委托书.
   */
  filerVerifying: boolean
  /** A filing made by a proxy for a family member (代办): the account `filerVerifying` speaks of is the proxy's. False for a 授权委托书. */
  filedByProxy: boolean
}

/** A reviewer's question (a line of a 补充材料 request) and the person's answer (their 说明 when they sent it back). */
export interface CaseQuestion {
  question: string
  /** When it was asked (ISO 8601). */
  askedAt: string
  /** The person's answer; null while not answered (or sent back without a 说明). */
  answer: string | null
  answeredAt: string | null
}

/** The person's full data, shown to staff only on request (each request leaves an audit row). */
export interface RevealedPerson {
  name: string
  idNumber: string
  phone1: string
  phone2: string | null
  addressAtDestination: string
  filerName: string | null
  /**
   * A 代办 filing: the proxy's own ID number, from the 实名信息 of the account that filed, to check
   * against the 代办人的有效身份证件 sent with it; null for a filing the person made for themself
   * (or a proxy account without 实名信息 since).
   */
  filerIdNumber: string | null
}

/** One review decision on a filing, with the reviewer's name as it was then (null before accounts existed). */
export interface CaseDecision {
  decision: 'APPROVE' | 'REJECT' | 'REQUEST_MATERIALS'
  reasons: string[]
  missingItems: string[]
  /** The typed fields a 补充材料 request asked the person to correct (CORRECTABLE_FIELDS codes); empty when none. */
  corrections: CorrectableField[]
  decidedAt: string
  /** The reviewer's account id, or RELEASE_REVIEWER.id ('system:verification') for the release on the filer's 实人认证. */
  reviewerId: string | null
  reviewerName: string | null
}

/** One step of a filing's 进度 in staff terms: who did what (申请人提交, 系统即时办结, 审核员 王芳 要求补材料 …). */
export interface StaffTimelineEntry {
  status: FilingStatus
  /** The status it led to, as the app shows it (审核中, 待补充材料 …). */
  statusLabel: string
  /** ISO 8601. */
  at: string
  /** Who did what, e.g. 申请人补交材料，回到审核中. */
  action: string
  /** What was said with it: the items asked for, the reasons, the applicant's own words; null when nothing. */
  detail: string | null
}

/** GET /api/review/filings/:id/case: a filing with what a reviewer needs to decide it. */
export interface FilingCase {
  filing: FilingView
  insuredRegion: string
  insuredRegionName: string
  /** 险种 as the form names it (职工医保 / 城乡居民医保, 004 表8) when filing; null on an older filing whose person's record is gone. */
  insuranceTypeName: string | null
  filerNameMasked: string
  receivedAt: string
  /** The last day to decide ('YYYY-MM-DD', China), the instant it ends (ISO 8601) and the rules it was counted by. */
  reviewDeadline: { deadline: string; endsAt: string; provisional: boolean; overdue: boolean; scope: SettingScope; citations: readonly Citation[]; workingDays: number }
  /** 适用的规定: national rules and the 参保地 profile's settings that applied (caseBasis); never another place's documents. */
  basis: CaseBasis
  /** Emergency filings: whether it came within the emergency window. */
  window: { within: boolean; text: string } | null
  decisions: CaseDecision[]
  /** The 进度 in staff terms (server/src/filings/staff-timeline.ts); `filing.timeline` is the person's wording. */
  timeline: StaffTimelineEntry[]
  /** The reviewers' questions and the person's answers, oldest first (审核员的问题和申请人的回答). */
  questions: CaseQuestion[]
  /**
   * What the person corrected when asked (补充材料 with `contacts`), oldest first: each field's value
   * before and after, phones masked as the case's own (the full numbers are behind reveal).
   */
  corrections: CaseCorrection[]
  /** Ids of `filing.materials` uploaded after the last 要求补充材料 (the console tags them 新补交); empty when none was asked for. */
  newMaterialIds: string[]
  /** The 实人认证 of the account that filed (the applicant, or the proxy for a 代办 filing), as it stands now. */
  filerVerification: FilerVerification
  /**
   * An emergency filing: the person's other filings (all under their ID number, whoever made them)
   * that bear on this admission — to its place, covering it or starting after it — and the others
   * still standing elsewhere, each with what it is to this admission; empty for other types.
   */
  otherFilings: CaseOtherFiling[]
  /**
   * A 代办 filing: how the filer was authorised for the 参保人 when it was made (authorizationAtFiling,
   * from the member's authorisation records): the member's 同意 in their own account, a 授权委托书
   * approved by staff, or none; null when the person filed for themself.
   */
  proxyAuthorization: FilingAuthorization | null
  /**
   * Who the last decision was sent to and whether its WeChat message reached each (a trial: the
   * console said 已通知本人 whether or not a message went, so the reviewer could not tell whom to
   * phone); empty before any decision.
   */
  notices: CaseNotice[]
}

/**
 * One person a decision was sent to (server/src/notifications/notices.ts): APPLICANT, who filed for
 * themself; PROXY, who filed for a family member (代办, name masked); INSURED, the member filed for.
 * `message`: SENT, the WeChat message went (at `sentAt`, ISO 8601); SENDING, it is queued; NOT_SUBSCRIBED,
 * they allowed no message (订阅消息), so they see the decision only in the mini-program; NOT_SENT, WeChat
 * did not take it (they see it in the mini-program).
 */
export interface CaseNotice {
  role: 'APPLICANT' | 'PROXY' | 'INSURED'
  name: string
  message: 'SENT' | 'SENDING' | 'NOT_SUBSCRIBED' | 'NOT_SENT'
  sentAt: string | null
}

/** A field the person corrected when staff asked: its name, the value before and after, and when. */
export interface CaseCorrection {
  field: CorrectableField
  /** As the person and the console name it: 外地住址, 联系电话, 备用电话. */
  label: string
  /** Null: an empty 备用电话. Phones masked. */
  from: string | null
  to: string | null
  /** The person sent it back as it was. */
  unchanged: boolean
  /** ISO 8601: the 补充材料 it came with. */
  at: string
}

/** One of the person's other filings beside an emergency filing (staff console, 该参保人的其他备案). */
export interface CaseOtherFiling {
  id: string
  number: string
  typeName: string
  /** As it stands today (an approved filing past its end: 已过期). */
  statusLabel: string
  /** Its 就医地: '广东省深圳市', '广东省（全省）'. */
  place: string
  /** validityText's words: '2026-12-03 起长期有效'. */
  validity: string
  /** What it is to this admission (admissionCoverOf). */
  relation: CoverRelation
  /** The same in words (coverNote): '2026年12月3日起才生效，入院（2026年12月1日）时还没生效，管不到这次住院'. */
  note: string
}

/**
 * Whether the account that filed has passed 实人认证 (a self-service filing by an unverified
 * account waits for review only for this, initialFilingStatus). `whose`: APPLICANT when the person
 * filed for themself, PROXY when a family member filed for them (代办: the proxy's account).
 */
export interface FilerVerification {
  whose: 'APPLICANT' | 'PROXY'
  nameMasked: string
  /** VERIFIED 已认证, PENDING 待核对 (photos wait for 人工核对), UNVERIFIED 未提交, REJECTED 未通过. */
  status: VerificationStatus
  /** In staff terms: 已认证, 待核对, 未提交, 未通过. */
  statusLabel: string
  /** The staff-checked request to open (GET /api/review/verifications/:id) while PENDING; null otherwise. */
  pendingRequestId: string | null
}
