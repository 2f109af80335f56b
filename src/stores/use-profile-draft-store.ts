import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { InsuranceType, ProfileInput } from '@/domain/validation/profile'
import { taroStorage } from './taro-storage'
import { PROFILE_DRAFT_KEY } from './profile-draft-key'

export type ProfileField = keyof ProfileInput

export interface ProfileDraft {
  name: string
  idNumber: string
  phone: string
  insuredRegion: string
  insuranceType: InsuranceType | ''
}

export const EMPTY_PROFILE_DRAFT: ProfileDraft = {
  name: '',
  idNumber: '',
  phone: '',
  insuredRegion: '',
  insuranceType: '',
}

interface ProfileDraftState {
  draft: ProfileDraft
  /** Fields the person has left at least once: their errors show from then on. */
  touched: Partial<Record<ProfileField, boolean>>
  /** True once the draft holds something the server does not have yet. */
  dirty: boolean
  /** True once the server is known to hold a 实名信息 (saved, or loaded from it), edited since or not. */
  onServer: boolean
  setField: <K extends ProfileField>(field: K, value: ProfileDraft[K]) => void
  touch: (field: ProfileField) => void
  touchAll: () => void
  /** Fill from the server's copy (only when nothing unsaved is in progress). */
  loadSaved: (saved: ProfileDraft) => void
  markSaved: (saved: ProfileDraft) => void
}

/** The 实名信息 form as typed so far: survives the app being closed (persisted to Taro storage). */
export const useProfileDraftStore = create<ProfileDraftState>()(
  persist(
    (set) => ({
      draft: EMPTY_PROFILE_DRAFT,
      touched: {},
      dirty: false,
      onServer: false,
      setField: (field, value) => set((s) => ({ draft: { ...s.draft, [field]: value }, dirty: true })),
      touch: (field) => set((s) => ({ touched: { ...s.touched, [field]: true } })),
      touchAll: () =>
        set({ touched: { name: true, idNumber: true, phone: true, insuredRegion: true, insuranceType: true } }),
      loadSaved: (saved) => set((s) => (s.dirty ? { onServer: true } : { draft: saved, touched: {}, dirty: false, onServer: true })),
      markSaved: (saved) => set({ draft: saved, touched: {}, dirty: false, onServer: true }),
    }),
    {
      name: PROFILE_DRAFT_KEY,
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ draft: s.draft, touched: s.touched, dirty: s.dirty, onServer: s.onServer }),
    },
  ),
)
