import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ChooserAnswers } from '@/domain/chooser'
import type { FilingType } from '@/domain/filing-types'
import type { UploadView } from '@/domain/filings'
import type { MaterialSideKey } from '@/domain/materials'
import { taroStorage } from './taro-storage'

export type FilingStep = 'start' | 'form' | 'materials' | 'review'

/** One uploaded material, with the local path of the photo so the page can show it. */
export interface DraftUpload extends UploadView {
  requirementId: string
  localPath: string
  /** Which side, for a material photographed side by side (身份证 正面/反面). */
  side?: MaterialSideKey
  /** The note written on it, for a material that asks for one (房产证: who the owner is). */
  note?: string
}

export interface FilingDraft {
  step: FilingStep
  chooserAnswers: ChooserAnswers
  type: FilingType | null
  /** 6-digit code of the destination city (or province-level unit). */
  destination: string
  startDate: string
  endDate: string
  phone1: string
  phone2: string
  addressAtDestination: string
  chronicDiseaseHospital: string
  multiPlace: boolean
  uploads: DraftUpload[]
  useCommitment: boolean
  commitmentName: string
  /** 代签: a family member who cannot sign has the filer sign in their own name (004 个人承诺书 温馨提示2). */
  commitmentByProxy?: boolean
  commitmentAgreed: boolean
  declarationAgreed: boolean
  /** Made once when the person first submits; a retry reuses it, so nothing is filed twice. */
  idempotencyKey: string | null
  /** 补办 during a stay: 'YES' when the person is in hospital at the destination now ('' not answered yet). */
  inHospital?: '' | 'YES' | 'NO'
  /** The admission date when inHospital is 'YES'. */
  admittedOn?: string
  /** The discharge has been settled already (then this stay goes to 零星报销). */
  dischargeSettled?: boolean
}

export const emptyFilingDraft = (): FilingDraft => ({
  step: 'start',
  chooserAnswers: {},
  type: null,
  destination: '',
  startDate: '',
  endDate: '',
  phone1: '',
  phone2: '',
  addressAtDestination: '',
  chronicDiseaseHospital: '',
  multiPlace: false,
  uploads: [],
  useCommitment: false,
  commitmentName: '',
  commitmentByProxy: false,
  commitmentAgreed: false,
  declarationAgreed: false,
  idempotencyKey: null,
  inHospital: '',
  admittedOn: '',
  dischargeSettled: false,
})

/** Whose filing a draft is: 'self', or later a family member's id. A draft belongs to one subject. */
export type SubjectKey = 'self' | `member:${string}`

interface FilingDraftState {
  subject: SubjectKey
  drafts: Partial<Record<SubjectKey, FilingDraft>>
  /** Switches to another subject's draft (each subject keeps its own). */
  setSubject: (subject: SubjectKey) => void
  /** Patches the current subject's draft (creating it when needed). */
  update: (patch: Partial<FilingDraft>) => void
  /** Starts over for the current subject. */
  reset: () => void
  /** Forgets the draft of a subject once its filing was submitted. */
  clear: (subject: SubjectKey) => void
}

/** The filing being filled in, per subject, saved at every keystroke: it survives closing the app. */
export const useFilingDraftStore = create<FilingDraftState>()(
  persist(
    (set) => ({
      subject: 'self',
      drafts: {},
      setSubject: (subject) => set({ subject }),
      update: (patch) =>
        set((s) => ({ drafts: { ...s.drafts, [s.subject]: { ...(s.drafts[s.subject] ?? emptyFilingDraft()), ...patch } } })),
      reset: () => set((s) => ({ drafts: { ...s.drafts, [s.subject]: emptyFilingDraft() } })),
      clear: (subject) =>
        set((s) => {
          const { [subject]: _gone, ...rest } = s.drafts
          return { drafts: rest }
        }),
    }),
    {
      name: 'beian-filing-drafts',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ subject: s.subject, drafts: s.drafts }),
    },
  ),
)

/** The current subject's draft (an empty one when none is in progress). */
export function useCurrentDraft(): FilingDraft {
  return useFilingDraftStore((s) => s.drafts[s.subject]) ?? EMPTY
}
const EMPTY = emptyFilingDraft()
