import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { AwayReason, EmergencyCriterion } from '@/domain/emergency'
import { taroStorage } from './taro-storage'
import type { DraftUpload, SubjectKey } from './use-filing-draft-store'

export type EmergencyStep = 'start' | 'details' | 'materials' | 'review'

/** How long the person had been away from the insured place when they fell ill (SPEC §6: ≤ 3 months). */
export type AwayLength = 'UP_TO_3_MONTHS' | 'MORE'

export interface EmergencyDraft {
  step: EmergencyStep
  /** 'YES' admitted to hospital, 'NO' only seen at a clinic or not yet. */
  admitted: 'YES' | 'NO' | null
  criteria: EmergencyCriterion[]
  /** Ticked '以上都不是': not an emergency. */
  noneOfThese: boolean
  awayReason: AwayReason | null
  awayLength: AwayLength | null
  admittedOn: string
  /**
   * The 参保地 picked on the first page before any 实名信息 exists, only to show the deadline
   * (6-digit code, or ''). The filing itself always uses the subject's profile.
   */
  insuredRegionGuess: string
  /**
   * Answers given under 为我自己, then 替家人办理？先添加家人 tapped: whose they were is asked on return
   * (刚才查的是谁). Missing in drafts saved before it existed: read as false.
   */
  askWhose?: boolean
  /**
   * Answers given before anyone's 实名信息, then 下一步 to fill the filer's own: whose they were is
   * asked on return, whatever 参保地 was saved (a trial: a daughter whose 参保地 was her father's
   * came back to 为我自己 and went on as herself). Missing in older drafts: read as false.
   */
  askWhoseAfterProfile?: boolean
  /**
   * Asked only when the person holds filings that bear on the admission day (placesToAsk): the
   * code of the one of their places the hospital is in, 'ELSEWHERE', or '' while unanswered.
   * Missing (undefined) in drafts saved before it existed: read as ''.
   */
  hospitalIn: string
  /** Optional: the day they left the insured place. */
  leftOn: string
  /** Before-discharge profiles only: whether the discharge settlement has happened. */
  discharged: 'YES' | 'NO' | null
  /** 6-digit code of the city (or province-level unit) of the hospital. */
  destination: string
  hospitalName: string
  diagnosis: string
  phone1: string
  phone2: string
  uploads: DraftUpload[]
  declarationAgreed: boolean
  /** Made once when the person first submits; a retry reuses it, so nothing is filed twice. */
  idempotencyKey: string | null
  /**
   * What the first page concluded there is nothing to file for this stay: the 参保地 deems an
   * emergency filed ('DEEMED_FILED', 002 第八条(五)), or a filing the person holds covers it
   * ('COVERED', standingCover); null while something is to be filed. The home page's card says
   * so calmly instead of urging a deadline (a trial). Missing in drafts saved before it existed.
   */
  nothingToFile?: NothingToFile | null
}

/** Why a started emergency draft has nothing to send (EmergencyDraft.nothingToFile). */
export type NothingToFile = 'DEEMED_FILED' | 'COVERED'

/** The first page's answers: about the stay and the person in hospital, not about the filer. */
const FIRST_PAGE_ANSWERS = ['admitted', 'criteria', 'noneOfThese', 'awayReason', 'awayLength', 'admittedOn', 'nothingToFile'] as const

export const emptyEmergencyDraft = (): EmergencyDraft => ({
  step: 'start',
  admitted: null,
  criteria: [],
  noneOfThese: false,
  awayReason: null,
  awayLength: null,
  admittedOn: '',
  insuredRegionGuess: '',
  hospitalIn: '',
  leftOn: '',
  discharged: null,
  destination: '',
  hospitalName: '',
  diagnosis: '',
  phone1: '',
  phone2: '',
  uploads: [],
  declarationAgreed: false,
  idempotencyKey: null,
  nothingToFile: null,
})

interface EmergencyDraftState {
  subject: SubjectKey
  drafts: Partial<Record<SubjectKey, EmergencyDraft>>
  /** Switches to another subject's draft (each subject keeps its own). */
  setSubject: (subject: SubjectKey) => void
  /**
   * The person chosen on the first page (为谁): switches to their draft and keeps the admission
   * date already picked there when their own draft has none. The date is the stay's, not the
   * person's; what depends on the person (the 参保地's profile, hence the deadline) is computed
   * from it again (a trial: choosing 为父亲办理 after the date wiped the date).
   */
  chooseSubject: (subject: SubjectKey) => void
  /**
   * 刚才查的是谁？ answered 为家人: the answers on the first page were given for that family member
   * (picked by 参保地 before the filer had 实名信息), so they move to the member's draft, which
   * becomes the current one; the filer's own draft is dropped (it held only those answers). A
   * member's draft already past the first page is kept as it is.
   */
  handOverTo: (subject: SubjectKey) => void
  /** Patches the current subject's draft (creating it when needed). */
  update: (patch: Partial<EmergencyDraft>) => void
  /** Starts over for the current subject. */
  reset: () => void
  /** Forgets the draft of a subject once its filing was submitted. */
  clear: (subject: SubjectKey) => void
}

/**
 * The emergency filing being filled in, per subject, saved at every keystroke: closing the app
 * in the hospital corridor loses nothing, and the flow resumes at the same step.
 */
export const useEmergencyDraftStore = create<EmergencyDraftState>()(
  persist(
    (set) => ({
      subject: 'self',
      setSubject: (subject) => set({ subject }),
      chooseSubject: (subject) =>
        set((s) => {
          const picked = s.drafts[s.subject]?.admittedOn ?? ''
          const theirs = s.drafts[subject] ?? emptyEmergencyDraft()
          if (subject === s.subject || !picked || theirs.admittedOn) return { subject }
          return { subject, drafts: { ...s.drafts, [subject]: { ...theirs, admittedOn: picked } } }
        }),
      drafts: {},
      handOverTo: (subject) =>
        set((s) => {
          if (subject === s.subject) return {}
          const rest: Partial<Record<SubjectKey, EmergencyDraft>> = { ...s.drafts }
          const from = rest[s.subject]
          delete rest[s.subject]
          const theirs = rest[subject] ?? emptyEmergencyDraft()
          if (!from || theirs.step !== 'start') return { subject, drafts: rest }
          const answers = Object.fromEntries(FIRST_PAGE_ANSWERS.map((k) => [k, from[k]])) as Partial<EmergencyDraft>
          return { subject, drafts: { ...rest, [subject]: { ...theirs, ...answers, insuredRegionGuess: '' } } }
        }),
      update: (patch) =>
        set((s) => ({ drafts: { ...s.drafts, [s.subject]: { ...(s.drafts[s.subject] ?? emptyEmergencyDraft()), ...patch } } })),
      reset: () => set((s) => ({ drafts: { ...s.drafts, [s.subject]: emptyEmergencyDraft() } })),
      clear: (subject) =>
        set((s) => {
          const { [subject]: _gone, ...rest } = s.drafts
          return { drafts: rest }
        }),
    }),
    {
      name: 'beian-emergency-drafts',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ subject: s.subject, drafts: s.drafts }),
    },
  ),
)

/** The current subject's emergency draft (an empty one when none is in progress). */
export function useCurrentEmergencyDraft(): EmergencyDraft {
  return useEmergencyDraftStore((s) => s.drafts[s.subject]) ?? EMPTY
}
const EMPTY = emptyEmergencyDraft()

/** The current subject's draft read outside React (after an await, when the hook's copy is stale). */
export function latestEmergencyDraft(): EmergencyDraft {
  const s = useEmergencyDraftStore.getState()
  return s.drafts[s.subject] ?? EMPTY
}
