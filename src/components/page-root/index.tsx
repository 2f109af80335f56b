import type { ReactNode } from 'react'
import { View } from '../primitives'
import { useElderMode } from '../../stores/use-settings-store'
import PrivacyPrompt from '../privacy-prompt'

/**
 * Every page's outermost element. In 长辈模式 it sets --elder-scale, which every fs() size in
 * the page's styles (type, tap targets) multiplies by, following WeChat's 适老化 guide. In the
 * weapp it also carries the WeChat privacy authorisation dialog, so it shows over any page.
 */
export default function PageRoot({ children, className = '', id }: { children: ReactNode; className?: string; id?: string }) {
  const elder = useElderMode()
  return (
    <View id={id} className={`page-root${elder ? ' page-root--elder' : ''} ${className}`.trim()}>
      {children}
      {process.env.TARO_ENV === 'weapp' ? <PrivacyPrompt /> : null}
    </View>
  )
}
