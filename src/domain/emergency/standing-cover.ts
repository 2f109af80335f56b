import { cite, uniqueCitations, type Citation } from '@/domain/citation'
import { FILING_TYPE_INFO } from '@/domain/filing-types'
import { FILING_STATUSES } from '@/domain/filings/status'
import type { PolicyProfile } from '@/domain/profiles/types'
import { checkDestination, destinationLabel, type Destination } from '@/domain/regions'
import { EMERGENCY_TRIP_MAX_MONTHS } from '@/domain/rules/check-emergency-trip'
import { chineseDateOf } from '@/domain/calendar/day-number'
import { admissionCoverOf, type Admission, type AdmissionCover, type CoverFiling, type CoverRelation } from './admission-cover'

/** How long the person had been away from the insured place when admitted (SPEC §6: ≤ 3 months). */
export type CoverTrip = 'WITHIN' | 'MORE'

export interface StandingCoverContext {
  /** China date 'YYYY-MM-DD'. */
  today: string
  /** The person's policy profile (参保地): whether 补办 during a stay is allowed, the emergency mode. */
  profile: PolicyProfile
  /** Away ≤ 3 months ('WITHIN'), longer ('MORE'), or not answered yet (null). */
  trip: CoverTrip | null
  /** The family member's name when filing for them (default: the caller, 您). */
  subjectName?: string
  /**
   * Whether the caller can open the filing in their own 我的备案 (default: yes). When not (someone
   * else made it for the same ID number), its number is not said, and where to see it is.
   */
  isVisible?: (filing: CoverFiling) => boolean
}

/**
 * What the person should do next:
 * - OPEN_FILING: nothing to file; the standing filing covers the stay (show it);
 * - WAIT_REVIEW: nothing to file; the filing in review covers the stay once approved;
 * - FILE_EMERGENCY: the standing filing starts after the admission: file this stay as an emergency;
 * - DEEMED_FILED: as FILE_EMERGENCY, but the profile treats an emergency as filed (002 第三十七条);
 * - ASK_AGENCY: away more than 3 months (no emergency filing): ask the 参保地 to move the filing's
 *   start back to the admission day before discharge settlement (补办), else 零星报销;
 * - CLAIM_AFTERWARDS: as ASK_AGENCY where the profile allows no 补办 during a stay: 零星报销.
 */
export type CoverNext = 'OPEN_FILING' | 'WAIT_REVIEW' | 'FILE_EMERGENCY' | 'DEEMED_FILED' | 'ASK_AGENCY' | 'CLAIM_AFTERWARDS'

export type StandingCoverKind = 'COVERED' | 'COVERED_ONCE_APPROVED' | 'STARTS_LATER'

/** The answer: no standing filing to this place bears on the stay, or the one that does and what to do. */
export type StandingCover<F extends CoverFiling = CoverFiling> =
  | { kind: 'NONE' }
  | {
      kind: StandingCoverKind
      filing: F
      /** The day it counts from (COVERED*), or the first day it is in force (STARTS_LATER; null: its approval day). */
      startsOn: string | null
      /** The filing's 就医地 as every view writes it: '广东省深圳市', '广东省（全省）'. */
      place: string
      /** A title: '不用办急诊备案：这次住院已经有备案了'. */
      headline: string
      /** The fact: which filing, from when, and whether the admission day is in it. */
      lead: string
      /** What to do next, in plain words. */
      advice: string
      next: CoverNext
      citations: Citation[]
    }

/** The title of a STARTS_LATER answer: the fact, and the way on when there is no emergency filing to make. */
const HEADLINES: Record<CoverNext, string> = {
  OPEN_FILING: '',
  WAIT_REVIEW: '',
  FILE_EMERGENCY: '已有的备案管不到这次住院',
  DEEMED_FILED: '已有的备案管不到这次住院',
  ASK_AGENCY: '已有的备案管不到这次住院，还能补办',
  CLAIM_AFTERWARDS: '已有的备案管不到这次住院：先自付，回参保地报销',
}

/** The rank of a relation: the answer is the filing that says most about the stay. */
const RANK: Partial<Record<CoverRelation, number>> = { COVERS: 0, COVERS_ONCE_APPROVED: 1, STARTS_LATER: 2 }

const COVERED_STAY = [cite('YJ_2021', '第九条'), cite('JS_2022', '第十三条')]
const NOT_NETWORKED = cite('JX_2023', '表8 温馨提示4')
const EMERGENCY_WHO = [cite('GX_LIUJIANG', '受理条件'), cite('YJ_2021', '第五条(五)')]
const CLAIM = [cite('JX_2017', '第八条'), cite('JS_2022', '第二十六条(二)')]

function placeOf(d: Destination): string {
  const r = checkDestination(d)
  return r.ok ? destinationLabel(r.value) : d.city ?? d.province
}

/** The better of two candidates: by RANK, then an approved filing, then the earlier start. */
function better(a: { cover: AdmissionCover; filing: CoverFiling }, b: { cover: AdmissionCover; filing: CoverFiling }): boolean {
  const ra = RANK[a.cover.relation] as number
  const rb = RANK[b.cover.relation] as number
  if (ra !== rb) return ra < rb
  return (a.cover.startsOn ?? '9999-12-31') < (b.cover.startsOn ?? '9999-12-31')
}

/**
 * Whether a filing the person already holds covers an emergency admission, and what they should do
 * (the rule of the emergency flow's first page and of POST /api/filings for EMERGENCY, which
 * refuses 409 EMERGENCY_ALREADY_COVERED for COVERED and COVERED_ONCE_APPROVED):
 * - admitted within the validity of an approved filing to the same place → the whole stay is
 *   filed, even past its end (003 第九条; 002 第十三条): no emergency filing; show it. A hospital
 *   off the cross-region network settles by the 参保地's rules (004 表8 温馨提示4);
 * - a filing in review that will count from a day on or before the admission (a 补办, 003 第九条)
 *   → no emergency filing; wait for the review;
 * - the filing takes effect only after the admission day → it does not cover this stay. Away
 *   ≤ 3 months: file this stay as an emergency (001 受理条件; 003 第五条(五)). Where the profile
 *   deems an emergency filed (002 第八条(五), 第三十七条), nothing to file, however long the person
 *   has been away (the article sets no trip length). Away longer elsewhere: no emergency filing; before the
 *   discharge is settled the stay may still be filed (补办) with a start on the admission day
 *   (002 通知 二, 第二十五条; 004 表8 温馨提示5) — the 参保地 moves the standing filing's start —
 *   where the profile allows it (`duringStay`); after it, or where not allowed, 零星报销
 *   (000 第八条; 002 第二十六条(二)).
 * Expired filings count by their dates; another place, another emergency admission, or a filing
 * that ended before the admission never covers it (admissionCoverOf).
 * @param admission { admittedOn: 'YYYY-MM-DD', place: { province, city } } — the hospital's place
 * @param filings the person's filings (any status): FilingViews in the app, stored records on the server
 * @param ctx today, the person's profile, the trip length if known, whose words (subjectName), visibility
 * Example: an approved 异地长期居住人员 filing to 深圳 from 2026-12-03, admitted in 深圳 on 2026-12-01,
 * away more than 3 months → { kind: 'STARTS_LATER', next: 'ASK_AGENCY', startsOn: '2026-12-03', … }.
 */
export function standingCover<F extends CoverFiling>(admission: Admission, filings: readonly F[], ctx: StandingCoverContext): StandingCover<F> {
  let best: { cover: AdmissionCover; filing: F } | null = null
  for (const filing of filings) {
    const cover = admissionCoverOf(filing, admission, ctx.today)
    if (RANK[cover.relation] === undefined) continue
    if (best === null || better({ cover, filing }, best)) best = { cover, filing }
  }
  if (best === null) return { kind: 'NONE' }

  const { filing, cover } = best
  const who = ctx.subjectName ?? '您'
  const place = placeOf(filing.destination)
  const visible = ctx.isVisible ? ctx.isVisible(filing) : true
  const number = visible ? `，备案号 ${filing.number}` : ''
  const admitted = chineseDateOf(admission.admittedOn)
  const status = FILING_STATUSES[filing.status]
  const unseen = visible
    ? ''
    : ctx.subjectName
      ? `这条备案不是您办的，您的“我的备案”里没有它，请${who}本人或办理的人查看。`
      : '这条备案是别人用您的身份证号办的：完成实人认证后，它会显示在您的“我的备案”里。'
  const waitStep =
    filing.status === 'NEEDS_MATERIALS'
      ? '它现在要补充材料，请按要求补交；审核通过后，这次住院就算备案了，不用再办急诊备案。'
      : '审核通过后，这次住院就算备案了，不用再办急诊备案。请等审核结果（一般 1 个工作日），在“我的备案”里看。'

  if (cover.relation === 'COVERS' || cover.relation === 'COVERS_ONCE_APPROVED') {
    const approved = cover.relation === 'COVERS'
    const settle = '出院结算时出示医保电子凭证或社保卡，直接用医保结算；医院说不能直接结算的，先付钱，留好发票和费用清单，回参保地报销。'
    const emergency = filing.type === 'EMERGENCY'
    const headline = emergency
      ? '这次住院已经办了急诊备案，不用再办'
      : approved
        ? '不用办急诊备案：这次住院已经有备案了'
        : '不用办急诊备案：已经办的备案会管这次住院'
    const from = chineseDateOf(cover.startsOn ?? admission.admittedOn)
    const lead = emergency
      ? `${who}${admitted}在${place}住的这次院，已经有急诊备案（${status}${number}）。`
      : approved
        ? `${who}去${place}的备案（${FILING_TYPE_INFO[filing.type].officialName}${number}）${from}起生效，${admitted}住院时已经在有效期内。`
        : `${who}去${place}的备案（${FILING_TYPE_INFO[filing.type].officialName}，${status}${number}）从${from}算起，${admitted}住的这次院在里面。`
    const advice = approved
      ? (emergency ? settle : `有效期内住的院，整次住院都算备案了，出院晚于有效期也不影响，不用再办急诊备案。${settle}`) + unseen
      : waitStep + unseen
    return {
      kind: approved ? 'COVERED' : 'COVERED_ONCE_APPROVED',
      filing,
      startsOn: cover.startsOn,
      place,
      headline,
      lead,
      advice,
      next: approved ? 'OPEN_FILING' : 'WAIT_REVIEW',
      citations: uniqueCitations(emergency ? [cite('YJ_2021', '第九条(五)'), NOT_NETWORKED] : [...COVERED_STAY, NOT_NETWORKED]),
    }
  }

  // STARTS_LATER: in force only after the admission day.
  const starts = cover.startsOn ? `${chineseDateOf(cover.startsOn)}起才生效` : '要审核通过那天才生效'
  const lead =
    `${who}去${place}的备案（${FILING_TYPE_INFO[filing.type].officialName}${number}）${starts}，${admitted}住院时还没生效：` +
    '有效期内住的院才算，这次住院不在里面。'
  const months = EMERGENCY_TRIP_MAX_MONTHS
  const keep = `以后在${place}看病，还用那条备案，不用改。`
  let next: CoverNext
  let advice: string
  let citations: Citation[]
  // Where the 参保地 deems an emergency admission filed (002 第八条(五), 第三十七条: no condition on
  // how long the person has been away), this stay needs nothing, whatever the trip.
  if (ctx.profile.emergency.mode === 'DEEMED_FILED') {
    next = 'DEEMED_FILED'
    advice = `${ctx.profile.emergency.text}这次住院不用另外办：住院时告诉医院是急诊，请医院按急诊登记结算。${keep}`
    citations = [...COVERED_STAY, ...ctx.profile.emergency.citations]
  } else if (ctx.trip === 'MORE') {
    const away = `${who}离开参保地超过 ${months} 个月，不能按急诊办。`
    const during = ctx.profile.duringStay
    if (during.allowed) {
      next = 'ASK_AGENCY'
      advice =
        away +
        `还没出院结算的，现在还能补办：请尽快联系参保地医保经办机构，请他们把这条备案的开始日期改到入院那天（${admitted}），` +
        '这次住院就能直接结算。已经出院结算、自己付了钱的，留好发票和费用清单，回参保地办零星报销。'
      citations = [...COVERED_STAY, ...during.citations, ...CLAIM]
    } else {
      next = 'CLAIM_AFTERWARDS'
      advice = away + `参保地住院后不能补办备案（${during.text}）。这次住院请先自己付钱，留好发票和费用清单，出院后回参保地办零星报销。`
      citations = [...COVERED_STAY, ...during.citations, ...CLAIM]
    }
  } else {
    next = 'FILE_EMERGENCY'
    const within = ctx.trip === 'WITHIN' ? '' : `离开参保地 ${months} 个月以内的，`
    advice = `${within}这次住院要另外办急诊备案，从入院那天算起。${keep}`
    citations = [...COVERED_STAY, ...EMERGENCY_WHO]
  }
  return {
    kind: 'STARTS_LATER',
    filing,
    startsOn: cover.startsOn,
    place,
    headline: HEADLINES[next],
    lead,
    advice: advice + unseen,
    next,
    citations: uniqueCitations(citations),
  }
}
