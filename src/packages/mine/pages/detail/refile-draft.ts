import type { FilingView } from '@/domain/filings'
import { checkEmergencyTrip } from '@/domain/rules/check-emergency-trip'
import { memberKey } from '@/hooks/use-subject'
import { emptyEmergencyDraft, useEmergencyDraftStore, type EmergencyDraft } from '@/stores/use-emergency-draft-store'
import { openPage } from '@/lib/navigation'

const EMERGENCY_START_URL = '/packages/emergency/pages/start/index'

/**
 * A new emergency draft for the admission of an ended emergency filing: what that filing recorded
 * (入院日期, the emergency ticked, why away, 医院, 就医地, 诊断, the phones), at the first step, where
 * the flow checks again what it checks for any stay. 离开参保地多久 is answered from the filing's
 * 离开参保地日期 when it recorded one (within 3 months of the admission: 不超过 3 个月, the same
 * rule the server checked it by, 001 受理条件, 003 第五条(五)); the filing does not record the
 * answer itself, so without that date it is asked again (a trial). Materials are photographed
 * again: uploads belong to the filing they were sent with.
 */
export function refileDraftOf(filing: Pick<FilingView, 'emergency' | 'destination' | 'contacts'>): EmergencyDraft {
  const e = filing.emergency
  return {
    ...emptyEmergencyDraft(),
    admitted: 'YES',
    criteria: e ? [...e.criteria] : [],
    awayReason: e?.awayReason ?? null,
    awayLength: e?.leftOn && checkEmergencyTrip({ leftOn: e.leftOn, admittedOn: e.admittedOn }).ok ? 'UP_TO_3_MONTHS' : null,
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
 * (unless a draft of theirs is already past the first step: the flow offers it back, 接着上次填,
 * and nothing typed there is lost), and opens the flow's first page for them.
 * @param memberId the family member the filing was for; null for the caller
 */
export function startRefiling(filing: FilingView, memberId: string | null): void {
  const key = memberId ? memberKey(memberId) : 'self'
  const store = useEmergencyDraftStore.getState()
  store.setSubject(key)
  const kept = store.drafts[key]
  if (!kept || kept.step === 'start') store.update(refileDraftOf(filing))
  void openPage(memberId ? `${EMERGENCY_START_URL}?member=${encodeURIComponent(memberId)}` : EMERGENCY_START_URL)
}
