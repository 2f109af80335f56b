import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { registerPrivacyAuthorization } from '@/lib/privacy/wechat-privacy'
import { installAriaRoleShim } from '@/lib/a11y'
import { configureNutuiIcons } from '@/lib/launch/nutui-icons'
import { sessionAtLaunch } from '@/lib/launch/session-at-launch'
import '@/app-styles'

// In the mini-program NutUI's icons are views (lib/launch/nutui-icons.ts). Global styles: app-styles.ts.
configureNutuiIcons()

// H5: NutUI's WeChat-style `aria-role` becomes the standard `role` (lib/a11y.ts).
if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') installAriaRoleShim(document.body)

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // WeChat's privacy APIs (chooseMedia, saveImageToPhotosAlbum, setClipboardData) wait for our
    // dialog; H5 has no such event.
    if (process.env.TARO_ENV === 'weapp') registerPrivacyAuthorization(Taro)
    // Log in silently as the app starts (in H5 after the first screen: lib/launch).
    sessionAtLaunch()
  })
  return children
}

export default App
