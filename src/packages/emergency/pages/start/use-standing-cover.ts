import { useMemo } from 'react'
import type { FamilyMemberView } from '@/domain/family'
import { placesToAsk, standingCover, type CoverTrip, type PlaceToAsk, type StandingCover } from '@/domain/emergency'
import type { FilingView } from '@/domain/filings'
import type { PolicyProfile } from '@/domain/profiles'
import { isDateString } from '@/domain/calendar/day-number'
import { destinationOf } from '@/packages/filing/shared/flow'
import { useSubjectFilings } from '@/packages/filing/shared/subject-filings'
import type { AwayLength } from '@/stores/use-emergency-draft-store'
import type { SubjectKey } from '@/stores/use-filing-draft-store'

export interface StandingCoverState {
  /** The places of the person's filings to ask about (placesToAsk); empty: nothing to ask. */
  places: PlaceToAsk[]
  /** The place answered, when it is still one of `places` or 'ELSEWHERE'; '' while unanswered. */
  answered: string
  /** What the person's filing at the answered place is to this stay (standingCover); NONE otherwise. */
  cover: StandingCover<FilingView>
}

const TRIPS: Record<AwayLength, CoverTrip> = { UP_TO_3_MONTHS: 'WITHIN', MORE: 'MORE' }

/**
 * The person's filings against this admission (the trial: a father's long-term filing to 深圳 was
 * never mentioned by the emergency flow): which of their places to ask about, and, once the
 * hospital's place is answered, the domain's standingCover — the rule POST /api/filings applies
 * (409 EMERGENCY_ALREADY_COVERED). Read from the chosen person's own 我的备案 (useSubjectFilings,
 * again each time the page shows); nothing is asked while it cannot be read (the server decides).
 */
export function useStandingCover(args: {
  subjectKey: SubjectKey
  members: readonly FamilyMemberView[]
  admittedOn: string
  hospitalIn: string | undefined
  awayLength: AwayLength | null
  policy: PolicyProfile | null
  /** The family member's name when filing for them. */
  subjectName: string | undefined
  today: string
}): StandingCoverState {
  const filings = useSubjectFilings(args.subjectKey, args.members)
  const { admittedOn, hospitalIn, awayLength, policy, subjectName, today } = args
  return useMemo(() => {
    const none: StandingCover<FilingView> = { kind: 'NONE' }
    if (!filings || !isDateString(admittedOn) || admittedOn > today) return { places: [], answered: '', cover: none }
    const places = placesToAsk(filings, admittedOn, today)
    const answered = hospitalIn === 'ELSEWHERE' || places.some((p) => p.code === hospitalIn) ? (hospitalIn as string) : ''
    if (!answered || answered === 'ELSEWHERE' || !policy) return { places, answered, cover: none }
    const cover = standingCover({ admittedOn, place: destinationOf(answered) }, filings, {
      today,
      profile: policy,
      trip: awayLength ? TRIPS[awayLength] : null,
      ...(subjectName ? { subjectName } : {}),
    })
    return { places, answered, cover }
  }, [filings, admittedOn, hospitalIn, awayLength, policy, subjectName, today])
}
