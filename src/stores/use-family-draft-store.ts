import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { FamilyMemberInput } from '@/domain/family'
import { taroStorage } from './taro-storage'

export type FamilyDraftField = keyof FamilyMemberInput

/** The 添加家人 form as typed so far; relation and 险种 are codes, '' until chosen. */
export type FamilyDraft = FamilyMemberInput

export const EMPTY_FAMILY_DRAFT: FamilyDraft = {
  name: '',
  idNumber: '',
  relation: '',
  phone: '',
  insuredRegion: '',
  insuranceType: '',
}

interface FamilyDraftState {
  draft: FamilyDraft
  /** Fields the person has left at least once: their errors show from then on. */
  touched: Partial<Record<FamilyDraftField, boolean>>
  setField: (field: FamilyDraftField, value: string) => void
  touch: (field: FamilyDraftField) => void
  touchAll: () => void
  /** After the member was added: an empty form next time. */
  reset: () => void
}

/** A half-filled 添加家人 form survives the app being closed (persisted to Taro storage). */
export const useFamilyDraftStore = create<FamilyDraftState>()(
  persist(
    (set) => ({
      draft: EMPTY_FAMILY_DRAFT,
      touched: {},
      setField: (field, value) => set((s) => ({ draft: { ...s.draft, [field]: value } })),
      touch: (field) => set((s) => ({ touched: { ...s.touched, [field]: true } })),
      touchAll: () =>
        set({ touched: { name: true, idNumber: true, relation: true, phone: true, insuredRegion: true, insuranceType: true } }),
      reset: () => set({ draft: EMPTY_FAMILY_DRAFT, touched: {} }),
    }),
    {
      name: 'beian-family-draft',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ draft: s.draft, touched: s.touched }),
    },
  ),
)
