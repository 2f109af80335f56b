import { COMMITMENT_VERSION } from '@/domain/materials'
import { profileFor } from '@/domain/profiles'
import { checkFiling, type FilingSubmission } from './check-filing'
import { endDateRule } from './end-date'
import { effectiveStatus, isStanding } from './status'
import { filingNumberProblem, formatFilingNumber, normalizeFilingNumber } from './filing-number'

const TODAY = '2026-11-23'
const ctx = (insuredRegion = '360100') => ({ profile: profileFor(insuredRegion), today: TODAY, subjectName: '张建华', insuredRegion })

const base: FilingSubmission = {
  type: 'LONG_TERM_RESIDENT',
  destination: { province: '440000', city: '441700' },
  startDate: TODAY,
  contacts: { phone1: '13812345678', addressAtDestination: '阳江市江城区东风路 8 号' },
  materialCodes: ['ID_DOCUMENT', 'RESIDENCE_PERMIT'],
}

describe('checkFiling (SPEC §2-§5, §9)', () => {
  it('a long-term filing with proof is approved at once, open-ended, on proof (SPEC §4, §7)', () => {
    const r = checkFiling(base, ctx())
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value).toMatchObject({ basis: 'PROOF', status: 'APPROVED', validity: { validFrom: TODAY, validTo: null } })
      expect(r.value.region.name).toContain('阳江')
    }
  })

  it('a commitment may replace the proof for long-term types (002 第八条(一)-(三))', () => {
    const r = checkFiling(
      { ...base, materialCodes: ['ID_DOCUMENT'], commitment: { signedName: '张建华', textVersion: COMMITMENT_VERSION } },
      ctx(),
    )
    expect(r.ok && r.value.basis).toBe('COMMITMENT')
  })

  // columns: change to the base submission | field | message fragment | source
  it.each<[string, Partial<FilingSubmission>, string, string]>([
    ['no proof and no commitment', { materialCodes: ['ID_DOCUMENT'] }, 'materials', '还缺'],
    ['no identity', { materialCodes: ['RESIDENCE_PERMIT'] }, 'materials', '身份'],
    ['commitment signed with another name', { materialCodes: ['ID_DOCUMENT'], commitment: { signedName: '李四', textVersion: COMMITMENT_VERSION } }, 'commitment', '张建华'],
    ['commitment of an old text', { materialCodes: ['ID_DOCUMENT'], commitment: { signedName: '张建华', textVersion: '2000-01' } }, 'commitment', '重新阅读'],
    ['multi-place on a commitment (002 第十一条)', { multiPlace: true, materialCodes: ['ID_DOCUMENT'], commitment: { signedName: '张建华', textVersion: COMMITMENT_VERSION } }, 'commitment', '多个地方'],
    ['a city of a province-level unit (004 表8 温馨提示3)', { destination: { province: '110000', city: '110100' } }, 'destination', ''],
    ['a city outside its province', { destination: { province: '450000', city: '441700' } }, 'destination', ''],
    ['start before today', { startDate: '2026-11-22' }, 'startDate', '最早是今天'],
    ['start over a year ahead', { startDate: '2027-12-31' }, 'startDate', '一年以内'],
    ['an end date on a long-term filing', { endDate: '2027-06-01' }, 'endDate', '不用填'],
    ['a bad mobile', { contacts: { phone1: '12345', addressAtDestination: '阳江市江城区东风路 8 号' } }, 'phone1', '11 位'],
    ['a bad second phone', { contacts: { phone1: '13812345678', phone2: '999', addressAtDestination: '阳江市江城区东风路 8 号' } }, 'phone2', '座机'],
    ['no address', { contacts: { phone1: '13812345678', addressAtDestination: '' } }, 'addressAtDestination', '住址'],
    ['an address without a road and number (a trial)', { contacts: { phone1: '13812345678', addressAtDestination: '阳江市江城区' } }, 'addressAtDestination', '例如：人民路 8 号 3 栋 501'],
    ['a village without its group', { contacts: { phone1: '13812345678', addressAtDestination: '阳江市阳东区大八镇新屋村' } }, 'addressAtDestination', '几组'],
    ['the emergency type (its own flow)', { type: 'EMERGENCY' }, 'type', '急诊'],
  ])('%s → %s', (_label, change, field, fragment) => {
    const r = checkFiling({ ...base, ...change }, ctx())
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.fields[field as keyof typeof r.fields]).toContain(fragment)
  })

  it('refuses a destination that is the insured place itself', () => {
    const r = checkFiling(base, ctx('441700'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.fields.destination).toContain('同一个地方')
  })

  it('a referral needs the hospital’s referral proof; a commitment cannot replace it (002 第八条(四))', () => {
    const referral: FilingSubmission = { ...base, type: 'REFERRAL', endDate: '2027-05-22', materialCodes: ['ID_DOCUMENT'], commitment: { signedName: '张建华', textVersion: COMMITMENT_VERSION } }
    const r = checkFiling(referral, ctx())
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.fields.commitment).toContain('不能用承诺书')
      expect(r.fields.materials).toContain('还缺')
    }
  })

  it('a temporary filing lasts at least 6 months: the end date minimum comes from the profile (002 第十条)', () => {
    const rule = endDateRule('OTHER_TEMPORARY', profileFor('360100'))
    expect(rule.asked).toBe(true)
    expect(rule.minimumFor(TODAY)).toBe('2027-05-22')
    const tooShort = checkFiling({ ...base, type: 'OTHER_TEMPORARY', endDate: '2027-05-21', materialCodes: ['ID_DOCUMENT'] }, ctx())
    expect(tooShort.ok).toBe(false)
    const ok = checkFiling({ ...base, type: 'OTHER_TEMPORARY', endDate: '2027-05-22', materialCodes: ['ID_DOCUMENT'] }, ctx())
    expect(ok.ok && ok.value.validity).toMatchObject({ validFrom: TODAY, validTo: '2027-05-22' })
  })

  it('a Yangjiang referral asks no end date: 90 days decide it (003 第九条(四))', () => {
    expect(endDateRule('REFERRAL', profileFor('441700')).asked).toBe(false)
  })

  it('reports every wrong field at once and does not mutate its input', () => {
    const input: FilingSubmission = { ...base, startDate: 'x', contacts: { phone1: '', addressAtDestination: '' }, materialCodes: [] }
    const frozen = JSON.stringify(input)
    const r = checkFiling(input, ctx())
    expect(r.ok).toBe(false)
    if (!r.ok) expect(Object.keys(r.fields).sort()).toEqual(['addressAtDestination', 'materials', 'phone1', 'startDate'])
    expect(JSON.stringify(input)).toBe(frozen)
  })
})

describe('status', () => {
  it.each([
    ['APPROVED', '2026-11-22', 'EXPIRED', false],
    ['APPROVED', '2026-11-23', 'APPROVED', true],
    ['APPROVED', null, 'APPROVED', true],
    ['CANCELLED', null, 'CANCELLED', false],
    ['UNDER_REVIEW', null, 'UNDER_REVIEW', true],
    ['SUPERSEDED', null, 'SUPERSEDED', false],
  ] as const)('%s valid to %s → %s (standing %s)', (status, validTo, shown, standing) => {
    expect(effectiveStatus(status, validTo, TODAY)).toBe(shown)
    expect(isStanding(status, validTo, TODAY)).toBe(standing)
  })
})

describe('filing numbers', () => {
  it('formats and recognises numbers, case- and space-insensitively', () => {
    const n = formatFilingNumber(TODAY, [0, 0.1, 0.5, 0.7, 0.9, 0.99])
    expect(n).toMatch(/^YD20261123[2-9A-Z]{6}$/)
    expect(normalizeFilingNumber(` ${n.toLowerCase()} `)).toBe(n)
    expect(normalizeFilingNumber('YD2026112300000O')).toBeNull()
  })

  // A trial copied YD2026I2O4VPAHE7 from a paper receipt: the date part has digits only.
  it.each([
    ['YD2026I2O4VPAHE7', 'YD20261204VPAHE7'],
    ['yd 2026 l2o4 vpahe7', 'YD20261204VPAHE7'],
    ['YD-20261204-VPAHE7', 'YD20261204VPAHE7'],
    ['YD20261204VPAHEO', null], // the random part has no O: not guessed
    ['YD20261204VPAHE', null],
  ])('%s → %s', (typed, number) => {
    expect(normalizeFilingNumber(typed)).toBe(number)
  })

  it.each([
    ['YD2026I2O4VPAHE7', null],
    ['', '请填备案号：以 YD 开头，共 16 位，在回执或“我的备案”里能看到'],
    ['2026120412', '备案号以 YD 开头，共 16 位，在回执或“我的备案”里能看到'],
    ['YD20261204VPAHE', '备案号共 16 位，现在是 15 位，请对着回执再看一遍'],
    ['YD2026X204VPAHE7', 'YD 后面的 8 位是日期，只有数字，请对着回执再看一遍'],
    ['YD20261204VPAHE0', '备案号最后 6 位里没有数字 0、1 和字母 O、I、L，请对着回执再看一遍'],
  ])('filingNumberProblem(%j) → %j', (typed, problem) => {
    expect(filingNumberProblem(typed)).toBe(problem)
  })
})
