import { createElement, lazy, Suspense, useState } from 'react'
import { useDidShow } from '@tarojs/taro'

const WaitingCards = lazy(() => import('./waiting-cards'))

/**
 * What the cards start from (waiting-cards.tsx): a session, which the filings, invitations and
 * family members are read with, and emergency drafts kept on this phone. Without either they show
 * nothing. The keys of the session and emergency-draft stores (use-session-store.ts,
 * use-emergency-draft-store.ts), in the browser's localStorage (Taro's storage in H5).
 */
export const WAITING_CARD_SOURCES = ['beian-session', 'beian-emergency-drafts'] as const

/** Whether this browser keeps a session or an emergency draft (storage unreadable: no). */
export function hasWaitingSources(): boolean {
  try {
    return WAITING_CARD_SOURCES.some((key) => localStorage.getItem(key) !== null)
  } catch {
    return false
  }
}

/**
 * H5: the waiting cards (with the session, emergency-draft and family stores and zustand's persist
 * middleware) are fetched as a chunk of their own, and only once this browser keeps a session or an
 * emergency draft: a first visit, which has neither, shows no card and loads none of it (README
 * "Measured"). Checked when the home page first renders and each time it is shown again (back from
 * a flow that logged in or started a draft); once loaded the cards read as before, on every show.
 */
export default function WaitingSlot() {
  const [wanted, setWanted] = useState(hasWaitingSources)
  useDidShow(() => {
    if (!wanted && hasWaitingSources()) setWanted(true)
  })
  return wanted ? createElement(Suspense, { fallback: null }, createElement(WaitingCards)) : null
}
