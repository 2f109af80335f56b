import { validityLabel, validityLine, validityPeriod, type ValidityFacts } from './validity-text'
import type { FilingStatus } from './status'

// Issue 12 item 7: one formatter; an emergency filing is valid for that admission (003 第九条),
// never "长期有效".
type Facts = ValidityFacts & { status: FilingStatus }
const long: Facts = { status: 'APPROVED', type: 'RETIRED_RESETTLED', startDate: '2026-11-23', endDate: null, validFrom: '2026-11-23', validTo: null }
const emergency: Facts = {
  status: 'APPROVED', type: 'EMERGENCY', startDate: '2025-09-26', endDate: null, validFrom: '2025-09-26', validTo: null,
  emergency: { admittedOn: '2025-09-26' },
}

describe('validityPeriod / validityLine', () => {
  it.each([
    // [what, facts, period, line]
    ['long-term, approved', long, '2026-11-23 起长期有效', '有效期 2026-11-23 起长期有效'],
    ['temporary, approved', { ...long, type: 'OTHER_TEMPORARY' as const, endDate: '2027-05-22', validTo: '2027-05-22' },
      '2026-11-23 至 2027-05-22', '有效期 2026-11-23 至 2027-05-22'],
    ['temporary, under review', { ...long, status: 'UNDER_REVIEW' as const, type: 'OTHER_TEMPORARY' as const, startDate: '2026-12-01', endDate: '2027-05-31', validFrom: null },
      '2026-12-01 至 2027-05-31', '申请的有效期 2026-12-01 至 2027-05-31'],
    ['emergency, approved', emergency, '当次住院有效（9月26日入院）', '有效期 当次住院有效（9月26日入院）'],
    ['emergency, under review', { ...emergency, status: 'UNDER_REVIEW' as const, validFrom: null }, '当次住院有效（9月26日入院）', '申请的有效期 当次住院有效（9月26日入院）'],
    // A trial: an unverified filer's filing in review already has its dates, yet is not in force.
    ['long-term, in review with its dates worked out', { ...long, status: 'UNDER_REVIEW' as const }, '2026-11-23 起长期有效', '申请的有效期 2026-11-23 起长期有效'],
    ['temporary, sent back for 补充材料', { ...long, status: 'NEEDS_MATERIALS' as const, endDate: '2027-05-22', validTo: '2027-05-22' }, '2026-11-23 至 2027-05-22', '申请的有效期 2026-11-23 至 2027-05-22'],
    ['emergency, admission only in startDate', { ...emergency, startDate: '2026-01-05', emergency: null },
      '当次住院有效（1月5日入院）', '有效期 当次住院有效（1月5日入院）'],
  ])('%s', (_what, facts, period, line) => {
    expect(validityPeriod(facts)).toBe(period)
    expect(validityLine(facts)).toBe(line)
    // The label and the period make the line; a heading of its own plus the period never says 有效期 twice.
    expect(`${validityLabel(facts)} ${validityPeriod(facts)}`).toBe(line)
    expect(validityPeriod(facts)).not.toContain('有效期')
    expect(validityLine(facts).includes('长期有效')).toBe(facts.type !== 'EMERGENCY' && facts.validTo === null && facts.endDate === null)
  })
})
