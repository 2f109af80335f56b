import fc from 'fast-check'
import { checkIdNumber, idCheckChar, normalizeIdNumber, sexOfIdNumber } from './id-number'
import { checkMobile } from './mobile'
import { checkName } from './name'
import { validateProfile } from './profile'

const TODAY = '2026-11-23'
// Check characters below were computed independently of the code under test (GB 11643-1999 §6,
// weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11 → 1 0 X 9 8 7 6 5 4 3 2).

describe('checkIdNumber (SPEC §9; GB 11643-1999)', () => {
  // columns: input | expected code | why
  it.each([
    ['', 'REQUIRED', 'nothing typed'],
    ['11010519491231002', 'ID_LENGTH', '17 characters'],
    ['1101051949123100211', 'ID_LENGTH', '19 characters'],
    ['11010519491231002A', 'ID_FORMAT', 'last character a letter other than X'],
    ['1101051949I231002X', 'ID_FORMAT', 'a letter among the first 17'],
    ['990105194912310023', 'ID_REGION', 'no province 99'],
    ['100105194912310028', 'ID_REGION', 'no province 10'],
    ['110105194902310026', 'ID_BIRTH_DATE', 'month 02 day 31'],
    ['110105202302290022', 'ID_BIRTH_DATE', '2023 is not a leap year'],
    ['110105189912310023', 'ID_BIRTH_DATE', 'before 1900'],
    ['110105202611240029', 'ID_BIRTH_FUTURE', 'born tomorrow'],
  ])('%s → %s (%s)', (input, code) => {
    const r = checkIdNumber(input, TODAY)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.code).toBe(code)
      expect(r.message).toMatch(/请/)
    }
  })

  // A trial: an older person types the number in groups, as printed on the card.
  it('spaces typed between groups are dropped: the number is stored and compared without them', () => {
    expect(checkIdNumber('441702 1980 0101 0017', TODAY)).toEqual({ ok: true, value: { idNumber: '441702198001010017', birthDate: '1980-01-01', sex: 'M', regionPrefix: '44' } })
    expect(checkIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({ ok: true, value: { idNumber: '11010519491231002X' } })
    expect(normalizeIdNumber('4417 0219 8001 0100 17')).toBe('441702198001010017')
  })

  it('a wrong check digit is named as such', () => {
    const good = '11010519491231002X'
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1')
    const r = checkIdNumber(bad, TODAY)
    expect(r).toMatchObject({ ok: false, code: 'ID_CHECK_DIGIT' })
  })

  // columns: number | birth date | sex | region prefix — known-good numbers, including X check digits and 71/81/82/83
  it.each([
    ['11010519491231002X', '1949-12-31', 'F', '11'],
    ['441702198001010017', '1980-01-01', 'M', '44'],
    ['810000199005200039', '1990-05-20', 'M', '81'],
    ['820000200002290048', '2000-02-29', 'F', '82'],
    ['83000019751010005X', '1975-10-10', 'M', '83'],
    ['710000196006060069', '1960-06-06', 'F', '71'],
    ['450203202611230075', '2026-11-23', 'M', '45'],
  ])('%s accepted: born %s, sex %s', (idNumber, birthDate, sex, regionPrefix) => {
    const r = checkIdNumber(idNumber, TODAY)
    expect(r).toEqual({ ok: true, value: { idNumber, birthDate, sex, regionPrefix } })
  })

  // columns: first 17 | check character (worked out by hand from GB 11643-1999 §6)
  it.each([
    ['11010519491231002', 'X'],
    ['44170219800101001', '7'],
    ['34052419800101001', 'X'],
    ['45020320261123007', '5'],
  ])('idCheckChar(%s) = %s', (first17, check) => {
    expect(idCheckChar(first17)).toBe(check)
  })

  it('accepts a lower-case x and normalises it', () => {
    const first17 = '34052419800101001'
    const id = '34052419800101001X'
    expect(id.slice(0, 17)).toBe(first17)
    const r = checkIdNumber(id.toLowerCase(), TODAY)
    expect(r.ok && r.value.idNumber).toBe(id)
  })

  it('property: changing any one of the first 17 digits of a valid number is caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const id = '441702198001010017'
        const digit = (Number(id[pos]) + delta) % 10
        const typo = id.slice(0, pos) + digit + id.slice(pos + 1)
        const r = checkIdNumber(typo, TODAY)
        // A typo in the sequence digits (15-17) leaves region and birth date valid: only the
        // check digit can catch it, and the message must say so. Elsewhere the first rule the
        // typo breaks is named, never a generic refusal.
        if (pos >= 14) expect(r).toMatchObject({ ok: false, code: 'ID_CHECK_DIGIT' })
        else expect(r.ok ? 'accepted' : r.code).toMatch(/^ID_(CHECK_DIGIT|REGION|BIRTH_DATE|BIRTH_FUTURE)$/)
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
    idNumber: '441702198001010017',
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

describe('sexOfIdNumber (GB 11643-1999: the 17th digit, odd a man)', () => {
  it.each([
    ['45020219550505002' + idCheckChar('45020219550505002'), 'F'],
    ['11010519491231001' + idCheckChar('11010519491231001'), 'M'],
    // Masked as the app shows it (the last four kept): still there.
    ['1101**********002X', 'F'],
    ['1101************', null],
    ['110105491231002', null],
  ] as const)('%s → %s', (id, sex) => {
    expect(sexOfIdNumber(id)).toBe(sex)
  })

  it('agrees with checkIdNumber on every valid number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (seq) => {
        const first17 = `11010519500101${String(seq).padStart(3, '0')}`
        const id = first17 + idCheckChar(first17)
        const checked = checkIdNumber(id, '2026-12-02')
        return checked.ok && checked.value.sex === sexOfIdNumber(id)
      }),
    )
  })
})
