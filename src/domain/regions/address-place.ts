import { REGION_DATA } from './data'
import { destinationLabel, type Region } from './index'

/** A province or city name as an address writes it, with the code it stands for. */
interface PlaceName {
  name: string
  code: string
  /** The province's code (itself for a province). */
  province: string
}

const PROVINCE_NAMES: PlaceName[] = REGION_DATA.provinces.map((p) => ({ name: p.name, code: p.code, province: p.code }))
const CITY_NAMES: PlaceName[] = REGION_DATA.provinces.flatMap((p) => p.cities.map((c) => ({ name: c.name, code: c.code, province: p.code })))
// Longest first, so '海南藏族自治州' is read before any shorter name inside it.
const NAMES: PlaceName[] = [...PROVINCE_NAMES, ...CITY_NAMES].sort((a, b) => b.name.length - a.name.length)
// Each name's place in NAMES, by the name's first character (UTF-16 unit): an address is searched
// only for the names that start with one of its characters, not for all ~370 of them (issue 15:
// ~1 % of a filing's CPU on the server).
const BY_FIRST_UNIT = new Map<string, number[]>()
NAMES.forEach((place, i) => {
  const first = place.name[0] ?? ''
  const at = BY_FIRST_UNIT.get(first)
  if (at) at.push(i)
  else BY_FIRST_UNIT.set(first, [i])
})
// A province as an address may start with it, with or without its ending: '广东省', '广东', '广西'.
const PROVINCE_PREFIXES: string[] = REGION_DATA.provinces.flatMap((p) => [p.name, p.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/u, '')])

// Chinese characters (CJK Unified Ideographs and Extension A), without Unicode property escapes.
const CJK = /[\u3400-\u9fff]/

/**
 * Whether a name found at `at` in `text` stands on its own: at the start, after a character that is
 * not a Chinese character (a space, a digit, punctuation), or right after a province's name
 * ('广东省阳江市', '广东阳江市'). Not inside a longer name ('丹江口市' does not name a '江口市'), and
 * not '…市场' (a market: '广州市场' is not 广州市).
 */
function standsAlone(text: string, at: number, name: string): boolean {
  if (name.endsWith('市') && text[at + name.length] === '场') return false
  if (at === 0 || !CJK.test(text[at - 1]!)) return true
  const before = text.slice(0, at)
  return PROVINCE_PREFIXES.some((p) => p.length > 0 && before.endsWith(p))
}

/**
 * The provinces and prefecture-level cities an address names in full ('广东省', '广州市',
 * '延边朝鲜族自治州'), each where it stands on its own (standsAlone), in order; a place written
 * without its ending ('广州天河区') is not read.
 */
function placesNamedIn(address: string): PlaceName[] {
  const found: PlaceName[] = []
  const taken: boolean[] = []
  // The names that may occur, in NAMES's order (longest first), as a search of every name reads them.
  const candidates: number[] = []
  const units = new Set<string>()
  for (let i = 0; i < address.length; i += 1) {
    const unit = address[i]!
    if (units.has(unit)) continue
    units.add(unit)
    const at = BY_FIRST_UNIT.get(unit)
    if (at) candidates.push(...at)
  }
  candidates.sort((a, b) => a - b)
  for (const index of candidates) {
    const place = NAMES[index]!
    for (let at = address.indexOf(place.name); at >= 0; at = address.indexOf(place.name, at + 1)) {
      if (taken[at] || !standsAlone(address, at, place.name)) continue
      for (let i = at; i < at + place.name.length; i += 1) taken[i] = true
      found.push(place)
    }
  }
  return found
}

/**
 * A 就医地联系地址 (004 表8) that names another place than the 备案地: the message for the address
 * field, or undefined. The address is where the person stays at the 备案地, so an address naming
 * another province, or another city than the 备案地's city, is a slip in one of the two (a trial
 * filed to 阳江 with an address in 广州). Only names written in full are read ('广州市', '广东省'),
 * and only where they stand on their own, so a street such as 北京路 or a market is not a place.
 * A whole-province 备案地 (广东省（全省）) takes any city of that province. App (form) and server
 * (POST /api/filings, change) call this through checkFiling.
 * @param address the address as typed (trimmed)
 * @param destination the checked 备案地 (checkDestination's region)
 */
export function addressPlaceMismatch(address: string, destination: Region): string | undefined {
  const wrong = placesNamedIn(address).find((place) =>
    place.code === place.province
      ? place.province !== destination.province.code
      : destination.city
        ? place.code !== destination.city.code
        : place.province !== destination.province.code,
  )
  if (!wrong) return undefined
  return `住址写的是${wrong.name}，和备案地（${destinationLabel(destination)}）不一致。住址要写在备案地住的地方，请核对住址或备案地`
}
