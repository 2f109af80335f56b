/** A prefecture-level city (地级市, 州, 盟, 地区) or a county directly under a province, as a destination. */
export interface RegionCity {
  /** 6-digit GB/T 2260 code, e.g. '441700'. */
  code: string
  name: string
}

/** A province-level unit as stored in data.ts. */
export interface RegionProvinceData {
  /** 6-digit code ending in 0000, e.g. '440000'. */
  code: string
  name: string
  /** 简称, e.g. '粤'. */
  short: string
  /** Filed at province level: the destination is the province itself, no city (004 表8 温馨提示3). */
  provinceLevel?: true
  /** A plain hint shown with the entry, e.g. which cities belong to the 兵团. */
  note?: string
  cities: readonly RegionCity[]
}

export interface RegionData {
  source: { package: string; version: string; generatedOn: string }
  provinces: readonly RegionProvinceData[]
}
