import type { Citation } from '@/domain/citation'
import { issuingAreaName } from '@/domain/regions'

/** Who is in hospital, as far as the page knows: oneself, a family member by name, or not known yet (checked before any 实名信息). */
export type DeemedPatient = { self: boolean; name: string } | null

/**
 * A stay the 参保地 deems filed (江苏: 002 第八条(五), 第三十七条), in words for the person at the
 * hospital: what to say (`say`: the 参保地 and the document named, so a clerk elsewhere can check
 * it — a trial: "我们参保地规定…" gave a 深圳 clerk nothing), what to bring and keep (`keep`), and,
 * for a family member the filer may not file for yet, that this stay asks no authorisation
 * (`consent`: a trial led a son checking his father's stay on to 授权, which this stay does not need).
 */
export interface DeemedStayWords {
  say: [string, string]
  keep: [string, string]
  /** Null unless `memberNotAuthorised`. */
  consent: string | null
}

/**
 * What a 视同已备案 stay asks of the person: nothing to file, only what to tell the hospital and keep
 * (002 第八条(五), 第三十七条; the profile's own `emergency.citations`).
 * @param patient who is in hospital; null when not known (nobody's 实名信息 yet): 病人, unnamed
 * @param area the 参保地's name (江苏省苏州市)
 * @param citations the profile's emergency citations: the first document's articles are named
 * @param memberNotAuthorised a family member chosen who has not authorised the filer (yet)
 * The rule is said to be the place's whose document it is (江苏省 for 苏医保发〔2022〕75号, regions'
 * issuingAreaName), not the 参保地's: a clerk told 江苏省苏州市规定 of a provincial document looks
 * for a 苏州 one (a trial); `area` with no known document.
 */
export function deemedStayWords(patient: DeemedPatient, area: string, citations: readonly Citation[], memberNotAuthorised = false): DeemedStayWords {
  const first = citations[0]
  const ruleArea = (first && issuingAreaName(first)) || area
  const basis = first ? `（${first.doc}${citations.filter((c) => c.doc === first.doc).map((c) => c.article).join('、')}）` : ''
  const who = patient === null ? '病人的医保' : `${patient.self ? '我' : '病人'}是${patient.name}，医保`
  const name = patient && !patient.self ? patient.name : null
  return {
    say: [`“${who}在${area}参保，这次是急诊住院，请按急诊登记。”`, `“${ruleArea}规定急诊抢救视同已备案${basis}，请直接用医保结算。”`],
    keep: [
      '出院时带上身份证或医保卡（医保电子凭证也行）办结算。',
      '医院说结算不了的，先付钱，把发票、费用清单、诊断证明和急诊病历收好，回参保地报销。',
    ],
    consent:
      memberNotAuthorised && name
        ? `这次住院视同已备案，不用替${name}提交什么，也不用先请${name}授权。以后要替${name}办别的备案，再请${name}同意。`
        : null,
  }
}
