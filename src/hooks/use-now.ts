import { useEffect, useState } from 'react'
import { now } from '@/lib/clock'

/**
 * The current instant for a page that shows time-dependent answers (an emergency deadline, the
 * working days left), read from the app's one clock (`lib/clock`). Read once at mount and
 * refreshed every minute, so a page left open past 24:00 does not keep saying the window is open.
 * Tests fix it with `setClock` (or by mocking this module).
 */
export function useNow(): Date {
  const [current, setCurrent] = useState(now)
  useEffect(() => {
    const timer = setInterval(() => setCurrent(now()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return current
}
