import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import './lib/dayjs'
import { registerPrivacyAuthorization } from './lib/privacy/wechat-privacy'
import { ensureSession } from './services/session'
import './app.scss'

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
