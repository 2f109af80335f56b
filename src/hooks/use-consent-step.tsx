import { useState, type ReactElement } from 'react'
import Taro from '@tarojs/taro'
import PrivacyConsent from '@/components/privacy-consent'
import type { PrivacyConsentScope, PrivacyNotice } from '@/domain/privacy'
import { usePrivacyNotice } from '@/hooks/use-privacy-notice'
import { goHome, openPage } from '@/lib/navigation'
import { PRIVACY_NOTICE_URL, STATUS_URL } from '@/lib/privacy/urls'

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
}

/**
 * After 同意并继续 the consent step (read down to its button) gives way to the form: the form is
 * shown from its top, not from where the button was. After the render that swaps them.
 */
function scrollToTop() {
  setTimeout(() => {
    try {
      void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined)
    } catch {
      // No page to scroll (a test renderer): nothing to do.
    }
  }, 0)
}

/**
 * The separate consent a page asks for before it saves personal data (个人信息保护法 第二十九条):
 * 实名信息 (`PROFILE`) and each family member (`FAMILY_MEMBER`). Consent given here but not yet
 * saved is not stored: after closing the app it is asked again.
 */
export function useConsentStep(scope: PrivacyConsentScope): ConsentStep {
  const { notice, reload } = usePrivacyNotice()
  const [agreedVersion, setAgreedVersion] = useState<string | null>(null)
  const [reason, setReason] = useState<string | null>(null)

  const step = (
    <PrivacyConsent
      scope={scope}
      version={notice.version}
      reason={reason}
      onAgree={() => {
        setAgreedVersion(notice.version)
        setReason(null)
        scrollToTop()
      }}
      onOpenNotice={() => openPage(PRIVACY_NOTICE_URL)}
      onOpenStatus={() => openPage(STATUS_URL)}
      onHome={() => goHome()}
    />
  )

  const askAgain = async (message: string) => {
    await reload()
    setAgreedVersion(null)
    setReason(message)
  }

  return { notice, agreedVersion, step, askAgain }
}
