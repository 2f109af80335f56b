import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

interface SessionState {
  token: string | null
  userId: string | null
  /** H5 only: this browser's development login code, kept so a reload is the same user. */
  devCode: string | null
  setSession: (token: string, userId: string) => void
  setDevCode: (code: string) => void
  clear: () => void
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      userId: null,
      devCode: null,
      setSession: (token, userId) => set({ token, userId }),
      setDevCode: (devCode) => set({ devCode }),
      clear: () => set({ token: null, userId: null }),
    }),
    {
      name: 'beian-session',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ token: s.token, userId: s.userId, devCode: s.devCode }),
    },
  ),
)
