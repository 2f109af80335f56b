/**
 * Whether a 就医地联系地址 (004 表8) is detailed enough to find the person by: a road, street,
 * 小区 or village, and a house-number level part (门牌号, 几栋几室, 几组). A trial filed
 * "深圳市福田区" and staff could not reach the person; the message says what to add.
 *
 * The rule, on the address with spaces removed and full-width digits read as digits:
 * - a house-number part: a number (Arabic or Chinese numerals) followed by 号 栋 幢 座 楼 层 单元
 *   室 组 队 户 排 ("8 号", "3 栋", "501 室", "五组", "3 号楼", "5 号院"), a letter block
 *   ("A 座", "B2 栋"), a number pair ("3-501"), or a number right after a road ("福华路 8");
 * - before one of them, something other than the administrative places (省 市 州 区 县 旗 镇 乡
 *   街道…): the road, 小区 or village that number is in. "深圳市福田区 8 号" names no road.
 * Lenient on purpose where addresses vary (a market, a 宿舍, a 胡同): it asks for what is missing,
 * it does not parse addresses.
 */

const NUMERAL = '[0-9一二三四五六七八九十百千零〇两]'
// A number and what it counts: the house-number level of an address.
const NUMBERED = new RegExp(`${NUMERAL}+(?:号|栋|幢|座|楼|层|单元|室|组|队|户|排)`, 'gu')
const LETTER_BLOCK = /[A-Za-z][0-9]*(?:座|栋|幢|号)/gu
const NUMBER_PAIR = /[0-9]+[-－—–][0-9]+/gu
const ROAD_NUMBER = /(?:路|街|巷|弄|胡同|条|里|道)([0-9]+)/gu

// Administrative places at the start of an address, one at a time: a name without numbers that ends
// in one of these ('广东省', '深圳市', '福田区', '西渡镇', '民治街道'). '白石龙一区' has a number: it is a
// residential area, not a district, and stays.
const ADMIN_PART = /^[^0-9一二三四五六七八九十百千零〇两A-Za-z]{1,15}?(?:特别行政区|自治区|自治州|自治县|自治旗|街道办事处|街道|省|市|地区|盟|州|区|县|旗|镇|乡|苏木)/u

function withoutAdministrativePlaces(text: string): string {
  let rest = text
  for (let m = ADMIN_PART.exec(rest); m && m[0].length > 0; m = ADMIN_PART.exec(rest)) rest = rest.slice(m[0].length)
  return rest
}

/** Where each house-number level part starts in the (normalised) address. */
function numberPartStarts(text: string): number[] {
  const starts: number[] = []
  for (const pattern of [NUMBERED, LETTER_BLOCK, NUMBER_PAIR]) {
    for (const m of text.matchAll(pattern)) starts.push(m.index)
  }
  for (const m of text.matchAll(ROAD_NUMBER)) starts.push(m.index + m[0].length - m[1]!.length)
  return starts
}

/**
 * The example address the forms show (hint and message alike): a road found in almost every city,
 * so it reads as an example wherever the 备案地 is (a trial: the box showed a 阳江 address, the
 * message a 深圳 one).
 */
export const ADDRESS_EXAMPLE = '人民路 8 号 3 栋 501'

export const ADDRESS_DETAIL_MESSAGE = `住址请写到路（街）名和门牌号，住小区的写上几栋几室，例如：${ADDRESS_EXAMPLE}`
export const VILLAGE_DETAIL_MESSAGE = '住在村里的，请写上村名和几组（或门牌号），例如：春城街道东湖村 3 组 12 号'

/**
 * The message for an address without a road (or 小区, village) and house number, or undefined when
 * it has both. App (the filing form, the 变更 page) and server (POST /api/filings, the emergency
 * filing, POST /api/filings/:id/change) call this through the filing checks.
 * @param address the address as typed (its length is checked by the caller)
 */
export function checkAddressDetail(address: string): string | undefined {
  const text = address.replace(/\s+/gu, '').replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  const detailed = numberPartStarts(text).some((at) => withoutAdministrativePlaces(text.slice(0, at)).length > 0)
  if (detailed) return undefined
  // 村, 屯 or 寨 as a place, not inside a road's name (北京 三里屯路: a trial was given the village advice).
  return /(?:村|屯|寨)(?![路街道巷])/u.test(withoutAdministrativePlaces(text)) ? VILLAGE_DETAIL_MESSAGE : ADDRESS_DETAIL_MESSAGE
}
