import { commitmentConsequence, commitmentTextFor } from './commitment'

// Issue 12 item 11: the commitment text matches the type; its consequence and the alternatives are
// said before anyone signs (002 第十条).
describe('commitmentTextFor', () => {
  it.each([
    // [type, student, declared (must contain), must not contain]
    ['RETIRED_RESETTLED', false, '我已经退休，在外地定居养老', '学生'],
    ['LONG_TERM_RESIDENT', false, '我确实要在外地居住、生活 6 个月以上', '学生'],
    ['STATIONED_WORKER', false, '我确实因为工作要在外地连续工作 6 个月以上', '学生'],
    ['STATIONED_WORKER', true, '我是在校学生，确实因为在外地上学、实习，或放假、休学回户口所在地', '6 个月以上'],
  ] as const)('%s (student: %s) declares "%s"', (type, student, declared, absent) => {
    const text = commitmentTextFor(type, { student, lockMonths: 6 }).text
    expect(text.includes(declared)).toBe(true)
    expect(text.includes(absent)).toBe(false)
    // The lock is stated in every text (002 第十条).
    expect(text.includes('4. 用承诺书备案的，满 6 个月后才能申请变更或取消备案。')).toBe(true)
  })

  it('the student text says the 6-month rule does not apply and cites 003 第五条(三)', () => {
    const t = commitmentTextFor('STATIONED_WORKER', { student: true })
    expect(t.text.split('\n')[1]).toBe('1. 在外地分校上学、实习，或放假、休学回户口所在地的学生，按常驻异地工作人员办理，不受 6 个月的限制。')
    expect(t.citations.map((c) => `${c.doc} ${c.article}`)).toContain('阳医保通〔2021〕23号 第五条(三)')
    expect(t.version).toBe('2026-12')
  })
})

describe('commitmentConsequence', () => {
  it.each([
    [6, '用承诺书办理的备案，满 6 个月前不能变更，也不能取消。确有客观原因的，只能联系参保地医保经办机构。'],
    [3, '用承诺书办理的备案，满 3 个月前不能变更，也不能取消。确有客观原因的，只能联系参保地医保经办机构。'],
  ])('%i months → %s', (months, consequence) => {
    const c = commitmentConsequence(months)
    expect(c.consequence).toBe(consequence)
    expect(c.alternatives).toEqual([
      '有证明材料的（居住证、工作证明、学生证或实习证明等），上传证明就行，备案可以随时变更或取消。',
      '只是短时间去外地（比如放假回家几周），可以办“其他临时外出就医”备案，只要身份证明，不用承诺书。',
    ])
    expect(c.citations.map((x) => x.article)).toEqual(['第十条', '表8 温馨提示6', '第八条(六)'])
  })
})
