import { BUNDLED_CALENDAR } from '@/domain/calendar'
import { profileFor } from '@/domain/profiles'
import { afterWindowGuidance } from './after-window'
import { checkEmergencyFiling, type EmergencySubmission } from './check-emergency'

// A person insured in 柳州 (450200, Guangxi profile) admitted in 阳江 (441700).
const base: EmergencySubmission = {
  destination: { province: '440000', city: '441700' },
  admittedOn: '2025-09-26',
  leftOn: '2025-09-20',
  awayReason: 'TRAVEL',
  hospitalName: '阳江市人民医院',
  diagnosis: '急性阑尾炎',
  criteria: ['ACUTE_PAIN'],
  contacts: { phone1: '13812345678' },
  materialCodes: ['ID_DOCUMENT', 'EMERGENCY_DIAGNOSIS'],
}
const ctx = (insuredRegion: string, now: string) => ({
  profile: profileFor(insuredRegion),
  calendar: BUNDLED_CALENDAR,
  now: new Date(now),
  insuredRegion,
})

describe('checkEmergencyFiling (SPEC §6)', () => {
  it('SPEC §6 worked example: on the last day of the window (2025-10-10, 23:59 China time) it goes to review', () => {
    const r = checkEmergencyFiling(base, ctx('450200', '2025-10-10T23:59:00+08:00'))
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value.status).toBe('UNDER_REVIEW')
      expect(r.value.window.deadline).toBe('2025-10-10')
      // Validity is that admission, from the admission date (003 第九条(五)).
      expect(r.value.validity).toMatchObject({ validFrom: '2025-09-26', thisAdmissionOnly: true })
    }
  })

  it.each<[string, string | undefined, string]>([
    // address sent | expected message fragment (undefined: accepted) | what it is
    ['', undefined, 'none: the flow does not ask it'],
    ['阳江市江城区东风路 8 号 3 栋 201', undefined, 'a road and number'],
    ['阳江市江城区', '门牌号', 'no road: checked as in checkFiling'],
  ])('an optional address %j → %s (%s)', (address, fragment) => {
    const r = checkEmergencyFiling({ ...base, contacts: { phone1: '13812345678', addressAtDestination: address } }, ctx('450200', '2025-10-10T10:00:00+08:00'))
    if (fragment === undefined) expect(r.ok).toBe(true)
    else expect(!r.ok && r.fields.addressAtDestination).toContain(fragment)
  })

  it('a minute after 24:00 of the last day the window is closed (民法典 第二百零三条)', () => {
    const r = checkEmergencyFiling(base, ctx('450200', '2025-10-11T00:01:00+08:00'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.block?.code).toBe('EMERGENCY_WINDOW_CLOSED')
  })

  it('Jiangsu: emergency rescue is deemed filed, nothing to file (002 第八条(五))', () => {
    const r = checkEmergencyFiling(base, ctx('320500', '2025-09-27T10:00:00+08:00'))
    expect(!r.ok && r.block?.code).toBe('EMERGENCY_DEEMED_FILED')
  })

  it('Yangjiang: any time before discharge, not after (003 第六条)', () => {
    const yj = { ...base, destination: { province: '450000', city: '450200' } }
    expect(checkEmergencyFiling(yj, ctx('441700', '2025-12-01T10:00:00+08:00')).ok).toBe(true)
    const discharged = checkEmergencyFiling({ ...yj, dischargedOn: '2025-10-20' }, ctx('441700', '2025-12-01T10:00:00+08:00'))
    expect(!discharged.ok && discharged.block?.code).toBe('EMERGENCY_WINDOW_CLOSED')
  })

  // columns: change | field | source
  it.each<[string, Partial<EmergencySubmission>, string]>([
    ['no emergency ticked', { criteria: [] }, 'criteria'],
    ['an unknown emergency', { criteria: ['HEADACHE' as never] }, 'criteria'],
    ['away over 3 months (001 受理条件)', { leftOn: '2025-06-01' }, 'leftOn'],
    ['left after admission', { leftOn: '2025-09-27' }, 'leftOn'],
    ['no proof of the emergency (001 申请材料)', { materialCodes: ['ID_DOCUMENT'] }, 'materials'],
    ['no hospital', { hospitalName: '' }, 'hospitalName'],
    ['no diagnosis', { diagnosis: ' ' }, 'diagnosis'],
    ['a bad phone', { contacts: { phone1: '110' } }, 'phone1'],
    ['an unknown reason for being away', { awayReason: 'WORK' as never }, 'awayReason'],
    ['admitted in the future', { admittedOn: '2025-10-01' }, 'admittedOn'],
    ['the hospital is in the insured city', { destination: { province: '450000', city: '450200' } }, 'destination'],
  ])('%s → %s', (_label, change, field) => {
    const r = checkEmergencyFiling({ ...base, ...change }, ctx('450200', '2025-09-28T10:00:00+08:00'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(Object.keys(r.fields)).toContain(field)
  })
})

describe('afterWindowGuidance (SPEC §6, §8)', () => {
  it('explains 零星报销, the papers to keep, and the cut in money under Guangxi', () => {
    const g = afterWindowGuidance(profileFor('450200'), 10000)
    expect(g.headline).toContain('零星报销')
    expect(g.keep.join()).toContain('发票')
    expect(g.keep.join()).toContain('费用明细清单')
    expect(g.reduction?.points).toBeGreaterThan(0)
    expect(g.reduction?.example?.extraOutOfPocket).toBeGreaterThan(0)
    expect(g.citations.map((c) => c.article)).toContain('第二十六条(二)')
  })

  // insured region | the profile gives the cut's figures | the last step
  it.each([
    ['450200 柳州', '450200', true],
    ['441700 阳江', '441700', true],
    ['330100 杭州 (no figures in its profile)', '330100', false],
    ['no 实名信息 (the national default)', '', false],
  ])('%s: points at the example only when there is one', (_where, region, hasFigures) => {
    const g = afterWindowGuidance(profileFor(region), 10000)
    const last = g.steps[g.steps.length - 1]
    expect(g.reduction?.example != null).toBe(hasFigures)
    if (hasFigures) {
      expect(last).toContain('见下面的例子')
    } else {
      expect(last).not.toContain('例子')
      expect(last).toContain('按您参保地的规定')
      expect(last).toContain('参保地的医保经办机构')
      expect(last).toContain('12393')
    }
  })
})
