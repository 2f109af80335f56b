import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

/** How many opened cards the phone remembers (a card shows for 7 days at most, so a short list is enough). */
const KEEP = 50

interface SeenNewsState {
  /** The seenKeys of the home page's good-news cards already opened (goodNews in src/domain/filings). */
  seen: string[]
  markSeen: (seenKey: string) => void
}

/** The good-news cards (备案已通过, 授权委托书已通过) opened on this phone: each is shown once, until opened. */
export const useSeenNewsStore = create<SeenNewsState>()(
  persist(
    (set) => ({
      seen: [],
      markSeen: (seenKey) => set((s) => (s.seen.includes(seenKey) ? s : { seen: [...s.seen, seenKey].slice(-KEEP) })),
    }),
    { name: 'beian-seen-news', version: 1, storage: taroStorage, partialize: (s) => ({ seen: s.seen }) },
  ),
)
