import { usePrivacyPromptStore, type PrivacyResolve } from '@/stores/use-privacy-prompt-store'

/** The privacy APIs this app calls (WeChat's 用户隐私保护指引 rules), as the dialog names them. */
export const PRIVACY_API_NAMES: Record<string, string> = {
  chooseMedia: '拍照或从相册选择照片（上传证明材料）',
  chooseImage: '拍照或从相册选择照片（上传证明材料）',
  saveImageToPhotosAlbum: '把备案回执保存到相册',
  setClipboardData: '复制备案号到剪贴板',
}

/** What the dialog calls the API that asked; the raw name for one not listed. */
export const privacyApiName = (referrer: string): string => PRIVACY_API_NAMES[referrer] ?? referrer

/** The part of `wx`/Taro this needs: present from base library 2.32.3. */
export interface PrivacyApi {
  onNeedPrivacyAuthorization?: (listener: (resolve: PrivacyResolve, eventInfo: { referrer: string }) => void) => void
}

/**
 * Registers WeChat's onNeedPrivacyAuthorization listener (base library ≥ 2.32.3; weapp only —
 * the caller guards with TARO_ENV): when a privacy API (chooseMedia, saveImageToPhotosAlbum,
 * setClipboardData) waits for the person, tells WeChat our dialog is shown
 * (`exposureAuthorization`) and hands the resolve to the dialog (components/privacy-prompt),
 * which answers `agree` from its `open-type="agreePrivacyAuthorization"` button or `disagree`.
 * Returns false where the API does not exist (an older WeChat: it then asks by itself).
 */
export function registerPrivacyAuthorization(api: PrivacyApi): boolean {
  if (typeof api.onNeedPrivacyAuthorization !== 'function') return false
  api.onNeedPrivacyAuthorization((resolve, eventInfo) => {
    resolve({ event: 'exposureAuthorization' })
    usePrivacyPromptStore.getState().ask(resolve, eventInfo?.referrer ?? '')
  })
  return true
}
