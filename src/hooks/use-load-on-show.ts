import { useEffect, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/**
 * Runs `load` when the page first appears and again each time it is shown again (back from
 * 实名信息, a cancel, a change, another app), so what it shows is never stale: the one way every
 * page that shows stored or server state loads it (issue 13, trap 1). Calls that overlap are
 * merged into one; `load`'s result is ignored (it reports through its own state or store).
 */
export function useLoadOnShow(load: () => Promise<unknown>): void {
  const pending = useRef<Promise<unknown> | null>(null)
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
