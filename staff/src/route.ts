import { useEffect, useState } from 'react'

/** Hash routes (#/queue, #/filing/<id> …): the server serves one static page at /staff/. */
export type Route =
  | { name: 'queue' | 'search' | 'dashboard' | 'accounts' | 'audit' | 'verifications' }
  | { name: 'filing' | 'authorization'; id: string }
  /** One 实人认证 request; `fromFiling`: opened from that filing's page, where its decision returns (#/verification/<id>/<filing id>). */
  | { name: 'verification'; id: string; fromFiling?: string }

export function parseRoute(hash: string): Route {
  const [name, id, from] = hash.replace(/^#\/?/, '').split('/')
  if (name === 'verification' && id) return from ? { name, id, fromFiling: from } : { name, id }
  if ((name === 'filing' || name === 'authorization') && id) return { name, id }
  if (name === 'search' || name === 'dashboard' || name === 'accounts' || name === 'audit' || name === 'verifications') return { name }
  return { name: 'queue' }
}

export function go(path: string): void {
  window.location.hash = `#/${path}`
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}

/** The current instant, refreshed every `ms` (the queue's time left counts down). */
export function useNow(ms = 30_000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), ms)
    return () => window.clearInterval(timer)
  }, [ms])
  return now
}
