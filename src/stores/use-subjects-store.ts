import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { FamilyMemberView } from '@/domain/family'
import { taroStorage } from './taro-storage'

/** What a flow needs to know of a family member it files for (kept, so a draft resumes offline). */
export interface MemberSubject {
  id: string
  name: string
  relationLabel: string
  /** What the member is to the filer, by their sex (母亲; absent in what older versions kept). */
  kin?: string
  insuredRegion: string
  /** The member's phone as the filer entered it (absent in what older versions kept). */
  phone?: string
  /** 险种, for 请核对 (absent in what older versions kept). */
  insuranceType?: FamilyMemberView['insuranceType']
}

interface SubjectsState {
  members: Record<string, MemberSubject>
  remember: (member: FamilyMemberView) => void
}

export const useSubjectsStore = create<SubjectsState>()(
  persist(
    (set) => ({
      members: {},
      remember: (m) =>
        set((s) => ({
          members: { ...s.members, [m.id]: { id: m.id, name: m.name, relationLabel: m.relationLabel, kin: m.kin, insuredRegion: m.insuredRegion, phone: m.phone, insuranceType: m.insuranceType } },
        })),
    }),
    { name: 'beian-subjects', version: 1, storage: taroStorage, partialize: (s) => ({ members: s.members }) },
  ),
)
