import { profileFor } from '@/domain/profiles'
import { checkChangedAddress } from './change-address'
import { checkFiling, type FilingSubmission } from './check-filing'

// Issue 12 item 8. Start 2026-11-23: 6 months end 2027-05-22 (002 第十条); the default maximum of
// 12 months (a product choice, profile temporaryValidity.maxMonths) ends 2027-11-22.
const TODAY = '2026-11-23'
const ctx = (insuredRegion = '360100') => ({ profile: profileFor(insuredRegion), today: TODAY, subjectName: '张建华', insuredRegion })
const temporary = (type: 'OTHER_TEMPORARY' | 'REFERRAL', endDate: string): FilingSubmission => ({
  type,
  destination: { province: '440000', city: '441700' },
  startDate: TODAY,
  endDate,
  contacts: { phone1: '13812345678', addressAtDestination: '阳江市江城区东风路 8 号' },
  materialCodes: type === 'REFERRAL' ? ['ID_DOCUMENT', 'REFERRAL_CERTIFICATE'] : ['ID_DOCUMENT'],
})

describe('a temporary filing ends within the profile’s limits', () => {
  // type | insured in | end date | refused with (null: accepted, validTo = end date)
  it.each<['OTHER_TEMPORARY' | 'REFERRAL', string, string, string | null]>([
    ['OTHER_TEMPORARY', '360100', '2027-05-21', '最早是 2027-05-22'],
    ['OTHER_TEMPORARY', '360100', '2027-05-22', null],
    ['OTHER_TEMPORARY', '360100', '2027-11-22', null],
    ['OTHER_TEMPORARY', '360100', '2027-11-23', '最晚是 2027-11-22'],
    ['OTHER_TEMPORARY', '360100', '9999-12-31', '最晚是 2027-11-22'],
    ['OTHER_TEMPORARY', '450200', '9999-12-31', '最晚是 2027-11-22'],
    ['REFERRAL', '360100', '9999-12-31', '最晚是 2027-11-22'],
    ['REFERRAL', '320500', '2027-11-22', null],
  ])('%s insured in %s ending %s → %s', (type, region, endDate, refused) => {
    const r = checkFiling(temporary(type, endDate), ctx(region))
    if (refused === null) {
      expect(r.ok && r.value.validity.validTo).toBe(endDate)
    } else {
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.fields.endDate).toContain(refused)
    }
  })

  it('the maximum is marked as the product’s choice, said in plain words (no product jargon)', () => {
    expect(profileFor('360100').temporaryValidity).toMatchObject({ minMonths: 6, maxMonths: 12, maxMonthsBasis: 'PRODUCT_CHOICE' })
    const text = profileFor('360100').temporaryValidity.maxText
    expect(text).toBe('一次临时备案最长办 12 个月（政策只规定不少于 6 个月）。到期还在外地，可以再办一次；长期在外地，请办长期备案。')
    expect(text).not.toContain('本产品')
  })
})

describe('checkChangedAddress: a 变更 to another place needs the address there', () => {
  const yangjiang = { province: '440000', city: '441700' }
  const old = '阳江市江城区东风路 8 号'
  // to | new address | message expected
  it.each<[{ province: string; city?: string | null }, string | null | undefined, boolean]>([
    [yangjiang, undefined, false],
    [yangjiang, old, false],
    [{ province: '440000', city: '440100' }, undefined, true],
    [{ province: '440000', city: '440100' }, old, true],
    [{ province: '440000', city: '440100' }, '  ', true],
    [{ province: '440000', city: '440100' }, '广州市天河区体育西路 1 号', false],
    [{ province: '440000' }, undefined, true],
  ])('to %j with %p → message %p', (to, newAddress, message) => {
    const r = checkChangedAddress({ from: yangjiang, to, oldAddress: old, newAddress })
    expect(r === undefined ? false : r.includes('新备案地的住址')).toBe(message)
  })
})
