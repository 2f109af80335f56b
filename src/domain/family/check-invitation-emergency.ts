import type { WorkingDayCalendar } from '@/domain/calendar/working-day-calendar'
import { fail, ok, type Result } from '@/domain/errors'
import type { PolicyProfile } from '@/domain/profiles/types'
import { computeEmergencyWindow } from '@/domain/rules/compute-emergency-window'
import type { InvitationEmergency } from './invitation-emergency'

// Apart from invitation-emergency.ts (the type and the words, read by the home page in the weapp's
// main package), so the emergency window's count is not carried there.

/**
 * Checks the admission day an invitation is sent for and works out its deadline on `now`.
 * @param admittedOn 'YYYY-MM-DD' (China date), not after today
 * @param profile the member's 参保地 policy profile (profileFor(member.insuredRegion))
 * @param calendar the working-day calendar (holidays and make-up days)
 * @returns the stay, or computeEmergencyWindow's refusal (DATE_INVALID, DATE_IN_FUTURE …) with its Chinese message
 */
export function invitationEmergency(
  admittedOn: string,
  profile: PolicyProfile,
  calendar: WorkingDayCalendar,
  now: Date,
): Result<InvitationEmergency> {
  const w = computeEmergencyWindow({ admittedOn, profile, calendar, now })
  if (!w.ok) return fail(w.code, w.message)
  return ok({ admittedOn, mode: w.value.mode, deadline: w.value.latestDeadline ?? w.value.deadline, closed: w.value.closed })
}
