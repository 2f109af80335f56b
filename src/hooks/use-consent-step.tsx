import { useState, type ReactElement } from 'react'
import PrivacyConsent from '@/components/privacy-consent'
import type { PrivacyConsentScope, PrivacyNotice } from '@/domain/privacy'
import { usePrivacyNotice } from '@/hooks/use-privacy-notice'
import { goHome, openPage } from '@/lib/navigation'
import { scrollPageToTop } from '@/lib/page-scroll'
import { PRIVACY_NOTICE_URL, STATUS_URL } from '@/lib/privacy/urls'
import { useConsentDraftStore } from '@/stores/use-consent-draft-store'

export interface ConsentStep {
  /** The 隐私保护指引 in force (the server's once loaded). */
  notice: PrivacyNotice
  /** The version agreed to on this page (sent with the save), or null until the person agrees. */
  agreedVersion: string | null
  /** The consent block to show until they agree (links to the notice, 进度查询 and home). */
  step: ReactElement
  /**
   * For a 422 PRIVACY_CONSENT_REQUIRED answer: loads the notice again and shows the step again
   * with the server's `message`; the draft is kept.
   */
  askAgain: (message: string) => Promise<void>
  /** The save that carried `agreedVersion` went through: the server's record counts from now on. */
  consentSaved: () => void
}

/**
 * The separate consent a page asks for before it saves personal data (个人信息保护法 第二十九条):
 * 实名信息 (`PROFILE`) and each family member (`FAMILY_MEMBER`). Consent given here but not yet
 * saved is kept on the phone with the draft (useConsentDraftStore), so closing the app before the
 * save does not ask again; the server records it only with the save (consentSaved then forgets it).
 */
export function useConsentStep(scope: PrivacyConsentScope): ConsentStep {
  const { notice, reload } = usePrivacyNotice()
  const agreedVersion = useConsentDraftStore((s) => s.agreed[scope] ?? null)
  const agree = useConsentDraftStore((s) => s.agree)
  const clear = useConsentDraftStore((s) => s.clear)
  const [reason, setReason] = useState<string | null>(null)

  const step = (
    <PrivacyConsent
      scope={scope}
      version={notice.version}
      reason={reason}
      onAgree={() => {
        agree(scope, notice.version)
        setReason(null)
        // The consent step was read down to its button: the form is shown from its top.
        scrollPageToTop()
      }}
      onOpenNotice={() => openPage(PRIVACY_NOTICE_URL)}
      onOpenStatus={() => openPage(STATUS_URL)}
      onHome={() => goHome()}
    />
  )

  const askAgain = async (message: string) => {
    await reload()
    clear(scope)
    setReason(message)
  }

  return { notice, agreedVersion, step, askAgain, consentSaved: () => clear(scope) }
}
