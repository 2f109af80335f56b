import { profileFor } from '@/domain/profiles'
import { changeCancelGate, findDuplicateFiling, type FilingFacts } from './gate'

// Issue 12: the change/cancel gate and the duplicate rule, once in the domain (the server's
// FilingView.actions, its 409 refusals and the repository's duplicate check all call these).
const GUANGXI = profileFor('450200')
const base: FilingFacts = {
  type: 'LONG_TERM_RESIDENT', status: 'APPROVED', basis: 'PROOF', destinationProvince: '440000', destinationCity: '441700',
  startDate: '2025-10-01', validFrom: '2025-10-01', validTo: null,
}

describe('changeCancelGate (SPEC §5; 002 第十条)', () => {
  it.each([
    // [what, facts, today, canChange, firstAllowedOn, refusal]
    ['proof-based, any day', base, '2025-10-02', true, null, null],
    ['commitment, inside 6 months', { ...base, basis: 'COMMITMENT' as const }, '2026-03-31', false, '2026-04-01', 'LOCKED'],
    ['commitment, on the first allowed day', { ...base, basis: 'COMMITMENT' as const }, '2026-04-01', true, null, null],
    ['still under review', { ...base, status: 'UNDER_REVIEW' as const, validFrom: null }, '2025-10-02', true, null, null],
    ['cancelled', { ...base, status: 'CANCELLED' as const }, '2025-10-02', false, null, 'NOT_STANDING'],
    ['lapsed', { ...base, type: 'OTHER_TEMPORARY' as const, validTo: '2026-03-31' }, '2026-04-01', false, null, 'NOT_STANDING'],
  ])('%s', (_what, facts, today, canChange, firstAllowedOn, refusal) => {
    const gate = changeCancelGate(facts, GUANGXI, today)
    expect([gate.canChange, gate.canCancel, gate.firstAllowedOn, gate.refusal]).toEqual([canChange, canChange, firstAllowedOn, refusal])
  })
})

describe('findDuplicateFiling (SPEC §7 重复备案)', () => {
  const candidate = { type: 'LONG_TERM_RESIDENT' as const, destinationProvince: '440000', destinationCity: '441700', startDate: '2025-11-01' }
  it.each([
    ['the same type and place, standing', base, true],
    ['another place', { ...base, destinationCity: '440100' }, false],
    ['another type', { ...base, type: 'RETIRED_RESETTLED' as const }, false],
    ['cancelled', { ...base, status: 'CANCELLED' as const }, false],
    ['lapsed', { ...base, validTo: '2025-10-31' }, false],
  ])('%s → %s', (_what, existing, duplicate) => {
    expect(findDuplicateFiling(candidate, [existing], '2025-11-01') === existing).toBe(duplicate)
  })

  it.each([
    // an emergency duplicates only the same admission
    ['2025-09-26', true],
    ['2025-09-27', false],
  ])('an emergency admitted %s against one admitted 2025-09-26 → %s', (admittedOn, duplicate) => {
    const existing: FilingFacts = { ...base, type: 'EMERGENCY', status: 'UNDER_REVIEW', startDate: '2025-09-26', validFrom: null }
    const found = findDuplicateFiling({ ...candidate, type: 'EMERGENCY', startDate: admittedOn }, [existing], '2025-09-28')
    expect(found === existing).toBe(duplicate)
  })
})
