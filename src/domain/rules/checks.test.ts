import { checkEmergencyTrip } from './check-emergency-trip'
import { checkStartBeforeAdmission } from './check-start-before-admission'

describe('checkEmergencyTrip: away ≤ 3 months (001 受理条件; 003 第五条(五))', () => {
  // left | admitted | ok | code
  it.each([
    ['2025-06-01', '2025-06-01', true, undefined],
    ['2025-06-01', '2025-09-01', true, undefined],
    ['2025-06-01', '2025-09-02', false, 'EMERGENCY_TRIP_TOO_LONG'],
    ['2025-11-30', '2026-02-28', true, undefined],
    ['2025-11-30', '2026-03-01', false, 'EMERGENCY_TRIP_TOO_LONG'],
    ['2025-06-02', '2025-06-01', false, 'DATE_RANGE_INVERTED'],
    ['2025-06-31', '2025-07-01', false, 'DATE_INVALID'],
  ])('left %s, admitted %s → ok %p %s', (leftOn, admittedOn, ok, code) => {
    const r = checkEmergencyTrip({ leftOn, admittedOn })
    expect(r.ok).toBe(ok)
    if (!r.ok) expect(r.code).toBe(code)
    expect(r.citations.map((c) => c.article)).toEqual(['受理条件', '第五条(五)'])
  })
})

describe('checkStartBeforeAdmission (004 表8 温馨提示5)', () => {
  it.each([
    ['2025-09-20', '2025-09-26', true, undefined],
    ['2025-09-26', '2025-09-26', true, undefined],
    ['2025-09-27', '2025-09-26', false, 'START_AFTER_ADMISSION'],
    ['2025-09-xx', '2025-09-26', false, 'DATE_INVALID'],
  ])('start %s, admitted %s → ok %p %s', (startDate, admittedOn, ok, code) => {
    const r = checkStartBeforeAdmission({ startDate, admittedOn })
    expect(r.ok).toBe(ok)
    if (!r.ok) expect(r.code).toBe(code)
    expect(r.citations[0].article).toBe('表8 温馨提示5')
  })
})
