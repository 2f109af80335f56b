import { useEffect, type ReactNode } from 'react'
import { View } from '@/components/primitives'
import { useElderMode } from '@/stores/use-settings-store'
import PrivacyPrompt from '@/components/privacy-prompt'

/**
 * Every page's outermost element. In 长辈模式 it sets --elder-scale, which every fs() size in
 * the page's styles (type, tap targets) multiplies by, following WeChat's 适老化 guide. In the
 * weapp it also carries the WeChat privacy authorisation dialog, so it shows over any page.
 * In H5 the body carries `elder-mode` too: NutUI's Popup, Dialog and Toast render outside the page
 * root, and styles/elder.scss themes them from there.
 */
export default function PageRoot({ children, className = '', id }: { children: ReactNode; className?: string; id?: string }) {
  const elder = useElderMode()
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    document.body.classList.toggle('elder-mode', elder)
  }, [elder])
  return (
    // No id unless given: Taro's H5 runtime writes an undefined id out as id="undefined".
    <View {...(id ? { id } : {})} className={`page-root${elder ? ' page-root--elder' : ''} ${className}`.trim()}>
      {children}
      {process.env.TARO_ENV === 'weapp' ? <PrivacyPrompt /> : null}
    </View>
  )
}
