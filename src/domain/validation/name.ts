import { fail, ok, type Result } from '@/domain/errors'

/**
 * The characters a name on a 居民身份证 is written in: every CJK ideograph block of Unicode, so
 * the whole Han repertoire of GB 18030-2022 (and of 通用规范汉字表, e.g. 𫖯 U+2B5AF in 赵孟𫖯)
 * is accepted, astral planes included. Listed block by block (not `\p{…}`) so the pattern means
 * the same on every JavaScript engine a phone runs; the unit test checks it against
 * `\p{Unified_Ideograph}` of the Unicode version Node ships.
 *
 * - U+3007 〇 (IDEOGRAPHIC NUMBER ZERO, in GB 18030 and in real names)
 * - U+3400–U+4DBF Extension A; U+4E00–U+9FFF the unified block
 * - U+F900–U+FAFF Compatibility Ideographs
 * - U+20000–U+2A6DF Extension B; U+2A700–U+2B81F C and D; U+2B820–U+2CEAF E;
 *   U+2CEB0–U+2EBEF F; U+2EBF0–U+2EE5F I
 * - U+2F800–U+2FA1F Compatibility Ideographs Supplement
 * - U+30000–U+3134F Extension G; U+31350–U+323AF H; U+323B0–U+3347F J (Unicode 17)
 */
const IDEOGRAPH_RANGES =
  '\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff' +
  '\\u{20000}-\\u{2a6df}\\u{2a700}-\\u{2b81f}\\u{2b820}-\\u{2ceaf}\\u{2ceb0}-\\u{2ebef}\\u{2ebf0}-\\u{2ee5f}' +
  '\\u{2f800}-\\u{2fa1f}\\u{30000}-\\u{3134f}\\u{31350}-\\u{323af}\\u{323b0}-\\u{3347f}'

const IDEOGRAPH = new RegExp(`^[${IDEOGRAPH_RANGES}]$`, 'u')

/** The middle dot of minority names as printed on ID cards (GB 11643 names; 公安部 uses U+00B7). */
export const NAME_DOT = '\u00b7'

/**
 * Dots people type in place of U+00B7 on phones and PCs: • U+2022 BULLET, ‧ U+2027 HYPHENATION
 * POINT, ∙ U+2219 BULLET OPERATOR, ⋅ U+22C5 DOT OPERATOR, ・ U+30FB KATAKANA MIDDLE DOT,
 * ･ U+FF65 HALFWIDTH KATAKANA MIDDLE DOT, ⸱ U+2E31 WORD SEPARATOR MIDDLE DOT, · U+0387 GREEK ANO
 * TELEIA, ᐧ U+1427 and ● U+25CF; all read as the one dot.
 */
const DOT_LOOKALIKES = /[\u2022\u2027\u2219\u22c5\u30fb\uff65\u2e31\u0387\u1427\u25cf]/gu

const MAX_CHARACTERS = 30

/**
 * A name as typed, brought to the form it is stored and compared in: trimmed, every look-alike
 * middle dot replaced by U+00B7. No Unicode normalisation beyond that: NFC would turn a
 * compatibility ideograph (U+F900–U+FAFF) into its unified twin, a different code than the
 * card's. Used for every name field (实名信息, family
 * members, the 承诺书 signature) so that `买买提•艾力` and `买买提·艾力` are the same name.
 */
export function normalizeName(input: string): string {
  return input.trim().replace(DOT_LOOKALIKES, NAME_DOT)
}

/** True when two typed names are the same name once normalised (see normalizeName). */
export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b)
}

function describe(ch: string): string {
  return `“${ch}”`
}

/**
 * A name as on the ID card: 2–30 Chinese characters (any CJK ideograph, see IDEOGRAPH_RANGES),
 * with single middle dots between characters in the names of some ethnic minorities.
 * Answers the normalised name (normalizeName).
 *
 * Errors (`NAME_INVALID` unless said), each saying what is actually wrong:
 * - `REQUIRED`: nothing typed;
 * - Latin letters or digits (pinyin); a space inside the name;
 * - a character from a 造字 font (Private Use Area U+E000–U+F8FF, shown as a box elsewhere);
 * - a Kangxi radical (U+2F00–U+2FDF, looks like a character but is not one);
 * - any other character that is not a Chinese character (names it);
 * - a dot at the start or end, or two dots together; fewer than 2 or more than 30 characters.
 */
export function checkName(input: string): Result<string> {
  const name = normalizeName(input)
  if (name === '') return fail('REQUIRED', '请填写姓名')
  const chars = Array.from(name)
  if (chars.some((c) => /[A-Za-z0-9\uff21-\uff3a\uff41-\uff5a\uff10-\uff19]/u.test(c))) {
    return fail('NAME_INVALID', '姓名请写身份证上的汉字，不要用拼音、字母或数字')
  }
  if (chars.some((c) => /\s/u.test(c))) {
    return fail('NAME_INVALID', '姓名中间不要有空格，请删掉空格（少数民族姓名用中间点“·”隔开）')
  }
  const privateUse = chars.find((c) => /[\ue000-\uf8ff\u{f0000}-\u{10ffff}]/u.test(c))
  if (privateUse) {
    return fail('NAME_INVALID', '姓名里有一个用造字软件打出来的字，别的手机和电脑认不出；请用输入法里的标准汉字重新输入这个生僻字（手写输入或部件输入都能找到）')
  }
  const radical = chars.find((c) => /[\u2e80-\u2fdf]/u.test(c))
  if (radical) {
    return fail('NAME_INVALID', `${describe(radical)}是部首符号，不是汉字；请用输入法重新打这个字`)
  }
  const other = chars.find((c) => c !== NAME_DOT && !IDEOGRAPH.test(c))
  if (other) {
    return fail('NAME_INVALID', `姓名里的${describe(other)}不是汉字；身份证上的姓名只有汉字和中间点“·”，请删掉或改正`)
  }
  if (chars[0] === NAME_DOT || chars[chars.length - 1] === NAME_DOT || name.includes(NAME_DOT + NAME_DOT)) {
    return fail('NAME_INVALID', '中间点“·”只能写在两个字中间，请检查姓名的开头、结尾和点的个数')
  }
  if (chars.length < 2) return fail('NAME_INVALID', '姓名至少 2 个字，请写全身份证上的姓名')
  if (chars.length > MAX_CHARACTERS) return fail('NAME_INVALID', `姓名最多 ${MAX_CHARACTERS} 个字，请按身份证上的写`)
  return ok(name)
}
