import { recordedAwayLength, type RefileEntry } from '@/domain/emergency'
import type { FilingView } from '@/domain/filings'
import { memberKey } from '@/hooks/use-subject'
import { emptyEmergencyDraft, useEmergencyDraftStore, type EmergencyDraft } from '@/stores/use-emergency-draft-store'
import { openPage } from '@/lib/navigation'

const EMERGENCY_START_URL = '/packages/emergency/pages/start/index'
const EMERGENCY_DETAILS_URL = '/packages/emergency/pages/details/index'

/**
 * A new emergency draft for the admission of an ended emergency filing: what that filing recorded
 * (入院日期, the emergency ticked, why away, 医院, 就医地, 诊断, the phones), at the step where the
 * flow opens (`opensAt`, refileEntry: the first page unless all its answers are known).
 * 离开参保地多久 is answered from the filing's 离开参保地日期 when it recorded one (refileEntry); the
 * filing does not record the answer itself, so without that date it is asked again (a trial).
 * Materials are photographed again: uploads belong to the filing they were sent with.
 */
export function refileDraftOf(filing: Pick<FilingView, 'emergency' | 'destination' | 'contacts'>, opensAt: RefileEntry['opensAt'] = 'START'): EmergencyDraft {
  const e = filing.emergency
  return {
    ...emptyEmergencyDraft(),
    step: opensAt === 'DETAILS' ? 'details' : 'start',
    admitted: 'YES',
    criteria: e ? [...e.criteria] : [],
    awayReason: e?.awayReason ?? null,
    awayLength: recordedAwayLength(e ?? null),
    admittedOn: e?.admittedOn ?? '',
    leftOn: e?.leftOn ?? '',
    destination: filing.destination.city ?? filing.destination.province,
    hospitalName: e?.hospitalName ?? '',
    diagnosis: e?.diagnosis ?? '',
    phone1: filing.contacts.phone1,
    phone2: filing.contacts.phone2 ?? '',
  }
}

/**
 * 重新办急诊备案: chooses the person in the emergency flow, fills their draft from the ended filing
 * and opens the flow where `opensAt` says (refileEntry: 填住院信息, where the hospital and the
 * diagnosis are, when the first page's answers are all known; else the first page). A draft of
 * theirs already past the first step is kept (nothing typed there is lost): the first page
 * opens, and offers it back (接着上次填). A fresh draft opens the first page with `?ask=open`: the
 * questions left are marked there and the first brought into view.
 * @param memberId the family member the filing was for; null for the caller
 */
export function startRefiling(filing: FilingView, memberId: string | null, opensAt: RefileEntry['opensAt']): void {
  const key = memberId ? memberKey(memberId) : 'self'
  const store = useEmergencyDraftStore.getState()
  store.setSubject(key)
  const kept = store.drafts[key]
  const fresh = !kept || kept.step === 'start'
  if (fresh) store.update(refileDraftOf(filing, opensAt))
  // The chosen person is in the draft store already; only the first page reads ?member=. A fresh
  // draft opens the first page on what is left to answer (?ask=open: a trial, it opened at the top
  // with one question left further down).
  if (fresh && opensAt === 'DETAILS') {
    void openPage(EMERGENCY_DETAILS_URL)
    return
  }
  const query = [...(memberId ? [`member=${encodeURIComponent(memberId)}`] : []), ...(fresh ? ['ask=open'] : [])]
  void openPage(query.length > 0 ? `${EMERGENCY_START_URL}?${query.join('&')}` : EMERGENCY_START_URL)
}
