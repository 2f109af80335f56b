import fc from 'fast-check'
import { checkText } from './check-text'

const reason = { label: '取消原因', multiline: true }
const address = { label: '就医地联系地址', noAngleBrackets: true }
const code = { label: '登录码' }

describe('checkText: free text holds only characters a person can see and type', () => {
  // value | field | expected code or null | what it is (Unicode name / source)
  it.each<[string, { label: string; multiline?: boolean; noAngleBrackets?: boolean }, string | null, string]>([
    ['工作调动，改去广州', reason, null, 'plain Chinese'],
    ['Room 5, 8 号 (东门)', address, null, 'Latin, digits, ASCII punctuation, full-width brackets'],
    ['家里有事\n下个月再去', reason, null, 'a line break where several lines are meant'],
    ['家里有事\r\n下个月再去', reason, null, 'CR LF where several lines are meant'],
    ['阳江市　东风路 8 号', address, null, 'U+3000 IDEOGRAPHIC SPACE (typed by Chinese IMEs)'],
    ['住院😷', reason, null, 'an emoji (astral plane, a proper surrogate pair)'],
    ['家里有事\n下个月', { label: '医院名称' }, 'TEXT_LINE_BREAK', 'LF in a one-line field'],
    ['a\rb', reason, 'TEXT_INVISIBLE_CHARACTERS', 'a lone CR even where lines are allowed'],
    ['x\u0000y', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+0000 NUL (PostgreSQL refuses it in text)'],
    ['dev:a\u0000b', code, 'TEXT_INVISIBLE_CHARACTERS', 'NUL in the login code'],
    ['a\tb', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+0009 TAB (C0 control)'],
    ['a\u001fb', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+001F UNIT SEPARATOR, last C0'],
    ['a\u007fb', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+007F DELETE'],
    ['a\u0085b', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+0085 NEXT LINE (C1)'],
    ['a\u009fb', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+009F APPLICATION PROGRAM COMMAND, last C1'],
    ['东风路\u202e8 号', address, 'TEXT_INVISIBLE_CHARACTERS', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['a\u202ab', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['a\u2066b', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['a\u2069b', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+2069 POP DIRECTIONAL ISOLATE'],
    ['a\u200eb', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+200E LEFT-TO-RIGHT MARK'],
    ['a\u200fb', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+200F RIGHT-TO-LEFT MARK'],
    ['a\u061cb', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+061C ARABIC LETTER MARK'],
    ['a\u2028b', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+2028 LINE SEPARATOR'],
    ['东风\u200b路', address, 'TEXT_INVISIBLE_CHARACTERS', 'U+200B ZERO WIDTH SPACE'],
    ['a\u200db', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+200D ZERO WIDTH JOINER'],
    ['a\u2060b', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+2060 WORD JOINER'],
    ['\ufeffa', reason, 'TEXT_INVISIBLE_CHARACTERS', 'U+FEFF BYTE ORDER MARK'],
    ['a\ud800b', reason, 'TEXT_INVISIBLE_CHARACTERS', 'a lone high surrogate'],
    ['a\udc00', reason, 'TEXT_INVISIBLE_CHARACTERS', 'a lone low surrogate'],
    ['东风路<script>alert(1)</script>', address, 'TEXT_ANGLE_BRACKETS', 'markup in an address'],
    ['血压>180', reason, null, 'angle brackets in a reason: staff may write them'],
  ])('%j (%s) → %p: %s', (value, field, expected) => {
    const result = checkText(value, field)
    if (expected === null) expect(result).toEqual({ ok: true, value })
    else expect(result).toMatchObject({ ok: false, code: expected })
  })

  it('names the field and says what to do', () => {
    expect(checkText('x\u0000y', reason)).toEqual({
      ok: false,
      code: 'TEXT_INVISIBLE_CHARACTERS',
      message: '取消原因里有看不见的特殊字符，请删掉后重新输入',
    })
    expect(checkText('a\nb', { label: '医院名称' })).toMatchObject({ message: '医院名称只能写一行，请删掉换行后重新输入' })
    expect(checkText('<b>', address)).toMatchObject({ message: '就医地联系地址里不能有“<”或“>”，请删掉后重新输入' })
  })

  it('accepts every string of printable BMP CJK, Latin and punctuation (property)', () => {
    const printable = fc.constantFrom(...'张三李四阳江市东风路号室（）()-,.，。、·#0123456789abcXYZ　 ')
    fc.assert(fc.property(fc.array(printable).map((a) => a.join('')), (s) => expect(checkText(s, address).ok).toBe(true)))
  })

  it('anything accepted is free of C0/C1 controls and lone surrogates and is valid UTF-8 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (s, multiline) => {
        const result = checkText(s, { label: '说明', multiline })
        if (!result.ok) return
        expect(s.replace(/\r?\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]/)
        expect(Buffer.from(s, 'utf8').toString('utf8')).toBe(s)
      }),
    )
  })

  it('does not change what it accepts', () => {
    const value = '  阳江市 东风路 8 号  '
    expect(checkText(value, address)).toEqual({ ok: true, value })
  })
})
