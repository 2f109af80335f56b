import { maskIdNumber, maskPhone, maskSensitiveText } from '@server/logging/mask'

describe('maskIdNumber / maskPhone', () => {
  it('keeps the region prefix and last four of an ID number', () => {
    expect(maskIdNumber('110101199003071234')).toBe('1101**********1234')
    expect(maskIdNumber('11010119900307123X')).toBe('1101**********123X')
  })

  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })

  it('masks short values completely rather than revealing most of them', () => {
    expect(maskIdNumber('1234')).toBe('****')
    expect(maskPhone('138')).toBe('***')
  })
})

describe('maskSensitiveText', () => {
  // text | masked
  it.each([
    ['{"idNumber":"110101199003071233"}', '{"idNumber":"1101**********1233"}'],
    ['id 11010119900307123x here', 'id 1101**********123x here'],
    ['call 13812345678 now', 'call 138****5678 now'],
    ['Key (id_number)=(110101199003071233) already exists', 'Key (id_number)=(1101**********1233) already exists'],
    // Not person data: timestamps (13 digits), UUIDs, longer digit runs, numbers not starting 1[3-9].
    ['{"time":1759284000000}', '{"time":1759284000000}'],
    ['"reqId":"req-1","userId":"3f0c8a1e-1b2c-4d5e-8f90-123456789abc"', '"reqId":"req-1","userId":"3f0c8a1e-1b2c-4d5e-8f90-123456789abc"'],
    ['1234567890123456789012', '1234567890123456789012'],
    ['12345678901', '12345678901'],
  ])('%s', (text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked)
  })
})

describe('maskSensitiveText: the encodings a log line carries (issue 10, fault 6)', () => {
  // text | masked | where it comes from
  it.each([
    ['/api/status?number=%20110101199003076632&idTail=076632', '/api/status?number=%201101**********6632&idTail=076632', 'after %20 (the issue)'],
    ['q=%0A110101199003076632', 'q=%0A1101**********6632', 'after %0A'],
    ['q=%2B110101199003076632%0A', 'q=%2B1101**********6632%0A', 'after %2B, before %0A'],
    ['number%3D110101199003076632', 'number%3D1101**********6632', 'after %3D (an encoded =)'],
    ['id110101199003076632', 'id1101**********6632', 'right after letters'],
    ['id_110101199003076632_x', 'id_1101**********6632_x', 'between underscores'],
    ['110101199003076632abc', '1101**********6632abc', 'right before letters'],
    ['身份证110101199003076632号', '身份证1101**********6632号', 'between Chinese characters'],
    ['号码　110101199003076632', '号码　1101**********6632', 'after a full-width space U+3000'],
    ['１１０１０１１９９００３０７６６３２', '１１０１**********６６３２', 'full-width digits'],
    ['１１０１０１１９９００３０７１２３Ｘ', '１１０１**********１２３Ｘ', 'full-width digits and Ｘ'],
    ['"11010119900307123X"', '"1101**********123X"', 'X check digit in a JSON string'],
    ['"11010119900307123x"', '"1101**********123x"', 'x check digit'],
    ['{"msg":"bad\\n110101199003076632"}', '{"msg":"bad\\n1101**********6632"}', 'after a JSON \\n escape'],
    ['{"msg":"\\u3000110101199003076632"}', '{"msg":"\\u30001101**********6632"}', 'after a JSON \\u escape'],
    ['{"url":"/api/status?number=%20110101199003076632"}', '{"url":"/api/status?number=%201101**********6632"}', 'a URL inside a JSON string'],
    ['tel=%2B8613812345678', 'tel=%2B86138****5678', 'phone after %2B86'],
    ['+8613812345678', '+86138****5678', 'phone after +86'],
    ['tel%2013812345678', 'tel%20138****5678', 'phone after %20'],
    ['phone13812345678', 'phone138****5678', 'phone after letters'],
    ['手机　１３８１２３４５６７８', '手机　１３８****５６７８', 'full-width phone after a full-width space'],
    ['"138 1234 5678"', '"138******5678"', 'phone written with spaces'],
    ['"138-1234-5678"', '"138******5678"', 'phone written with dashes'],
    ['%0A13812345678%0A', '%0A138****5678%0A', 'phone between %0A'],
    // Not person data: longer digit runs stay, also after an escape.
    ['%2012345678901234567890', '%2012345678901234567890', 'a 20-digit run after %20'],
    ['1110101199003076632', '1110101199003076632', '19 digits'],
    ['{"responseTime":13.812345678901}', '{"responseTime":13.812345678901}', 'a decimal'],
  ])('%s → %s (%s)', (text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked)
  })

  it('leaves no 18-character ID run or 11-digit mobile in any encoding of the corpus (property)', () => {
    const id = '110101199003076632'
    const phone = '13812345678'
    const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    const before = ['', ' ', '%20', '%0A', '%2B', 'a', 'Z', '_', '\u3000', '\\n', '\\u0020', '"', '=', '号']
    for (const prefix of before) {
      for (const value of [id, phone, wide(id), wide(phone)]) {
        for (const suffix of ['', '%0A', 'x', '_', '"', '\u3000']) {
          const out = maskSensitiveText(`${prefix}${value}${suffix}`)
          expect(out).not.toContain(value)
          expect(out).toContain('****')
        }
      }
    }
  })
})
