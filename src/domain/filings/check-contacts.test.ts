import fc from 'fast-check'
import { findRegion } from '@/domain/regions'
import { checkContacts, type ContactField, type FilingContacts } from './check-contacts'

const YANGJIANG = findRegion('441700')!
const GUANGDONG = findRegion('440000')!

describe('checkContacts: 联系电话1/2 and 就医地联系地址 (SPEC §9; 004 表8), as checkFiling and a correction check them', () => {
  const good: FilingContacts = { phone1: '13812345678', phone2: null, addressAtDestination: '阳江市江城区东风路 8 号' }

  it.each<[string, Partial<FilingContacts>, ContactField, string]>([
    // case | contacts changed | field reported | words in its message
    ['a mobile too short (SPEC §9)', { phone1: '1381234' }, 'phone1', '11 位'],
    ['no mobile', { phone1: '' }, 'phone1', '请填写手机号码'],
    ['a second phone neither mobile nor landline (004 表8 联系电话2)', { phone2: '999' }, 'phone2', '座机'],
    ['an address too short', { addressAtDestination: '阳江' }, 'addressAtDestination', '写到街道和门牌号'],
    ['an address too long', { addressAtDestination: '阳江市江城区东风路 8 号'.padEnd(101, '号') }, 'addressAtDestination', '100 个字'],
    ['an address without road and number (checkAddressDetail)', { addressAtDestination: '阳江市江城区' }, 'addressAtDestination', '门牌号'],
    ['an address in another city than the 备案地 (addressPlaceMismatch: a trial, 阳江 and 广州)', { addressAtDestination: '广州市天河区体育西路 8 号' }, 'addressAtDestination', '和备案地（广东省阳江市）不一致'],
  ])('%s', (_case, change, field, words) => {
    const errors = checkContacts({ ...good, ...change }, { destination: YANGJIANG })
    expect(Object.keys(errors)).toEqual([field])
    expect(errors[field]).toContain(words)
  })

  it.each<[string, FilingContacts]>([
    // case | contacts
    ['a mobile with spaces and dashes', { ...good, phone1: '138 1234-5678' }],
    ['a landline as the second phone', { ...good, phone2: '0662-1234567' }],
    ['an empty second phone (optional)', { ...good, phone2: '' }],
  ])('accepts %s', (_case, contacts) => {
    expect(checkContacts(contacts, { destination: YANGJIANG })).toEqual({})
  })

  it('compares the place only with a known 备案地, and not for 多地备案 (002 第十一条)', () => {
    const elsewhere = { ...good, addressAtDestination: '广州市天河区体育西路 8 号' }
    expect(checkContacts(elsewhere, { destination: null })).toEqual({})
    expect(checkContacts(elsewhere, { destination: YANGJIANG, multiPlace: true })).toEqual({})
    // A whole-province 备案地 takes any of its cities.
    expect(checkContacts(elsewhere, { destination: GUANGDONG })).toEqual({})
  })

  it('a 变更 to another place must not keep the old address (checkChangedAddress, 000 第七条)', () => {
    const changeOf = { from: { province: '440000', city: '441700' }, to: { province: '450000', city: '450200' }, oldAddress: good.addressAtDestination }
    expect(checkContacts(good, { destination: null, changeOf }).addressAtDestination).toContain('新备案地')
  })

  it('does not change what it is given (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.string(), (phone1, phone2, addressAtDestination) => {
        const contacts = { phone1, phone2, addressAtDestination }
        const copy = { ...contacts }
        checkContacts(contacts, { destination: YANGJIANG })
        expect(contacts).toEqual(copy)
      }),
    )
  })
})
