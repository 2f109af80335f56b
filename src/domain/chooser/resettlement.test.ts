import { POLICY_PROFILES, profileFor } from '@/domain/profiles'
import { HUKOU_QUESTION, resettlementAdvice } from './resettlement'
import { resolveChooser } from './resolve'

describe('resettlementAdvice: choosing 异地安置退休人员 directly asks what the guided chooser asks', () => {
  // columns: 参保地 | 户口 moved? | fits | on a commitment | type offered otherwise | scope
  it.each<[string, 'yes' | 'no', boolean, boolean, string | null, string]>([
    ['441700', 'no', false, false, 'LONG_TERM_RESIDENT', 'REGIONAL'], // 阳江 003 第五条(一): 户籍迁入定居地
    ['360100', 'no', false, false, 'LONG_TERM_RESIDENT', 'REGIONAL'], // 江西 004 事项描述
    ['320500', 'no', true, true, 'LONG_TERM_RESIDENT', 'REGIONAL'], // 江苏 002 第八条(一): 或个人承诺书
    ['450200', 'no', false, false, 'LONG_TERM_RESIDENT', 'DEFAULT'], // 广西: nothing of its own, the default
    ['440300', 'no', false, false, 'LONG_TERM_RESIDENT', 'DEFAULT'], // 深圳: the national default
    ['441700', 'yes', true, false, null, 'REGIONAL'],
    ['320500', 'yes', true, false, null, 'REGIONAL'],
    ['440300', 'yes', true, false, null, 'DEFAULT'],
  ])('insured in %s, 户口 moved: %s → fits %s, commitment %s, otherwise %s (%s)', (region, hukou, fits, onCommitment, otherwise, scope) => {
    const advice = resettlementAdvice(profileFor(region), hukou)
    expect(advice).toMatchObject({ fits, onCommitment, otherwise, scope })
    expect(advice.citations.length).toBeGreaterThan(0)
  })

  it('says what 异地安置 requires in each profile: 户口 moved, or the 承诺书 where that stands in', () => {
    expect(resettlementAdvice(profileFor('441700'), 'no').text).toContain('户籍也迁入')
    expect(resettlementAdvice(profileFor('320500'), 'no').text).toContain('个人承诺书')
    for (const p of POLICY_PROFILES) expect(p.resettlement.text).toContain('异地长期居住人员')
  })

  it('asks the guided chooser’s own question, whose 迁过去了 leads to 异地安置 and 没有迁 away from it', () => {
    expect(HUKOU_QUESTION.answers.map((a) => a.id).sort()).toEqual(['no', 'yes'])
    const moved = resolveChooser({ reason: 'retired', hukou: 'yes' })
    expect(moved.done && moved.type).toBe('RETIRED_RESETTLED')
    const stayed = resolveChooser({ reason: 'retired', hukou: 'no', stayLength: 'sixMonthsPlus' })
    expect(stayed.done && stayed.type).toBe(resettlementAdvice(profileFor('441700'), 'no').otherwise)
  })
})
