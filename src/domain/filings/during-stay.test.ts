import { profileFor } from '@/domain/profiles'
import { checkFiling, type FilingSubmission } from './check-filing'

// 补办 during a stay (002 通知 二; 004 表8 温馨提示5). Today 2026-11-23; admitted 2026-11-18.
const TODAY = '2026-11-23'
const ADMITTED = '2026-11-18'
const profile = profileFor('360100')
const ctx = { profile, today: TODAY, subjectName: '张建华', insuredRegion: '360100' }
const base: FilingSubmission = {
  type: 'OTHER_TEMPORARY',
  destination: { province: '440000', city: '441700' },
  startDate: ADMITTED,
  endDate: '2027-05-17',
  contacts: { phone1: '13812345678', addressAtDestination: '阳江市江城区东风路 8 号' },
  materialCodes: ['ID_DOCUMENT'],
  admittedOn: ADMITTED,
}

describe('checkFiling with admittedOn', () => {
  // change | validFrom, or field: fragment
  it.each<[Partial<FilingSubmission>, string]>([
    [{}, ADMITTED],
    [{ admittedOn: null, startDate: TODAY, endDate: '2027-05-22' }, TODAY],
    [{ admittedOn: null }, 'startDate:已经在外地住院的'],
    [{ startDate: '2026-11-19' }, 'startDate:不晚于入院日期'],
    [{ startDate: '2026-11-17' }, 'startDate:最早是入院那天'],
    [{ admittedOn: '2026-11-24', startDate: '2026-11-24' }, 'admittedOn:不能晚于今天'],
    [{ admittedOn: '2026-13-01' }, 'admittedOn:请选择入院日期'],
  ])('%j → %s', (change, expected) => {
    const r = checkFiling({ ...base, ...change }, ctx)
    if (!expected.includes(':')) {
      expect(r.ok && [r.value.validity.validFrom, r.value.admittedOn]).toEqual([expected, change.admittedOn === null ? null : ADMITTED])
    } else {
      const [field, fragment] = expected.split(':') as ['startDate' | 'admittedOn', string]
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.fields[field]).toContain(fragment)
    }
  })

  it('a region whose profile does not allow it refuses, in its own words', () => {
    const strict = { ...profile, duringStay: { ...profile.duringStay, allowed: false } }
    const r = checkFiling(base, { ...ctx, profile: strict })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.fields.admittedOn).toContain('住院后不能补办备案')
  })

  it('the default profile allows it until discharge settlement, citing 002 通知 二', () => {
    expect(profile.duringStay).toMatchObject({ allowed: true, until: 'DISCHARGE_SETTLEMENT', scope: 'DEFAULT' })
    expect(profile.duringStay.citations[0]).toMatchObject({ doc: '苏医保发〔2022〕75号', article: '通知 二' })
  })
})
