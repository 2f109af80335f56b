import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { ensureSession } from '@/services/session'
import { fetchMe, type Me } from '@/services/me'
import { ApiError } from '@/services/api-error'
import { taroStorage } from './taro-storage'
import type { InvitationView } from '@/domain/family/views'

/** A family member's invitation opened on this phone before the person's own 实人认证 passed. */
export type AwaitedInvitation = Pick<InvitationView, 'proxyKin' | 'proxyFullName' | 'expiresAt'>

interface MeState {
  me: Me | null
  /**
   * The invitation 同意 waits for: while the photos wait for staff, the home page says it comes
   * after (a trial: it said only 办备案不用再等核对身份, to a father who was not filing). Cleared once agreed.
   */
  awaited: AwaitedInvitation | null
  setAwaited: (invitation: AwaitedInvitation | null) => void
  loading: boolean
  error: string | null
  /** Loads the account and its 实名信息 (kept for offline use). */
  load: () => Promise<Me | null>
}

export const useMeStore = create<MeState>()(
  persist(
    (set) => ({
      me: null,
      awaited: null,
      setAwaited: (invitation) => set({ awaited: invitation && { proxyKin: invitation.proxyKin, proxyFullName: invitation.proxyFullName, expiresAt: invitation.expiresAt } }),
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
    { name: 'beian-me', version: 1, storage: taroStorage, partialize: (s) => ({ me: s.me, awaited: s.awaited }) },
  ),
)
