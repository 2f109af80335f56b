import { create } from 'zustand'

/** What WeChat's onNeedPrivacyAuthorization hands over: the way to let the pending call go on, or fail. */
export interface PrivacyResolveOption {
  event: 'exposureAuthorization' | 'agree' | 'disagree'
  buttonId?: string
}
export type PrivacyResolve = (option: PrivacyResolveOption) => void

interface PrivacyPromptState {
  /** The privacy API waiting for the person's answer (e.g. 'chooseMedia'), or null. */
  referrer: string | null
  resolve: PrivacyResolve | null
  /** A privacy API waits: show our dialog (any earlier one still waiting is refused). */
  ask: (resolve: PrivacyResolve, referrer: string) => void
  /** The person tapped the agree button (`open-type="agreePrivacyAuthorization"`, id `buttonId`). */
  agree: (buttonId: string) => void
  disagree: () => void
}

/** The one pending WeChat privacy authorisation; not persisted (it lives as long as the call). */
export const usePrivacyPromptStore = create<PrivacyPromptState>()((set, get) => ({
  referrer: null,
  resolve: null,
  ask: (resolve, referrer) => {
    get().resolve?.({ event: 'disagree' })
    set({ resolve, referrer })
  },
  agree: (buttonId) => {
    get().resolve?.({ buttonId, event: 'agree' })
    set({ resolve: null, referrer: null })
  },
  disagree: () => {
    get().resolve?.({ event: 'disagree' })
    set({ resolve: null, referrer: null })
  },
}))
