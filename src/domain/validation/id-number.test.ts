import fc from 'fast-check'
import { checkIdNumber, idCheckChar } from './id-number'
import { checkMobile } from './mobile'
import { checkName } from './name'
import { validateProfile } from './profile'

const TODAY = '2026-11-23'
const withCheck = (first17: string) => first17 + idCheckChar(first17)

describe('checkIdNumber (SPEC §9; GB 11643-1999)', () => {
  // columns: input | expected code | why
  it.each([
    ['', 'REQUIRED', 'nothing typed'],
    ['11010519491231002', 'ID_LENGTH', '17 characters'],
    ['1101051949123100211', 'ID_LENGTH', '19 characters'],
    ['11010519491231002A', 'ID_FORMAT', 'last character a letter other than X'],
    ['1101051949I231002X', 'ID_FORMAT', 'a letter among the first 17'],
    [withCheck('99010519491231002'), 'ID_REGION', 'no province 99'],
    [withCheck('10010519491231002'), 'ID_REGION', 'no province 10'],
    [withCheck('11010519490231002'), 'ID_BIRTH_DATE', 'month 02 day 31'],
    [withCheck('11010520230229002'), 'ID_BIRTH_DATE', '2023 is not a leap year'],
    [withCheck('11010518991231002'), 'ID_BIRTH_DATE', 'before 1900'],
    [withCheck('11010520261124002'), 'ID_BIRTH_FUTURE', 'born tomorrow'],
  ])('%s → %s (%s)', (input, code) => {
    const r = checkIdNumber(input, TODAY)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.code).toBe(code)
      expect(r.message).toMatch(/请/)
    }
  })

  it('a wrong check digit is named as such', () => {
    const good = withCheck('11010519491231002')
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1')
    const r = checkIdNumber(bad, TODAY)
    expect(r).toMatchObject({ ok: false, code: 'ID_CHECK_DIGIT' })
  })

  // columns: first 17 | birth date | sex — known-good numbers, including X check digits and 71/81/82/83
  it.each([
    ['11010519491231002', '1949-12-31', 'F'],
    ['44170219800101001', '1980-01-01', 'M'],
    ['81000019900520003', '1990-05-20', 'M'],
    ['82000020000229004', '2000-02-29', 'F'],
    ['83000019751010005', '1975-10-10', 'M'],
    ['71000019600606006', '1960-06-06', 'F'],
    ['45020320261123007', '2026-11-23', 'M'],
  ])('%s accepted: born %s, sex %s', (first17, birthDate, sex) => {
    const r = checkIdNumber(withCheck(first17), TODAY)
    expect(r).toEqual({ ok: true, value: { idNumber: withCheck(first17), birthDate, sex, regionPrefix: first17.slice(0, 2) } })
  })

  it('accepts a lower-case x and normalises it', () => {
    const first17 = '34052419800101001'
    const id = withCheck(first17)
    expect(id[17]).toBe('X')
    const r = checkIdNumber(id.toLowerCase(), TODAY)
    expect(r.ok && r.value.idNumber).toBe(id)
  })

  it('property: changing any one of the first 17 digits of a valid number is caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const id = withCheck('44170219800101001')
        const digit = (Number(id[pos]) + delta) % 10
        const typo = id.slice(0, pos) + digit + id.slice(pos + 1)
        expect(checkIdNumber(typo, TODAY).ok).toBe(false)
      }),
    )
  })
})

describe('checkMobile (SPEC §9)', () => {
  it.each([
    ['13812345678', true],
    ['138 1234 5678', true],
    ['199-1234-5678', true],
    ['12812345678', false],
    ['1381234567', false],
    ['23812345678', false],
    ['', false],
  ])('%s → %s', (input, good) => {
    expect(checkMobile(input).ok).toBe(good)
  })
})

describe('checkName', () => {
  it.each([
    ['张建华', true],
    ['买买提·艾力', true],
    ['阿依古丽•买买提', true],
    ['张', false],
    ['Zhang San', false],
    ['张 三', false],
    ['·张三', false],
  ])('%s → %s', (input, good) => {
    expect(checkName(input).ok).toBe(good)
  })
})

describe('validateProfile', () => {
  const good = {
    name: '张建华',
    idNumber: withCheck('44170219800101001'),
    phone: '13812345678',
    insuredRegion: '441700',
    insuranceType: 'EMPLOYEE' as const,
  }

  it('returns the checked profile with the birth date and sex read from the ID', () => {
    expect(validateProfile(good, TODAY)).toEqual({ ok: true, value: { ...good, birthDate: '1980-01-01', sex: 'M' } })
  })

  it('reports every wrong field at once, and does not mutate the input', () => {
    const input = { name: 'x', idNumber: '123', phone: '1', insuredRegion: '999999', insuranceType: 'OTHER' as never }
    const copy = { ...input }
    const r = validateProfile(input, TODAY)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(Object.keys(r.fields).sort()).toEqual(['idNumber', 'insuranceType', 'insuredRegion', 'name', 'phone'])
    expect(input).toEqual(copy)
  })
})
