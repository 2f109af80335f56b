import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { VerificationPhotoPurpose } from '@/domain/verification'
import { taroStorage } from './taro-storage'

/** One uploaded 实人认证 photo: the server's upload id and the photo on the phone, to show it. */
export interface VerificationPhoto {
  id: string
  localPath: string
}

export type VerificationPhotos = Partial<Record<VerificationPhotoPurpose, VerificationPhoto>>

interface VerificationDraftState {
  /** The staff path's photos uploaded so far (正面 / 反面 / 手持), not yet handed to staff. */
  photos: VerificationPhotos
  setPhoto: (slot: VerificationPhotoPurpose, photo: VerificationPhoto) => void
  /** After the photos went to staff: nothing is left to keep. */
  clear: () => void
}

/**
 * The 实人认证 page's uploaded photos: they survive a reload or the app being closed (persisted
 * to Taro storage), like the filing materials draft, so nobody uploads the same three again.
 */
export const useVerificationDraftStore = create<VerificationDraftState>()(
  persist(
    (set) => ({
      photos: {},
      setPhoto: (slot, photo) => set((s) => ({ photos: { ...s.photos, [slot]: photo } })),
      clear: () => set({ photos: {} }),
    }),
    { name: 'beian-verification-draft', version: 1, storage: taroStorage, partialize: (s) => ({ photos: s.photos }) },
  ),
)
