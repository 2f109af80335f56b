import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import './lib/dayjs'
import { ensureSession } from './services/session'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // Log in silently as the app starts, so the first screen that needs the server already has a token.
  useLaunch(() => {
    ensureSession().catch(() => {
      // No network yet: pages retry through the http service when they need the server.
    })
  })
  return children
}

export default App
