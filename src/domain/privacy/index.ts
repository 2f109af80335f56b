export { maskIdNumber, maskName, maskPhone } from './mask'
export {
  PRIVACY_CONSENT_REQUIRED_MESSAGE,
  PRIVACY_CONSENT_SCOPES,
  PRIVACY_NOTICE,
  PRIVACY_NOTICE_TEXT,
  PRIVACY_NOTICE_VERSION,
  isConsentCurrent,
} from './notice'
export type {
  PrivacyConsentScope,
  PrivacyNotice,
  PrivacyNoticeItem,
  PrivacyNoticeSection,
  PrivacyNoticeText,
} from './notice'
