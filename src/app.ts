import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { configure as configureIcons } from '@nutui/icons-react-taro'
import '@nutui/icons-react-taro/dist/style_icon.css'
import './lib/dayjs'
import { registerPrivacyAuthorization } from './lib/privacy/wechat-privacy'
import { ensureSession } from './services/session'
import { installAriaRoleShim } from './lib/a11y'
import './app.scss'

// NutUI's icons (checkbox and radio marks, close buttons) draw an SVG mask on an element that
// is `<i>` by default. WeChat's templates have no `i` (the simulator logs "Template `tmpl_0_i`
// not found" and the mark is empty), so in the mini-program they are views: same classes, same
// mask. style_icon.css gives `.nut-icon` its size (the library's own sheet; unloaded, an icon is
// 0 × 0 in H5 too).
if (process.env.TARO_ENV !== 'h5') configureIcons({ tag: 'view' })

// H5: NutUI's WeChat-style `aria-role` becomes the standard `role` (lib/a11y.ts).
if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') installAriaRoleShim(document.body)

function App({ children }: PropsWithChildren) {
  // Log in silently as the app starts, so the first screen that needs the server already has a token.
  useLaunch(() => {
    // WeChat's privacy APIs (chooseMedia, saveImageToPhotosAlbum, setClipboardData) wait for our
    // dialog; H5 has no such event.
    if (process.env.TARO_ENV === 'weapp') registerPrivacyAuthorization(Taro)
    ensureSession().catch(() => {
      // No network yet: pages retry through the http service when they need the server.
    })
  })
  return children
}

export default App
