import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { UploadView } from '@/domain/filings'
import type { CorrectableField } from '@/domain/filings/corrections'
import type { MaterialSideKey } from '@/domain/materials'
import { taroStorage } from './taro-storage'

/** A photo uploaded for 补充材料, not sent yet: which requirement it answers and where it is on the phone. */
export interface AddedUpload extends UploadView {
  requirementId: string
  localPath: string
  side?: MaterialSideKey
  /** The note written on it, where the material asks for one (房产证: who the owner is). */
  note?: string
}

interface AddedMaterialsState {
  /** Per filing id, the photos chosen so far. */
  byFiling: Record<string, AddedUpload[]>
  add: (filingId: string, upload: AddedUpload) => void
  remove: (filingId: string, uploadId: string) => void
  /** Keeps the note typed on one photo (issue 13 item 11). */
  setNote: (filingId: string, uploadId: string, note: string) => void
  /** Per filing id, what was typed in the fields the reviewer asked to correct, not sent yet. */
  typedByFiling: Record<string, Partial<Record<CorrectableField, string>>>
  /** Keeps one corrected field as typed (a reload must not lose it, as it does not lose the photos). */
  setTyped: (filingId: string, field: CorrectableField, value: string) => void
  /** Per filing id, the 给工作人员的说明 typed, not sent yet. */
  replyByFiling: Record<string, string>
  setReply: (filingId: string, reply: string) => void
  /** After they were sent: nothing left to keep. */
  clear: (filingId: string) => void
}

/**
 * 补充材料 as chosen so far, and the corrections typed, kept across a reload or the app being
 * closed like every other form's draft (issue 13 item 12). The uploads are already on the server; only their ids and
 * the local paths to show them are kept here.
 */
export const useAddedMaterialsStore = create<AddedMaterialsState>()(
  persist(
    (set) => ({
      byFiling: {},
      add: (filingId, upload) =>
        set((s) => ({ byFiling: { ...s.byFiling, [filingId]: [...(s.byFiling[filingId] ?? []), upload] } })),
      remove: (filingId, uploadId) =>
        set((s) => ({ byFiling: { ...s.byFiling, [filingId]: (s.byFiling[filingId] ?? []).filter((u) => u.id !== uploadId) } })),
      setNote: (filingId, uploadId, note) =>
        set((s) => ({ byFiling: { ...s.byFiling, [filingId]: (s.byFiling[filingId] ?? []).map((u) => (u.id === uploadId ? { ...u, note } : u)) } })),
      typedByFiling: {},
      setTyped: (filingId, field, value) =>
        set((s) => ({ typedByFiling: { ...s.typedByFiling, [filingId]: { ...s.typedByFiling[filingId], [field]: value } } })),
      replyByFiling: {},
      setReply: (filingId, reply) => set((s) => ({ replyByFiling: { ...s.replyByFiling, [filingId]: reply } })),
      clear: (filingId) =>
        set((s) => {
          const { [filingId]: _sent, ...rest } = s.byFiling
          const { [filingId]: _typed, ...typedRest } = s.typedByFiling
          const { [filingId]: _reply, ...replyRest } = s.replyByFiling
          return { byFiling: rest, typedByFiling: typedRest, replyByFiling: replyRest }
        }),
    }),
    {
      name: 'beian-added-materials',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ byFiling: s.byFiling, typedByFiling: s.typedByFiling, replyByFiling: s.replyByFiling }),
      // Saved before corrections (or the 说明) existed: none typed.
      merge: (persisted, current) => ({ ...current, typedByFiling: {}, replyByFiling: {}, ...(persisted as Partial<AddedMaterialsState>) }),
    },
  ),
)
