import { EMERGENCY_TRIP_MAX_MONTHS, type EmergencyWindow } from '@/domain/rules'
import type { EmergencyDraft } from '@/stores/use-emergency-draft-store'
import { chineseDate } from '../../shared/flow'

// The first page's answers in words: which other type fits, and the verdict once all fits.

export interface Suggestion {
  headline: string
  text: string
  action: string
}

/** When the answers say this is not an emergency filing: which type fits instead, in plain words. */
export function suggestionFor(draft: EmergencyDraft, deemedFiled = false): Suggestion | null {
  if (draft.admitted === 'NO') {
    return {
      headline: '没有住院，不用办急诊备案',
      text: '急诊备案只管急诊住院。只看了门诊、急诊没有住院的，先留好发票和病历；如果还要在外地接着看病，可以办“其他临时外出就医”备案。',
      action: '去办其他临时外出就医备案',
    }
  }
  if (draft.noneOfThese) {
    return {
      headline: '不是急诊，不能办急诊备案',
      text: '不是突发急病的，要在外地看病住院，请办“其他临时外出就医”备案，办好了也能直接结算。',
      action: '去办其他临时外出就医备案',
    }
  }
  // Where the 参保地 deems an emergency filed (002 第三十七条, no trip length), the stay is the
  // verdict's, and the longer stay a line there (verdictText's `longStay`), not a turn away.
  if (draft.awayLength === 'MORE' && !deemedFiled) {
    return {
      headline: `离开超过 ${EMERGENCY_TRIP_MAX_MONTHS} 个月，要办别的备案`,
      text: `急诊备案只管短期外出（${EMERGENCY_TRIP_MAX_MONTHS} 个月以内）时突然生病。长期在外地住、养老或工作的，请办“长期居住”一类的备案；临时在外地的，办“临时外出就医”备案。我们帮您选。`,
      action: '去选备案类型',
    }
  }
  return null
}

/** The answer the intro promises ("马上知道能不能办"), once all four questions are answered and fit. */
export function verdictTitle(deemedFiled: boolean, closed: boolean): string {
  if (deemedFiled) return '能算急诊：视同已备案，不用补办'
  if (closed) return '能算急诊，但补办备案的时间已经过了'
  return '能办急诊补办备案'
}

/**
 * What the answer means and what to do next; `who` is 您 or the family member's name, `askedAbove`
 * what the deadline check above still needs ('住院日期', or '住院日期和参保地'); `longStay`: deemed
 * filed, away more than 3 months and no filing of theirs there — visits other than an emergency
 * there need a filing of their own (002 第八条: 长期异地居住 is filed; only 急诊抢救 is deemed);
 * `next`: what the page's button does from here, as it says it (a trial: 点下一步 above a page whose
 * button was 看看给张建华的邀请, or 下一步：填实名信息).
 */
export function verdictText(
  who: string,
  deemedFiled: boolean,
  closed: boolean,
  w: EmergencyWindow | null,
  askedAbove: string,
  longStay = false,
  next = '点下一步，填住院信息。',
): string {
  if (deemedFiled) {
    const later = longStay
      ? `${who}离开参保地超过 ${EMERGENCY_TRIP_MAX_MONTHS} 个月，以后还在那里看病的，急诊以外的看病不算备案，要另外办“长期居住”一类的备案（点最下面的按钮去选）。`
      : ''
    return `${who}的参保地规定急诊抢救视同已备案：这次住院不用再办备案、不用交材料，出院时直接用医保结算。${later}跟医院怎么说、要带好留好什么，看下面。`
  }
  if (closed) return '医药费还是能报：先自己付，回参保地办零星报销。点下面的按钮看要留哪些单据、去哪里报。'
  const when = !w
    ? `先在上面选${askedAbove}，就能看到最晚哪天要办好。选好后`
    : w.mode === 'BEFORE_DISCHARGE'
      ? '出院结算之前都可以办。'
      : w.deadline
        ? `最晚 ${chineseDate(w.deadline)} 24:00 前要办好。`
        : ''
  return `${who}这次是在外地突然生病、急诊住的院，符合急诊备案的条件。${when}${next}`
}
