import { FILING_TYPE_INFO, type FilingType } from '@/domain/filing-types'
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
}

export interface UnfinishedDraftCard {
  key: string
  step: FilingDraftStep
  title: string
  /** For whom, the type and the step it reached. */
  detail: string
  /** What discarding it asks first. */
  confirm: string
}

/**
 * The home page's cards for filings started and not sent (a trial: a daughter who left her father's
 * filing half-way found it only by opening 我要备案 again): one per person whose draft has a type
 * and went past the first step, the same drafts 我要备案's 接着上次填 offers. Own first.
 */
export function unfinishedDraftCards(drafts: readonly KeptFilingDraft[]): UnfinishedDraftCard[] {
  return drafts
    .filter((d) => d.type !== null && d.step !== 'start')
    .sort((a, b) => Number(b.key === 'self') - Number(a.key === 'self'))
    .map((d) => {
      const member = d.key !== 'self'
      const who = member ? d.memberName ?? '家人' : null
      const what = `「${FILING_TYPE_INFO[d.type!].officialName}」备案`
      return {
        key: d.key,
        step: d.step,
        title: member ? `还没填完的备案：替${who}办的` : '还没填完的备案',
        detail: `${member ? `您上次替${who}办` : '您上次办'}${what}，填到了“${FILING_STEP_NAMES[d.step]}”，还没有提交。`,
        confirm: `确定不要这份${member ? `替${who}办的` : ''}备案了吗？删掉以后，填过的内容和拍的照片都要重新来。`,
      }
    })
}
