import { useEffect, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/**
 * Runs `load` when the page first appears and again each time it is shown (back from a cancel
 * or a change), so what it shows is never stale. Calls that overlap are merged into one.
 */
export function useLoadOnShow(load: () => Promise<void>): void {
  const pending = useRef<Promise<void> | null>(null)
  const latest = useRef(load)
  latest.current = load

  const run = () => {
    if (pending.current) return
    pending.current = latest.current().finally(() => {
      pending.current = null
    })
  }

  // The first show also arrives as didShow in the app; the effect covers a page mounted on its own.
  useEffect(run, [])
  useDidShow(run)
}
