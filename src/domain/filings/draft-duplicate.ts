import type { FilingView } from './filing-view'
import { findDuplicateFiling, type FilingCandidate } from './duplicate-filing'
import type { FilingFacts } from './gate'

/** A filing view as the duplicate rule (findDuplicateFiling) reads it. */
export function factsOfView(f: FilingView): FilingFacts {
  return {
    type: f.type,
    status: f.status,
    basis: f.basis,
    destinationProvince: f.destination.province,
    destinationCity: f.destination.city,
    startDate: f.startDate,
    validFrom: f.validFrom,
    validTo: f.validTo,
  }
}

/**
 * The standing filing a draft left last time duplicates, if any (trial: a draft refused as a
 * duplicate was offered back with 继续填写, which led to the same refusal): the rule the
 * server's 409 DUPLICATE_FILING applies (findDuplicateFiling: same type and place, still standing
 * today; for an emergency the same admission day).
 * @param filings the person's filings the caller may see (filingsForSubject)
 * @param draft the draft's type, destination codes (province, city or null) and start date
 * @param today China date 'YYYY-MM-DD'
 * Example: a draft 异地长期居住人员 to 440100 while the same type to 广州 is 审核中 → that filing.
 */
export function draftDuplicateOf(filings: readonly FilingView[], draft: FilingCandidate, today: string): FilingView | undefined {
  return findDuplicateFiling(draft, filings.map((view) => ({ ...factsOfView(view), view })), today)?.view
}

/**
 * What a draft that duplicates a filing the person has says, wherever it is offered back (我要备案's
 * 接着上次填, the home page's 还没填完的备案): 继续填写 would only be refused again (409 DUPLICATE_FILING).
 * @param what the draft's type as shown, e.g. 「异地长期居住人员」
 * @param who 您, or the family member's name
 */
export function draftDuplicateWords(what: string, who: string): string {
  return `上次填的${what}和${who}已有的备案重复了，不用再提交；要改地方或日期，请打开已有的备案办理变更。`
}
