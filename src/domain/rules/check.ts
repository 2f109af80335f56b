import type { Citation } from '@/domain/citation'
import type { DomainErrorCode } from '@/domain/errors'

/** The answer of an eligibility check: passed, or a code and a plain-Chinese message; always with its sources. */
export type Check =
  | { ok: true; explanation: string; citations: Citation[] }
  | { ok: false; code: DomainErrorCode; message: string; citations: Citation[] }
