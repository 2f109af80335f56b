import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { PrivacyConsentScope } from '@/domain/privacy'
import { taroStorage } from './taro-storage'

interface ConsentDraftState {
  /**
   * Per consent scope, the 隐私保护指引 version the person agreed to on this phone and has not yet
   * sent with a save (the server records consent only with the save it covers).
   */
  agreed: Partial<Record<PrivacyConsentScope, string>>
  agree: (scope: PrivacyConsentScope, version: string) => void
  /** The save carrying the consent went through, or the server asked again: forget it here. */
  clear: (scope: PrivacyConsentScope) => void
}

/**
 * Consent given on 实名信息 or 添加家人 but not yet saved: kept with the half-filled form, so closing
 * the app between agreeing and saving does not ask again. Once the save is through, the server's
 * record (GET /api/me's privacyConsent) counts, and for the next family member consent is asked afresh.
 */
export const useConsentDraftStore = create<ConsentDraftState>()(
  persist(
    (set) => ({
      agreed: {},
      agree: (scope, version) => set((s) => ({ agreed: { ...s.agreed, [scope]: version } })),
      clear: (scope) =>
        set((s) => {
          if (!(scope in s.agreed)) return s
          const agreed = { ...s.agreed }
          delete agreed[scope]
          return { agreed }
        }),
    }),
    { name: 'beian-consent-draft', version: 1, storage: taroStorage, partialize: (s) => ({ agreed: s.agreed }) },
  ),
)
