import { filingGroup, type FilingGroup, type FilingStatus } from '.'

// Fixed day: 2026-12-01. A filing approved to start next year is 待生效, not 正在生效 (issue 13 item 12).
const TODAY = '2026-12-01'

describe('filingGroup', () => {
  it.each<[FilingStatus, string | null, string | null, FilingGroup]>([
    ['APPROVED', '2026-11-23', null, 'IN_FORCE'],
    ['APPROVED', '2026-12-01', '2027-05-31', 'IN_FORCE'],
    ['APPROVED', '2027-01-01', null, 'NOT_YET'],
    ['APPROVED', '2026-12-02', '2027-06-01', 'NOT_YET'],
    ['UNDER_REVIEW', null, null, 'IN_PROGRESS'],
    ['NEEDS_MATERIALS', null, null, 'IN_PROGRESS'],
    ['SUBMITTED', null, null, 'IN_PROGRESS'],
    ['APPROVED', '2026-05-01', '2026-11-30', 'ENDED'],
    ['CANCELLED', '2026-11-23', null, 'ENDED'],
    ['REJECTED', null, null, 'ENDED'],
  ])('%s from %s to %s → %s', (status, validFrom, validTo, group) => {
    expect(filingGroup(status, validFrom, validTo, TODAY)).toBe(group)
  })
})
