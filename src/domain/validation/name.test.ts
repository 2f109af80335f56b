import { checkName, normalizeName, sameName } from './name'

// Expected messages are matched by a fragment that names the actual fault.
describe('checkName: every CJK ideograph, dots normalised, a message that names the fault', () => {
  it.each<[string, string | null, string]>([
    // input | expected stored name (null = refused) | what it is
    ['张建华', '张建华', 'basic block'],
    ['赵孟𫖯', '赵孟𫖯', 'U+2B5AF (Extension C), 通用规范汉字表 rare character on ID cards'],
    ['王𠀀', '王𠀀', 'U+20000, first of Extension B'],
    ['李𪛖', '李𪛖', 'U+2A6D6 (Extension B end)'],
    ['陈𫝀', '陈𫝀', 'U+2B740, first of Extension D'],
    ['刘𬺰', '刘𬺰', 'U+2CEB0, first of Extension F'],
    ['周\u{2EBF0}', '周\u{2EBF0}', 'U+2EBF0, first of Extension I'],
    ['吴\u{30000}', '吴\u{30000}', 'U+30000, first of Extension G'],
    ['郑\u{31350}', '郑\u{31350}', 'U+31350, first of Extension H'],
    ['冯\u{2F800}', '冯\u{2F800}', 'U+2F800, Compatibility Ideographs Supplement'],
    ['林\uF900', '林\uF900', 'U+F900 compatibility ideograph kept as typed (no NFC)'],
    ['㐀明', '㐀明', 'U+3400, Extension A'],
    ['王〇', '王〇', 'U+3007 ideographic zero'],
    ['买买提·艾力', '买买提·艾力', 'Uyghur name with U+00B7'],
    ['买买提•艾力', '买买提·艾力', 'U+2022 bullet → U+00B7'],
    ['阿依古丽・买买提', '阿依古丽·买买提', 'U+30FB katakana middle dot → U+00B7'],
    ['阿依古丽･买买提', '阿依古丽·买买提', 'U+FF65 halfwidth katakana middle dot → U+00B7'],
    ['热依拉‧吐尔逊', '热依拉·吐尔逊', 'U+2027 hyphenation point → U+00B7'],
    ['扎西∙次仁', '扎西·次仁', 'U+2219 bullet operator → U+00B7'],
    ['古丽⋅沙吾提', '古丽·沙吾提', 'U+22C5 dot operator → U+00B7'],
    ['玉素甫·阿不都·热合曼', '玉素甫·阿不都·热合曼', 'two dots'],
    ['  张三  ', '张三', 'spaces around are trimmed'],
  ])('%s is accepted as %s (%s)', (input, stored) => {
    expect(checkName(input)).toEqual({ ok: true, value: stored })
  })

  it.each<[string, string, string]>([
    // input | expected message fragment | what is wrong
    ['', '请填写姓名', 'empty'],
    ['张 三', '不要有空格', 'a space'],
    ['张\u3000三', '不要有空格', 'an ideographic space'],
    ['Zhang San', '不要用拼音、字母或数字', 'pinyin: the letters are the fault, not the space'],
    ['ZhangSan', '不要用拼音、字母或数字', 'letters'],
    ['张三2', '不要用拼音、字母或数字', 'a digit'],
    ['张Ｓ', '不要用拼音、字母或数字', 'a full-width letter'],
    ['赵孟\ue000', '造字软件', 'a Private Use Area character from a 造字 font'],
    ['⽼王', '部首符号', 'U+2F7C KANGXI RADICAL OLD in place of 老'],
    ['张三😀', '“😀”不是汉字', 'an emoji'],
    ['张-三', '“-”不是汉字', 'a hyphen'],
    ['·张三', '只能写在两个字中间', 'a leading dot'],
    ['张三·', '只能写在两个字中间', 'a trailing dot'],
    ['买买提··艾力', '只能写在两个字中间', 'two dots together'],
    ['张', '至少 2 个字', 'one character'],
    ['张'.repeat(31), '最多 30 个字', '31 characters'],
  ])('%s is refused: %s (%s)', (input, fragment) => {
    const r = checkName(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(fragment)
  })

  it('a 30-character name of astral characters counts characters, not UTF-16 units', () => {
    expect(checkName('𫖯'.repeat(30)).ok).toBe(true)
  })

  it('accepts every code point Unicode marks Unified_Ideograph (the blocks list misses none)', () => {
    const missed: string[] = []
    const unified = /^\p{Unified_Ideograph}$/u
    for (let cp = 0x3000; cp <= 0x3ffff; cp++) {
      const ch = String.fromCodePoint(cp)
      if (unified.test(ch) && !checkName(`王${ch}`).ok) missed.push(cp.toString(16))
    }
    expect(missed).toEqual([])
  })
})

describe('normalizeName / sameName: the signature compares as the stored name does', () => {
  it.each<[string, string, boolean]>([
    ['买买提•艾力', '买买提·艾力', true],
    ['买买提・艾力 ', '买买提·艾力', true],
    ['买买提艾力', '买买提·艾力', false],
    ['赵孟𫖯', '赵孟頫', false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same)
  })

  it('normalises to U+00B7', () => {
    expect(normalizeName('阿依古丽∙买买提')).toBe('阿依古丽\u00b7买买提')
  })
})
