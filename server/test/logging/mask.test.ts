import { maskIdNumber, maskPhone, maskSensitiveText } from '../../src/logging/mask'

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
