import type { FilingFacts } from './gate'
import { isStanding } from './status'

/** A filing about to be made, as the duplicate rule sees it. */
export type FilingCandidate = Pick<FilingFacts, 'type' | 'destinationProvince' | 'destinationCity' | 'startDate'>

/**
 * The standing filing a new one would duplicate, if any (SPEC §7 重复备案 → 409 DUPLICATE_FILING):
 * the same person (the caller passes only that person's filings), the same type and the same
 * destination, still standing today; for an emergency, the same admission day too (one filing per
 * admission, 003 第九条). A 变更 leaves out the filing it replaces.
 * @param existing the person's filings, as the repository fetched them
 * @param today China date 'YYYY-MM-DD'
 */
export function findDuplicateFiling<F extends FilingFacts>(
  candidate: FilingCandidate,
  existing: readonly F[],
  today: string,
): F | undefined {
  return existing.find(
    (f) =>
      f.type === candidate.type &&
      f.destinationProvince === candidate.destinationProvince &&
      f.destinationCity === candidate.destinationCity &&
      (candidate.type !== 'EMERGENCY' || f.startDate === candidate.startDate) &&
      isStanding(f.status, f.validTo, today),
  )
}
