/**
 * The app's one clock. Every page, hook and store reads "now" through `now()` (or the `useNow`
 * hook, which refreshes it every minute); nothing else in `src/` calls `new Date()` or
 * `Date.now()` (an ESLint rule keeps it so). Tests fix the time with `setClock`.
 *
 * The server's counterpart is `app.now` (server/src/app.ts); the staff console's is
 * `useNow` in staff/src/route.ts.
 */
type Source = () => number

const systemClock: Source = () => Date.now()
let source: Source = systemClock

/** The current instant, from the injected source (the system clock unless a test set one). */
export function now(): Date {
  return new Date(source())
}

/**
 * Replaces the clock: a fixed instant (`Date` or epoch milliseconds), a function returning epoch
 * milliseconds, or `null` to go back to the system clock. For tests and the end-to-end harness.
 */
export function setClock(at: Date | number | Source | null): void {
  if (at === null) source = systemClock
  else if (typeof at === 'function') source = at
  else {
    const ms = typeof at === 'number' ? at : at.getTime()
    source = () => ms
  }
}
