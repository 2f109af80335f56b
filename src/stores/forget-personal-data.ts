import { useAddedMaterialsStore } from './use-added-materials-store'
import { useConsentDraftStore } from './use-consent-draft-store'
import { useEmergencyDraftStore } from './use-emergency-draft-store'
import { useFamilyDraftStore } from './use-family-draft-store'
import { useFilingDraftStore } from './use-filing-draft-store'
import { useMeStore } from './use-me-store'
import { useProfileDraftStore } from './use-profile-draft-store'
import { useSeenNewsStore } from './use-seen-news-store'
import { useSentInvitationsStore } from './use-sent-invitations-store'
import { useSessionStore } from './use-session-store'
import { useSubjectsStore } from './use-subjects-store'
import { useVerificationDraftStore } from './use-verification-draft-store'

/**
 * Every store that holds something about a person (the account, its 实名信息, drafts, family
 * members), reset to its first state and removed from the phone's storage. Settings (长辈模式)
 * and the calendar hold nothing personal and stay.
 */
const PERSONAL_STORES = [
  useSessionStore,
  useMeStore,
  useProfileDraftStore,
  useFamilyDraftStore,
  useFilingDraftStore,
  useEmergencyDraftStore,
  useSubjectsStore,
  useAddedMaterialsStore,
  useVerificationDraftStore,
  useSeenNewsStore,
  useConsentDraftStore,
  useSentInvitationsStore,
] as const

/** After DELETE /api/me: nothing personal stays on this phone either. The next request logs in afresh. */
export function forgetPersonalData(): void {
  for (const store of PERSONAL_STORES) {
    // Widened to the common shape: each store resets to its own initial state.
    const s = store as unknown as {
      getInitialState: () => object
      setState: (state: object, replace: true) => void
      persist: { clearStorage: () => void }
    }
    s.setState(s.getInitialState(), true)
    s.persist.clearStorage()
  }
}
