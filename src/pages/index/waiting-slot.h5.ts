import { createElement, lazy, Suspense, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { readStoredItem } from '@/stores/taro-storage'
import { useElderMode } from '@/stores/use-settings-store'
import { WaitingSpace, keptWaitingSpace } from './waiting-space'

const WaitingCards = lazy(() => import('./waiting-cards'))

/**
 * What the cards start from (waiting-cards.tsx): a session, which the filings, invitations and
 * family members are read with, and emergency drafts kept on this phone. Without either they show
 * nothing. The keys of the session and emergency-draft stores (use-session-store.ts,
 * use-emergency-draft-store.ts), in the browser's localStorage (Taro's storage in H5).
 */
export const WAITING_CARD_SOURCES = ['beian-session', 'beian-emergency-drafts'] as const

/** The filing-draft store's key (use-filing-draft-store.ts): its unfinished drafts have a card too. */
export const FILING_DRAFTS_KEY = 'beian-filing-drafts'

/**
 * Whether the kept filing drafts hold one the home page names (a type chosen, past the first step:
 * unfinishedDraftCards), read from the store's persisted JSON (`raw`, as readStoredItem answers it)
 * without loading the store: someone who only opened 我要备案 loads no card.
 */
export function hasUnfinishedFilingDraft(raw: string | null): boolean {
  if (!raw) return false
  try {
    const drafts = (JSON.parse(raw) as { state?: { drafts?: Record<string, { type?: unknown; step?: unknown } | null> } }).state?.drafts ?? {}
    return Object.values(drafts).some((d) => Boolean(d && d.type && d.step && d.step !== 'start'))
  } catch {
    return false
  }
}

/** Whether this browser keeps a session, an emergency draft or an unfinished filing draft (storage unreadable: no). */
export function hasWaitingSources(): boolean {
  try {
    return WAITING_CARD_SOURCES.some((key) => localStorage.getItem(key) !== null) || hasUnfinishedFilingDraft(readStoredItem(FILING_DRAFTS_KEY))
  } catch {
    return false
  }
}

/**
 * H5: the waiting cards (with the session, emergency-draft, filing-draft and family stores and zustand's persist
 * middleware) are fetched as a chunk of their own, and only once this browser keeps a session, an
 * emergency draft or an unfinished filing draft: a first visit, which has neither, shows no card and loads none of it (README
 * "Measured"). Checked when the home page first renders and each time it is shown again (back from
 * a flow that logged in or started a draft); once loaded the cards read as before, on every show.
 * While the chunk loads, the cards' space from last time is held (WaitingSpace).
 */
export default function WaitingSlot() {
  const [wanted, setWanted] = useState(hasWaitingSources)
  const elder = useElderMode()
  useDidShow(() => {
    if (!wanted && hasWaitingSources()) setWanted(true)
  })
  if (!wanted) return null
  // While the chunk comes, the space the cards took last time is held already (waiting-space.tsx).
  const held = keptWaitingSpace(elder)
  return createElement(Suspense, { fallback: held > 0 ? createElement(WaitingSpace, { height: held }) : null }, createElement(WaitingCards))
}
