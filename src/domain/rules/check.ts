import type { Citation } from '../citation'
import type { DomainErrorCode } from '../errors'

/** The answer of an eligibility check: passed, or a code and a plain-Chinese message; always with its sources. */
export type Check =
  | { ok: true; explanation: string; citations: Citation[] }
  | { ok: false; code: DomainErrorCode; message: string; citations: Citation[] }
