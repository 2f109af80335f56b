import { chinaDateOf, chinaToday } from './china-date'

describe('chinaDateOf', () => {
  it.each([
    ['2025-09-28T15:59:59.999Z', '2025-09-28'],
    ['2025-09-28T16:00:00.000Z', '2025-09-29'],
    ['2025-09-28T16:00:00.001Z', '2025-09-29'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
    ['1969-12-31T15:59:59.999Z', '1969-12-31'],
    ['1969-12-31T16:00:00.000Z', '1970-01-01'],
  ])('%s is %s in China (UTC+8, whatever the time zone here)', (iso, date) => {
    expect(chinaDateOf(new Date(iso))).toBe(date)
  })

  it('asked again the same day, and back and forth across midnight, answers each day right (the kept day)', () => {
    const instants = ['2025-09-28T15:00:00Z', '2025-09-28T15:30:00Z', '2025-09-28T16:30:00Z', '2025-09-28T15:45:00Z', '2025-09-29T01:00:00Z']
    expect(instants.map((iso) => chinaToday(new Date(iso)))).toEqual(['2025-09-28', '2025-09-28', '2025-09-29', '2025-09-28', '2025-09-29'])
  })

  it('an invalid Date throws RangeError', () => {
    expect(() => chinaDateOf(new Date('not a date'))).toThrow(RangeError)
  })
})
