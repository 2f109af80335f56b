import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { ensureSession } from '@/services/session'
import { fetchMe, type Me } from '@/services/me'
import { ApiError } from '@/services/api-error'
import { taroStorage } from './taro-storage'

interface MeState {
  me: Me | null
  loading: boolean
  error: string | null
  /** Loads the account and its 实名信息 (kept for offline use). */
  load: () => Promise<Me | null>
}

export const useMeStore = create<MeState>()(
  persist(
    (set) => ({
      me: null,
      loading: false,
      error: null,
      load: async () => {
        set({ loading: true, error: null })
        try {
          await ensureSession()
          const me = await fetchMe()
          set({ me, loading: false })
          return me
        } catch (e) {
          set({ loading: false, error: e instanceof ApiError ? e.message : '暂时没连上服务器，请稍后再试' })
          return null
        }
      },
    }),
    { name: 'beian-me', version: 1, storage: taroStorage, partialize: (s) => ({ me: s.me }) },
  ),
)
