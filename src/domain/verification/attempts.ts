/** Failed face or dev attempts an account may make in one China day before it must wait (issue 11). */
export const MAX_FAILED_ATTEMPTS_PER_DAY = 5

/**
 * Whether another attempt is allowed after `failedToday` failed ones on the same China day.
 * Repeated failures are rate-limited so nobody can probe names and ID numbers through us.
 */
export function canAttemptVerification(failedToday: number): boolean {
  return failedToday < MAX_FAILED_ATTEMPTS_PER_DAY
}
