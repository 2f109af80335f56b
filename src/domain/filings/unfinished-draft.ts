import { FILING_TYPE_INFO, type FilingType } from '@/domain/filing-types'
import { draftDuplicateOf, draftDuplicateWords } from './draft-duplicate'
import type { FilingView } from './filing-view'
import { FILING_STEP_NAMES, type FilingDraftStep } from './step-names'

export { FILING_STEP_NAMES, type FilingDraftStep } from './step-names'

/** A filing draft kept on this phone, as the home page reads it. */
export interface KeptFilingDraft {
  /** The draft store's key: 'self' or 'member:<id>'. */
  key: string
  step: FilingDraftStep
  type: FilingType | null
  /** The family member's name for a 'member:' draft; null for one's own (or a member not known any more). */
  memberName: string | null
  /** The draft's 就医地 (6-digit code of a city or a province-level unit; '' before it is picked). */
  destination?: string
  /** The draft's start date ('YYYY-MM-DD'; for an emergency, the admission day). */
  startDate?: string
  /** The person's filings the caller may see (filingsForSubject); absent when they could not be read. */
  filings?: readonly FilingView[]
}

export interface UnfinishedDraftCard {
  key: string
  step: FilingDraftStep
  title: string
  /** For whom, the type and the step it reached. */
  detail: string
  /** What discarding it asks first. */
  confirm: string
  /**
   * The filing the person has that the draft duplicates (draftDuplicateOf): its id, and a line
   * naming it (异地长期居住人员（去广东省阳江市），审核中，备案号 …); null when none is known.
   */
  duplicateOf: { id: string; line: string } | null
}

/**
 * A draft's 6-digit 就医地 code as the API's destination: a province (or 北京 …) alone, else the
 * city with its province, by GB/T 2260's prefix: what the filing flow's destinationOf answers
 * for the codes its picker offers, without the region table (the home page is in the main package).
 */
function destinationOfCode(code: string): { destinationProvince: string; destinationCity: string | null } {
  if (!/^\d{6}$/.test(code)) return { destinationProvince: '', destinationCity: null }
  if (code.endsWith('0000')) return { destinationProvince: code, destinationCity: null }
  return { destinationProvince: `${code.slice(0, 2)}0000`, destinationCity: code }
}

/**
 * The home page's cards for filings started and not sent (a trial: a daughter who left her father's
 * filing half-way found it only by opening 我要备案 again): one per person whose draft has a type
 * and went past the first step, the same drafts 我要备案's 接着上次填 offers. Own first. A draft that
 * duplicates a filing the person has (draftDuplicateOf, the rule of the server's 409
 * DUPLICATE_FILING, on what stands `today`) says so as 接着上次填 does, naming that filing (a trial:
 * 继续填写 here skipped the warning 我要备案 gives).
 * @param today China date 'YYYY-MM-DD'; without it no duplicate is looked for
 */
export function unfinishedDraftCards(drafts: readonly KeptFilingDraft[], today?: string): UnfinishedDraftCard[] {
  return drafts
    .filter((d) => d.type !== null && d.step !== 'start')
    .sort((a, b) => Number(b.key === 'self') - Number(a.key === 'self'))
    .map((d) => {
      const member = d.key !== 'self'
      const who = member ? d.memberName ?? '家人' : null
      const typeName = `「${FILING_TYPE_INFO[d.type!].officialName}」`
      const confirm = `确定不要这份${member ? `替${who}办的` : ''}备案了吗？删掉以后，填过的内容和拍的照片都要重新来。`
      const clash =
        today && d.filings
          ? draftDuplicateOf(d.filings, { type: d.type!, ...destinationOfCode(d.destination ?? ''), startDate: d.startDate ?? '' }, today)
          : undefined
      if (clash) {
        return {
          key: d.key,
          step: d.step,
          title: member ? `上次填的不用再提交：替${who}办的` : '上次填的不用再提交',
          detail: draftDuplicateWords(typeName, who ?? '您'),
          confirm,
          duplicateOf: { id: clash.id, line: `${clash.typeName}（去${clash.destination.name}），${clash.statusLabel}，备案号 ${clash.number}` },
        }
      }
      return {
        key: d.key,
        step: d.step,
        title: member ? `还没填完的备案：替${who}办的` : '还没填完的备案',
        detail: `${member ? `您上次替${who}办` : '您上次为自己办'}${typeName}备案，填到了“${FILING_STEP_NAMES[d.step]}”，还没有提交。`,
        confirm,
        duplicateOf: null,
      }
    })
}
