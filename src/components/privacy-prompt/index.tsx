import { View, Text, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { privacyApiName } from '@/lib/privacy/wechat-privacy'
import { PRIVACY_NOTICE_URL } from '@/lib/privacy/urls'
import { usePrivacyPromptStore } from '@/stores/use-privacy-prompt-store'
import { openPage } from '@/lib/navigation'
import { tappable } from '@/lib/a11y'

/** The id WeChat checks was tapped before `agree` (resolve's buttonId). */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-prompt-agree'

function openNotice() {
  // WeChat's own copy of the notice (filled in on the console) where available, else ours.
  if (typeof Taro.openPrivacyContract === 'function') {
    Taro.openPrivacyContract({ fail: () => void openPage(PRIVACY_NOTICE_URL) })
  } else {
    void openPage(PRIVACY_NOTICE_URL)
  }
}

/**
 * Our dialog for WeChat's privacy authorisation (lib/privacy/wechat-privacy): names the function
 * that asked, links the 隐私保护指引, and answers with a native button of
 * `open-type="agreePrivacyAuthorization"` (WeChat requires that tap) or 不同意. Rendered by PageRoot,
 * so it appears over whichever page made the call.
 */
export default function PrivacyPrompt() {
  const referrer = usePrivacyPromptStore((s) => s.referrer)
  const agree = usePrivacyPromptStore((s) => s.agree)
  const disagree = usePrivacyPromptStore((s) => s.disagree)
  if (referrer === null) return null
  return (
    <View className='privacy-prompt' id='privacy-prompt'>
      <View className='privacy-prompt__sheet'>
        <Text className='privacy-prompt__title'>需要您同意</Text>
        <Text className='privacy-prompt__text' id='privacy-prompt-api'>
          接下来要{privacyApiName(referrer)}。用之前，请您阅读并同意《隐私保护指引》。
        </Text>
        <View className='privacy-prompt__link' id='privacy-prompt-notice' {...tappable(null, openNotice)}>
          <Text>查看《隐私保护指引》 ›</Text>
        </View>
        <Button
          id={PRIVACY_AGREE_BUTTON_ID}
          className='privacy-prompt__agree'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={() => agree(PRIVACY_AGREE_BUTTON_ID)}
        >
          同意并继续
        </Button>
        <Button id='privacy-prompt-disagree' className='privacy-prompt__disagree' onClick={disagree}>
          不同意
        </Button>
      </View>
    </View>
  )
}
