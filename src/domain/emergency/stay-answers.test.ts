import { hasGivenAnswers, isDeemedFiledStay, judgeStayAnswers, type StayAnswers } from './stay-answers'

describe('judgeStayAnswers: is the stay an emergency admission, by the answers so far (000 附件5; 002 第八条(五), 第三十七条)', () => {
  // admitted | criteria ticked | 以上都不是 | verdict
  it.each<[StayAnswers['admitted'], StayAnswers['criteria'], boolean, ReturnType<typeof judgeStayAnswers>]>([
    [null, [], false, 'OPEN'],
    // 苏州 picked, nothing answered yet: no 好消息 (a trial)
    ['YES', [], false, 'OPEN'],
    [null, ['TRAUMA'], false, 'OPEN'],
    ['YES', ['TRAUMA'], false, 'QUALIFIES'],
    ['YES', ['ACUTE_PAIN', 'DOCTOR_JUDGED'], false, 'QUALIFIES'],
    ['NO', [], false, 'RULED_OUT'],
    ['NO', ['TRAUMA'], false, 'RULED_OUT'],
    ['YES', [], true, 'RULED_OUT'],
    [null, [], true, 'RULED_OUT'],
  ])('admitted %s, ticked %j, 以上都不是 %s → %s', (admitted, criteria, noneOfThese, verdict) => {
    expect(judgeStayAnswers({ admitted, criteria, noneOfThese })).toBe(verdict)
  })

  it('does not change the answers it reads', () => {
    const answers: StayAnswers = Object.freeze({ admitted: 'YES', criteria: Object.freeze(['TRAUMA'] as const), noneOfThese: false })
    expect(judgeStayAnswers(answers)).toBe('QUALIFIES')
  })
})

describe('isDeemedFiledStay: 视同已备案 told only once the answers make it an emergency admission (002 第八条(五), 第三十七条)', () => {
  // profile deems filed | admitted | criteria ticked | 以上都不是 | told
  it.each<[boolean, StayAnswers['admitted'], StayAnswers['criteria'], boolean, boolean]>([
    // a son chose his 苏州-insured father, nothing answered yet (a trial)
    [true, null, [], false, false],
    [true, 'YES', [], false, false],
    [true, 'YES', ['TRAUMA'], false, true],
    [true, 'NO', ['TRAUMA'], false, false],
    [true, 'YES', [], true, false],
    [false, 'YES', ['TRAUMA'], false, false],
  ])('deemed %s, admitted %s, ticked %j, 以上都不是 %s → %s', (deemed, admitted, criteria, noneOfThese, told) => {
    expect(isDeemedFiledStay(deemed, { admitted, criteria, noneOfThese })).toBe(told)
  })
})

describe('hasGivenAnswers: anything answered on the first page yet (asked whose on return from 先添加家人)', () => {
  const none = { admittedOn: '', admitted: null, criteria: [], noneOfThese: false, awayReason: null, awayLength: null } as const
  // patch | given
  it.each<[Partial<Parameters<typeof hasGivenAnswers>[0]>, boolean]>([
    [{}, false],
    [{ admittedOn: '2026-12-03' }, true],
    [{ admitted: 'NO' }, true],
    [{ criteria: ['TRAUMA'] }, true],
    [{ noneOfThese: true }, true],
    [{ awayLength: 'MORE' }, true],
  ])('%j → %s', (patch, given) => {
    expect(hasGivenAnswers({ ...none, ...patch })).toBe(given)
  })
})
