import fc from 'fast-check'
import { formatDayNumber, parseDayNumber } from '@/domain/calendar/day-number'
import type { FilingType } from '@/domain/filing-types'
import { profileFor } from '@/domain/profiles'
import { computeValidity, validityOnApproval, validityScope } from './compute-validity'

const GX = '450206'
const JS = '320602'
const YJ = '441702'

describe('computeValidity (SPEC §4)', () => {
  // region | type | filedOn | startDate | endDate | validFrom | validTo | source
  it.each<[string, FilingType, string, string, string | undefined, string, string | null, string]>([
    [JS, 'RETIRED_RESETTLED', '2025-03-01', '2025-03-01', undefined, '2025-03-01', null, '002 第十条: long-term open-ended'],
    [JS, 'LONG_TERM_RESIDENT', '2025-03-01', '2025-03-10', '2026-03-01', '2025-03-10', null, '002 第十条: end date ignored'],
    [YJ, 'LONG_TERM_RESIDENT', '2025-03-01', '2025-03-01', '2026-02-28', '2025-03-01', '2026-02-28', '003 第九条(二): by the permit'],
    [YJ, 'STATIONED_WORKER', '2025-03-01', '2025-03-01', undefined, '2025-03-01', null, '003 第九条(三): no term given'],
    [YJ, 'RETIRED_RESETTLED', '2025-03-01', '2025-03-01', '2026-02-28', '2025-03-01', null, '003 第九条(一): 长期有效'],
    [JS, 'OTHER_TEMPORARY', '2025-01-15', '2025-01-15', undefined, '2025-01-15', '2025-07-14', '002 第十条: at least 6 months'],
    [JS, 'OTHER_TEMPORARY', '2025-01-15', '2025-01-15', '2025-03-01', '2025-01-15', '2025-07-14', '002 第十条: a shorter end is lifted'],
    [JS, 'OTHER_TEMPORARY', '2025-01-15', '2025-01-15', '2025-12-31', '2025-01-15', '2025-12-31', '002 第十条: a longer end is kept'],
    [GX, 'OTHER_TEMPORARY', '2025-08-31', '2025-08-31', undefined, '2025-08-31', '2026-02-28', '民法典 第二百零二条: month end'],
    [JS, 'REFERRAL', '2025-01-15', '2025-01-10', undefined, '2025-01-15', '2025-07-14', '003 第九条: from the day it succeeds'],
    [YJ, 'REFERRAL', '2025-01-01', '2025-01-01', '2025-12-31', '2025-01-01', '2025-03-31', '003 第九条(四): 90 days'],
    [JS, 'EMERGENCY', '2025-10-09', '2025-10-09', undefined, '2025-09-26', null, '003 第九条: from the admission date'],
  ])('%s %s filed %s start %s end %s → %s … %s (%s)', (region, type, filedOn, startDate, endDate, from, to) => {
    const r = computeValidity({ type, profile: profileFor(region), filedOn, startDate, endDate, admittedOn: '2025-09-26' })
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value.validFrom).toBe(from)
      expect(r.value.validTo).toBe(to)
      expect(r.value.thisAdmissionOnly).toBe(type === 'EMERGENCY')
      expect(r.value.citations.length).toBeGreaterThan(0)
    }
  })

  it.each(['MALIGNANT_TUMOUR', 'POST_TRANSPLANT', 'HEMIPLEGIA_LONG_STAY'] as const)(
    'Yangjiang referral for %s is open-ended (003 第九条(四))',
    (referralCondition) => {
      const r = computeValidity({ type: 'REFERRAL', profile: profileFor(YJ), filedOn: '2025-01-01', startDate: '2025-01-01', referralCondition })
      expect(r.ok && r.value.validTo).toBeNull()
    },
  )

  it.each([
    [{ type: 'EMERGENCY', filedOn: '2025-01-01', startDate: '2025-01-01' }, 'REQUIRED'],
    [{ type: 'OTHER_TEMPORARY', filedOn: '2025-01-01', startDate: '2025-02-30' }, 'DATE_INVALID'],
    [{ type: 'OTHER_TEMPORARY', filedOn: '2025-01-01', startDate: '2025-03-01', endDate: '2025-02-01' }, 'DATE_RANGE_INVERTED'],
  ] as const)('rejects %j with %s', (input, code) => {
    expect(computeValidity({ ...input, type: input.type as FilingType, profile: profileFor(JS) })).toMatchObject({ ok: false, code })
  })

  it('a temporary filing always lasts at least 6 months from its start (property; 002 第十条)', () => {
    const date = fc.integer({ min: parseDayNumber('2024-01-01'), max: parseDayNumber('2030-12-31') })
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), (start, len) => {
        const r = computeValidity({
          type: 'OTHER_TEMPORARY',
          profile: profileFor(JS),
          filedOn: formatDayNumber(start),
          startDate: formatDayNumber(start),
          endDate: formatDayNumber(start + len),
        })
        if (!r.ok) throw new Error(r.code)
        const to = parseDayNumber(r.value.validTo!)
        expect(to - start + 1).toBeGreaterThanOrEqual(181)
        expect(to).toBeGreaterThanOrEqual(start + len)
      }),
    )
  })
})

describe('validityScope: which setting the 有效期 of a filing follows, for its 依据', () => {
  // region | type | scope — Guangxi has its own 急诊 rule but not its own validity; Yangjiang has
  // its own referral rule (90 days) but not its own temporary one.
  it.each<[string, FilingType, 'REGIONAL' | 'DEFAULT']>([
    ['110101', 'RETIRED_RESETTLED', 'DEFAULT'],
    ['110101', 'EMERGENCY', 'DEFAULT'],
    [GX, 'EMERGENCY', 'REGIONAL'],
    [GX, 'LONG_TERM_RESIDENT', 'DEFAULT'],
    [GX, 'OTHER_TEMPORARY', 'DEFAULT'],
    [JS, 'OTHER_TEMPORARY', 'REGIONAL'],
    [YJ, 'REFERRAL', 'REGIONAL'],
    [YJ, 'OTHER_TEMPORARY', 'DEFAULT'],
    [YJ, 'STATIONED_WORKER', 'REGIONAL'],
  ])('%s %s → %s', (region, type, scope) => {
    expect(validityScope(type, profileFor(region))).toBe(scope)
  })
})

describe('computeValidity names each 依据 once', () => {
  // The long-term rule rests on 阳医保通〔2021〕23号 第九条 twice (the start, and a stay that began
  // within the validity); its 依据 list it once.
  it.each<[string, FilingType]>([
    [YJ, 'RETIRED_RESETTLED'],
    [GX, 'LONG_TERM_RESIDENT'],
    [JS, 'OTHER_TEMPORARY'],
    [YJ, 'REFERRAL'],
    ['230100', 'STATIONED_WORKER'],
  ])('%s %s', (region, type) => {
    const result = computeValidity({ type, profile: profileFor(region), filedOn: '2026-12-01', startDate: '2026-12-01' })
    if (!result.ok) throw new Error(result.message)
    const keys = result.value.citations.map((c) => `${c.doc}|${c.article}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toContain('阳医保通〔2021〕23号|第九条')
  })
})

describe('validityOnApproval: a filing that waited for review counts from its approval (YJ_2021 第九条)', () => {
  const yj = profileFor(YJ)

  it('from the approval day, a referral its 90 days from then; a later start asked for stays', () => {
    const approved = validityOnApproval({ type: 'REFERRAL', startDate: '2025-09-29', endDate: null, admittedOn: null }, '2025-09-30', yj)
    expect(approved).toMatchObject({ ok: true, value: { validFrom: '2025-09-30', validTo: '2025-12-28' } })
    const later = validityOnApproval({ type: 'REFERRAL', startDate: '2025-10-08', endDate: null, admittedOn: null }, '2025-09-30', yj)
    expect(later).toMatchObject({ ok: true, value: { validFrom: '2025-10-08' } })
  })

  it('a 补办 during a stay keeps its admission day, whenever it is approved (003 第九条)', () => {
    const stay = validityOnApproval({ type: 'OTHER_TEMPORARY', startDate: '2025-09-20', endDate: null, admittedOn: '2025-09-20' }, '2025-09-30', yj)
    expect(stay).toMatchObject({ ok: true, value: { validFrom: '2025-09-20' } })
  })

  it('is what computeValidity answers had the filing succeeded on the approval day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 }), (startOffset, wait) => {
        const start = formatDayNumber(parseDayNumber('2025-01-01') + startOffset)
        const approvedOn = formatDayNumber(parseDayNumber('2025-01-01') + wait)
        const facts = { type: 'LONG_TERM_RESIDENT' as const, startDate: start, endDate: null, admittedOn: null }
        expect(validityOnApproval(facts, approvedOn, yj)).toEqual(computeValidity({ type: 'LONG_TERM_RESIDENT', profile: yj, filedOn: approvedOn, startDate: start }))
      }),
    )
  })
})
