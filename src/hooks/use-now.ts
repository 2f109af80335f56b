import { useEffect, useState } from 'react'

/**
 * The current instant for a page that shows time-dependent answers (an emergency deadline, the
 * working days left). Read once at mount and refreshed every minute, so a page left open past
 * 24:00 does not keep saying the window is open. Tests mock this module to fix the clock.
 */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}
