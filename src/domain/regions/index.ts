import { citationRegionPrefix, cite, type Citation } from '@/domain/citation'
import { fail, ok, type Result } from '@/domain/errors'
import { REGION_DATA } from './data'
import type { RegionCity } from './types'

export type { RegionCity, RegionData, RegionProvinceData } from './types'
export { REGION_DATA }

/** A province-level unit as the app shows it (GET /api/regions). */
export interface Province {
  code: string
  name: string
  short: string
  /** The destination is the province itself, no city to choose (004 表8 温馨提示3). */
  provinceLevel: boolean
  note?: string
  cities: readonly RegionCity[]
}

/** What a region code stands for. */
export interface Region {
  code: string
  /** Full name as a person reads it, e.g. '广东省阳江市' or '北京市'. */
  name: string
  province: { code: string; name: string }
  city?: RegionCity
  provinceLevel: boolean
}

/** A 备案地 as the API takes it (POST /api/filings `destination`). */
export interface Destination {
  province: string
  city?: string | null
}

/** Sources for where a filing goes (SPEC §3). */
/**
 * Whether a filing's 就医地 `filed` takes in the place `place`: the same province, and the same city
 * unless `filed` is for the whole province (002 第十二条; 004 表8 温馨提示2-3). Codes as this module
 * writes them: a province's code plus a city's, or the city null for a whole province and for the
 * units filed at province level (北京 … 兵团). Example: placeTakesIn({ province: '440000', city: null },
 * { province: '440000', city: '440300' }) === true, and not the other way round.
 */
export function placeTakesIn(filed: Destination, place: Destination): boolean {
  if (filed.province !== place.province) return false
  const city = filed.city ?? null
  return city === null || city === (place.city ?? null)
}

export const DESTINATION_CITATIONS: readonly Citation[] = [
  cite('JS_2022', '第十二条'),
  cite('JX_2023', '表8 温馨提示2'),
  cite('JX_2023', '表8 温馨提示3'),
]

const PROVINCES: readonly Province[] = REGION_DATA.provinces.map((p) => ({
  code: p.code,
  name: p.name,
  short: p.short,
  provinceLevel: p.provinceLevel === true,
  ...(p.note ? { note: p.note } : {}),
  cities: p.cities,
}))

const BY_CODE = new Map<string, Region>()
for (const p of PROVINCES) {
  const province = { code: p.code, name: p.name }
  BY_CODE.set(p.code, { code: p.code, name: p.name, province, provinceLevel: p.provinceLevel })
  for (const c of p.cities) {
    BY_CODE.set(c.code, { code: c.code, name: p.name + c.name, province, city: c, provinceLevel: false })
  }
}

/** Provinces with their cities, in GB/T 2260 order, 兵团 last (SPEC §3). */
export function listProvinces(): readonly Province[] {
  return PROVINCES
}

/** The province or city a 6-digit code stands for, or undefined if it is not a destination. */
export function findRegion(code: string): Region | undefined {
  return BY_CODE.get(code)
}

/** How checkDestination reads a province given without a city. */
export interface DestinationOptions {
  /**
   * Whether a whole province (e.g. 广东省 without a city) may be the destination. True for a
   * filing (备案地 is the destination city or province, 002 第十二条; 004 表8 温馨提示2: a person who
   * sees doctors in several cities of one province); false where one place is meant (the city of
   * the hospital an emergency admission is in).
   */
  wholeProvince?: boolean
}

/**
 * Checks a 备案地 (SPEC §3; 002 第十二条; 004 表8 温馨提示2-3): a known province; for 北京, 天津, 上海,
 * 重庆, 海南, 西藏 and 兵团 no city (the destination is the unit itself); otherwise a city of that
 * province, or — unless `options.wholeProvince` is false — no city: the whole province.
 * Errors: REGION_UNKNOWN, DESTINATION_CITY_NOT_ALLOWED, DESTINATION_CITY_REQUIRED (whole province
 * not allowed here), DESTINATION_CITY_MISMATCH.
 */
export function checkDestination(destination: Destination, options: DestinationOptions = {}): Result<Region> {
  const province = findRegion(destination.province)
  // Said of where the person is treated, not of a trip to come: the patient may be there already
  // (a trial: an emergency admission read 请从列表中选择要去的省份).
  if (!province || province.city) {
    return fail('REGION_UNKNOWN', options.wholeProvince === false ? '请从列表中选择医院在哪个省、哪个市' : '请从列表中选择在哪个省看病（就医地）')
  }
  const cityCode = destination.city ?? ''
  if (province.provinceLevel) {
    if (cityCode !== '') {
      return fail('DESTINATION_CITY_NOT_ALLOWED', `${province.name}按全省（市）备案，不用选城市，请把城市清空后再提交`)
    }
    return ok(province)
  }
  if (cityCode === '') {
    if (options.wholeProvince === false) return fail('DESTINATION_CITY_REQUIRED', `请选择在${province.name}的哪个城市`)
    return ok(province)
  }
  const city = findRegion(cityCode)
  if (!city || !city.city || city.province.code !== province.code) {
    return fail('DESTINATION_CITY_MISMATCH', `这个城市不属于${province.name}，请重新选择城市`)
  }
  return ok(city)
}

/** Whether a region is a whole province chosen without a city (not a province-level unit such as 北京). */
export function isWholeProvince(region: Region): boolean {
  return !region.city && !region.provinceLevel
}

/**
 * The one way a 备案地 is written in every view (filing views, results, staff tool):
 * a city '广东省阳江市', a province-level unit '北京市', a whole province '广东省（全省）'.
 */
export function destinationLabel(region: Region): string {
  return isWholeProvince(region) ? `${region.province.name}（全省）` : region.name
}

/** A 备案地 (or hospital place) code written as destinationLabel writes it; '' for an unknown code. */
export function destinationLabelOf(code: string): string {
  const region = code ? findRegion(code) : undefined
  return region ? destinationLabel(region) : ''
}

/** Whether a 备案地 is valid (see checkDestination). */
export function isValidDestination(destination: Destination): boolean {
  return checkDestination(destination).ok
}

/**
 * Whether a code is, exactly, a city of a province or one of the units filed at province level
 * (北京 … 兵团). Other provinces' own codes (e.g. '440000') are not. A district's or county's code
 * is a 参保地 too, read as its area: see insuredAreaOf.
 */
export function isKnownRegionCode(code: string): boolean {
  const region = BY_CODE.get(code)
  return region !== undefined && (region.city !== undefined || region.provinceLevel)
}

/**
 * The 参保地 a 6-digit code stands for: the code itself when it is known (a city, or a unit filed
 * at province level), else the city, or the province-level unit, that contains it. A district or
 * county code such as 441702 (阳江市江城区) reads as 阳江市, and 110105 as 北京市: other systems
 * (a hospital's) send the code on the person's card, often a district's.
 */
export function resolveInsuredRegion(code: string): Region | undefined {
  if (!/^\d{6}$/.test(code)) return undefined
  for (const candidate of [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]) {
    if (isKnownRegionCode(candidate)) return findRegion(candidate)
  }
  return undefined
}

/** A 参保地 code as read: the pooling area it stands for (GET/PUT /api/me `insuredArea`). */
export interface InsuredArea {
  /** The area's own code: a city's ('450200') or a province-level unit's ('110000'). */
  code: string
  /** e.g. '广西壮族自治区柳州市', '北京市'. */
  name: string
  /** The code as given (kept as given), e.g. the district code '450206'. */
  givenCode: string
  /** True when the given code is a district's or county's, read as its area. */
  fromDistrict: boolean
  /** What a person reads, e.g. '广西壮族自治区柳州市' or '广西壮族自治区柳州市（区县代码 450206，按柳州市参保）'. */
  label: string
}

/**
 * The one reading of a 参保地 code, used wherever a 参保地 is taken (实名信息, family members,
 * the emergency window, policy profiles): resolveInsuredRegion's area, with the given code kept.
 * Undefined for a code that is no 参保地 (unknown, or a province with cities such as '440000').
 * 医保 is pooled by city (or by the province-level unit for 直辖市 and 兵团), so a district's
 * or county's code reads as the area that holds it (SPEC §3).
 */
export function insuredAreaOf(code: string): InsuredArea | undefined {
  const region = resolveInsuredRegion(code)
  if (!region) return undefined
  const fromDistrict = region.code !== code
  const short = region.city ? region.city.name : region.province.name
  return {
    code: region.code,
    name: region.name,
    givenCode: code,
    fromDistrict,
    label: fromDistrict ? `${region.name}（区县代码 ${code}，按${short}参保）` : region.name,
  }
}

/**
 * Whether a destination lies in the insured place's own pooling area, where no cross-region
 * filing is needed. Province-level units are one area: 北京 to 北京 is not cross-region.
 */
export function isInsuredArea(destination: Region, insuredRegion: string): boolean {
  const home = resolveInsuredRegion(insuredRegion)
  if (!home) return false
  if (destination.provinceLevel || home.provinceLevel) return destination.province.code === home.province.code
  return destination.code === home.code
}

/**
 * The place whose rule a cited document is, by name, as a person says it: '江苏省' for
 * 苏医保发〔2022〕75号 (a provincial document, so not '江苏省苏州市' for a 苏州 person: a trial),
 * '广东省阳江市' for 阳医保通〔2021〕23号; undefined for a national rule or an unknown document.
 */
export function issuingAreaName(citation: Citation): string | undefined {
  const prefix = citationRegionPrefix(citation)
  return prefix === null ? undefined : findRegion(prefix.padEnd(6, '0'))?.name
}
