import { validityLabel, validityLine, validityPeriod, validityText, type ValidityFacts } from './validity-text'
import type { FilingStatus } from './status'

// Issue 12 item 7: one formatter; an emergency filing is valid for that admission (003 第九条),
// never "长期有效".
type Facts = ValidityFacts & { status: FilingStatus }
const long: Facts = { status: 'APPROVED', type: 'RETIRED_RESETTLED', startDate: '2026-11-23', endDate: null, validFrom: '2026-11-23', validTo: null }
const emergency: Facts = {
  status: 'APPROVED', type: 'EMERGENCY', startDate: '2025-09-26', endDate: null, validFrom: '2025-09-26', validTo: null,
  emergency: { admittedOn: '2025-09-26' },
}

describe('validityPeriod / validityLabel', () => {
  it.each([
    // [what, facts, period, line]
    ['long-term, approved', long, '2026 年 11 月 23 日起长期有效', '有效期 2026 年 11 月 23 日起长期有效'],
    ['temporary, approved', { ...long, type: 'OTHER_TEMPORARY' as const, endDate: '2027-05-22', validTo: '2027-05-22' },
      '2026 年 11 月 23 日 至 2027 年 5 月 22 日', '有效期 2026 年 11 月 23 日 至 2027 年 5 月 22 日'],
    ['temporary, under review', { ...long, status: 'UNDER_REVIEW' as const, type: 'OTHER_TEMPORARY' as const, startDate: '2026-12-01', endDate: '2027-05-31', validFrom: null },
      '2026 年 12 月 1 日 至 2027 年 5 月 31 日', '申请的有效期 2026 年 12 月 1 日 至 2027 年 5 月 31 日'],
    ['emergency, approved', emergency, '当次住院有效（9 月 26 日入院）', '有效期 当次住院有效（9 月 26 日入院）'],
    ['emergency, under review', { ...emergency, status: 'UNDER_REVIEW' as const, validFrom: null }, '当次住院有效（9 月 26 日入院）', '申请的有效期 当次住院有效（9 月 26 日入院）'],
    // A trial: an unverified filer's filing in review already has its dates, yet is not in force.
    ['long-term, in review with its dates worked out', { ...long, status: 'UNDER_REVIEW' as const }, '2026 年 11 月 23 日起长期有效', '申请的有效期 2026 年 11 月 23 日起长期有效'],
    ['temporary, sent back for 补充材料', { ...long, status: 'NEEDS_MATERIALS' as const, endDate: '2027-05-22', validTo: '2027-05-22' }, '2026 年 11 月 23 日 至 2027 年 5 月 22 日', '申请的有效期 2026 年 11 月 23 日 至 2027 年 5 月 22 日'],
    ['emergency, admission only in startDate', { ...emergency, startDate: '2026-01-05', emergency: null },
      '当次住院有效（1 月 5 日入院）', '有效期 当次住院有效（1 月 5 日入院）'],
  ])('%s', (_what, facts, period, line) => {
    expect(validityPeriod(facts)).toBe(period)
    // A heading of its own plus the period never says 有效期 twice.
    expect(`${validityLabel(facts)} ${validityPeriod(facts)}`).toBe(line)
    expect(validityPeriod(facts)).not.toContain('有效期')
    expect(line.includes('长期有效')).toBe(facts.type !== 'EMERGENCY' && facts.validTo === null && facts.endDate === null)
  })
})

// A filing waiting for staff takes effect on the later of its start and the day it is approved
// (computeValidity, 备案成功之日起: 003 第九条). A trial read "申请的有效期 2026-12-03 起" beside
// "审核通过那天起生效" on one page: while it waits, the text says the one thing that is true.
describe('validityText / validityLine: the validity true for the state, on the day', () => {
  const TODAY = '2026-12-01'
  const waiting: Facts = { ...long, status: 'UNDER_REVIEW', startDate: '2026-12-03', validFrom: '2026-12-03' }
  it.each([
    // [what, facts, text]
    ['long-term waiting, start ahead', waiting, '审核通过那天起生效，最早从 2026 年 12 月 3 日起，长期有效'],
    ['long-term waiting, start today', { ...waiting, startDate: TODAY, validFrom: TODAY }, '审核通过那天起生效，长期有效'],
    ['long-term waiting since before today (start past)', { ...waiting, startDate: '2026-11-28', validFrom: '2026-11-28' }, '审核通过那天起生效，长期有效'],
    ['temporary waiting, its end worked out', { ...waiting, type: 'OTHER_TEMPORARY' as const, validTo: '2027-06-02' },
      '审核通过那天起生效，最早从 2026 年 12 月 3 日起，至少到 2027 年 6 月 2 日'],
    ['temporary sent back for 补充材料', { ...waiting, status: 'NEEDS_MATERIALS' as const, type: 'OTHER_TEMPORARY' as const, validTo: '2027-06-02' },
      '审核通过那天起生效，最早从 2026 年 12 月 3 日起，至少到 2027 年 6 月 2 日'],
    ['waiting, nothing worked out, an end asked for', { ...waiting, type: 'OTHER_TEMPORARY' as const, validFrom: null, endDate: '2027-05-31' },
      '审核通过那天起生效，最早从 2026 年 12 月 3 日起，至少到 2027 年 5 月 31 日'],
    ['long-term waiting with the end of its permit: that end stays', { ...waiting, validTo: '2027-06-02' },
      '审核通过那天起生效，最早从 2026 年 12 月 3 日起，到 2027 年 6 月 2 日为止'],
    ['a temporary 补办 waiting: counted from the admission, its end stays', { ...waiting, type: 'OTHER_TEMPORARY' as const, startDate: '2026-11-28', validFrom: '2026-11-28', validTo: '2027-05-27', admittedOn: '2026-11-28' },
      '审核通过后生效，从入院那天（2026 年 11 月 28 日）算起，到 2027 年 5 月 27 日为止'],
    ['waiting, nothing worked out, no end', { ...waiting, type: 'OTHER_TEMPORARY' as const, validFrom: null }, '审核通过那天起生效，最早从 2026 年 12 月 3 日起'],
    // A 补办 during a stay counts from the admission whenever it is approved (validityOnApproval).
    ['a 补办 during a stay waiting: from the admission, not from the approval', { ...waiting, startDate: '2026-11-28', validFrom: '2026-11-28', admittedOn: '2026-11-28' },
      '审核通过后生效，从入院那天（2026 年 11 月 28 日）算起，长期有效'],
    ['approved, a 补办: its dates', { ...long, validFrom: '2026-11-28', admittedOn: '2026-11-28' }, '2026 年 11 月 28 日起长期有效'],
    ['emergency waiting: it reaches back to the admission', { ...emergency, status: 'UNDER_REVIEW' as const, validFrom: null }, '审核通过后生效：当次住院有效（9 月 26 日入院）'],
    ['approved, long-term', long, '2026 年 11 月 23 日起长期有效'],
    ['approved, starting later', { ...long, validFrom: '2026-12-03' }, '2026 年 12 月 3 日起长期有效'],
    ['approved, temporary', { ...long, type: 'OTHER_TEMPORARY' as const, validTo: '2027-05-22' }, '2026 年 11 月 23 日 至 2027 年 5 月 22 日'],
    ['emergency approved', emergency, '当次住院有效（9 月 26 日入院）'],
    // Never in force: no dates read as a validity (a trial: 已取消 beside "2026-12-03 起长期有效").
    ['rejected: never in force', { ...waiting, status: 'REJECTED' as const }, '没有生效：审核没有通过'],
    ['cancelled in review', { ...waiting, status: 'CANCELLED' as const, everApproved: false }, '没有生效过：审核通过前已经取消'],
    ['cancelled in review, read from its timeline', { ...waiting, status: 'CANCELLED' as const, timeline: [{ status: 'SUBMITTED' as const }, { status: 'CANCELLED' as const }] },
      '没有生效过：审核通过前已经取消'],
    ['cancelled after approval: its dates, no longer in force', { ...long, status: 'CANCELLED' as const, timeline: [{ status: 'APPROVED' as const }, { status: 'CANCELLED' as const }] },
      '2026 年 11 月 23 日起长期有效；已取消，不再有效'],
    ['cancelled, not known whether approved', { ...long, status: 'CANCELLED' as const }, '2026 年 11 月 23 日起长期有效；已取消，不再有效'],
  ])('%s', (_what, facts, text) => {
    const before = JSON.stringify(facts)
    expect(validityText(facts, TODAY)).toBe(text)
    expect(validityLine(facts, TODAY)).toBe(`${validityLabel(facts)} ${text}`)
    expect(JSON.stringify(facts)).toBe(before)
  })
})
