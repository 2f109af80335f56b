import type { FilingType } from '@/domain/filing-types'
import type { PolicyProfile } from '@/domain/profiles/types'
import { canChangeOrCancel } from '@/domain/rules'
import { FILING_STATUSES, effectiveStatus, isStanding, type FilingStatus } from './status'

/** The facts of a stored filing the change/cancel gate and the duplicate rule look at. */
export interface FilingFacts {
  type: FilingType
  status: FilingStatus
  basis: 'PROOF' | 'COMMITMENT'
  destinationProvince: string
  destinationCity: string | null
  startDate: string
  /** 'YYYY-MM-DD' or null while not yet approved. */
  validFrom: string | null
  validTo: string | null
}

/** What a person may do with a filing today, and why not (FilingView.actions plus the refusal). */
export interface ChangeCancelGate {
  canCancel: boolean
  canChange: boolean
  firstAllowedOn: string | null
  explanation: string
  /** Why both are refused: the filing no longer stands (409 FILING_NOT_STANDING), or a commitment lock holds (409 *_LOCKED). */
  refusal: null | 'NOT_STANDING' | 'LOCKED'
}

/**
 * The one change/cancel gate (SPEC §5), for the view's actions and for the server's refusal alike:
 * a filing that no longer stands can be neither changed nor cancelled; one still being handled can
 * be at any time; an approved one follows canChangeOrCancel (002 第十条 commitment lock; 004 表8
 * 温馨提示6).
 * @param today China date 'YYYY-MM-DD'
 */
export function changeCancelGate(filing: FilingFacts, profile: PolicyProfile, today: string): ChangeCancelGate {
  if (!isStanding(filing.status, filing.validTo, today)) {
    const label = FILING_STATUSES[effectiveStatus(filing.status, filing.validTo, today)]
    return {
      canCancel: false,
      canChange: false,
      firstAllowedOn: null,
      explanation: `这份备案${label}，不能再变更或取消；需要的话请重新办理备案。`,
      refusal: 'NOT_STANDING',
    }
  }
  if (filing.validFrom === null) {
    return { canCancel: true, canChange: true, firstAllowedOn: null, explanation: '还在办理中的备案可以随时取消或变更。', refusal: null }
  }
  const answer = canChangeOrCancel({
    filing: { type: filing.type, basis: filing.basis, validFrom: filing.validFrom },
    profile,
    today,
  })
  if (!answer.ok) {
    return { canCancel: false, canChange: false, firstAllowedOn: null, explanation: answer.message, refusal: 'LOCKED' }
  }
  const { allowed, firstAllowedOn, explanation } = answer.value
  return {
    canCancel: allowed,
    canChange: allowed,
    firstAllowedOn: firstAllowedOn ?? null,
    explanation,
    refusal: allowed ? null : 'LOCKED',
  }
}

// In a module of its own, so the home page (main package) reads it without the rules.
export { findDuplicateFiling, type FilingCandidate } from './duplicate-filing'
