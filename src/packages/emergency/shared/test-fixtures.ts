import { emptyEmergencyDraft, useEmergencyDraftStore, type EmergencyDraft } from '@/stores/use-emergency-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { fetchMe } from '@/services/me'

/** 柳州 (Guangxi profile: 5 working days); 苏州 (Jiangsu: 视同已备案); 阳江 (before discharge). */
export const INSURED = { GUANGXI: '450200', JIANGSU: '320500', YANGJIANG: '441700' } as const

export function profileIn(insuredRegion: string) {
  return {
    name: '李秀英', idNumber: '450202195801010028', phone: '13912345678', insuredRegion,
    insuranceType: 'RESIDENT' as const, birthDate: '1958-01-01', sex: 'F' as const, updatedAt: '2025-09-01T10:00:00+08:00',
  }
}

export function signedIn(insuredRegion: string = INSURED.GUANGXI) {
  const me = { user: { id: 'u1' }, profile: profileIn(insuredRegion) }
  useMeStore.setState({ me, loading: false, error: null })
  // Pages reload 实名信息 each time they are shown (useLoadOnShow): the server answers the same.
  if (jest.isMockFunction(fetchMe)) fetchMe.mockResolvedValue(me)
}

/** A draft that answered the first page: admitted as an emergency on a trip. */
export function withDraft(patch: Partial<EmergencyDraft> = {}) {
  useEmergencyDraftStore.setState({
    subject: 'self',
    drafts: {
      self: {
        ...emptyEmergencyDraft(),
        step: 'details',
        admitted: 'YES',
        criteria: ['ACUTE_PAIN'],
        awayReason: 'TRAVEL',
        awayLength: 'UP_TO_3_MONTHS',
        admittedOn: '2025-09-26',
        phone1: '13912345678',
        ...patch,
      },
    },
  })
}

export const click = (id: string) => {
  const el = document.getElementById(id)
  if (!el) throw new Error(`no element #${id}`)
  el.click()
}
export const text = (id: string) => document.getElementById(id)?.textContent ?? ''
