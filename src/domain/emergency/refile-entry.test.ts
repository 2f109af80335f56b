import { refileEntry, type RefileRecord } from './refile-entry'

// 柳州's trial: admitted 2025-09-26; the filing recorded the day they left (001 受理条件, 003 第五条(五): ≤ 3 months).
const RECORD: RefileRecord = { admittedOn: '2025-09-26', leftOn: '2025-09-20', awayReason: 'TRAVEL', criteria: ['ACUTE_PAIN'] }

describe('refileEntry: where 重新办急诊备案 opens the flow, and what its card says', () => {
  // case | record | waiting for (family member's name) | away length | opens at | the hint begins/contains
  it.each<[string, RefileRecord | null, string | null, 'UP_TO_3_MONTHS' | null, 'START' | 'DETAILS', string]>([
    ['every first-page answer recorded', RECORD, null, 'UP_TO_3_MONTHS', 'DETAILS', '直接到住院信息'],
    // 3 months from the day after leaving (001 受理条件): left 06-26, the last day is 09-26.
    ['left exactly 3 months before', { ...RECORD, leftOn: '2025-06-26' }, null, 'UP_TO_3_MONTHS', 'DETAILS', '直接到住院信息'],
    ['no 离开参保地日期 recorded: asked again', { ...RECORD, leftOn: null }, null, null, 'START', '先回答“离开参保地多久了”'],
    ['a day that no longer fits: never guessed', { ...RECORD, leftOn: '2025-06-25' }, null, null, 'START', '先回答“离开参保地多久了”'],
    ['no emergency recorded', null, null, null, 'START', '先回答“离开参保地多久了”'],
    ['nothing ticked recorded', { ...RECORD, criteria: [] }, null, 'UP_TO_3_MONTHS', 'START', '先回答第一页上没答的问题'],
    ['a family member who has not authorised the filer', RECORD, '张建华', 'UP_TO_3_MONTHS', 'START', '要等张建华同意让您代办'],
  ])('%s', (_, record, waitingFor, awayLength, opensAt, words) => {
    const entry = refileEntry(record, waitingFor)
    expect(entry.awayLength).toBe(awayLength)
    expect(entry.opensAt).toBe(opensAt)
    expect(entry.hint.startsWith('入院日期、医院和诊断已经替您填好。')).toBe(true)
    expect(entry.hint).toContain(words)
  })

  it('says it opens on the hospital and the diagnosis only when it does', () => {
    expect(refileEntry(RECORD, null).hint).toBe('入院日期、医院和诊断已经替您填好。点下面的按钮，直接到住院信息，核对一下，再拍一次材料就能提交。')
    expect(refileEntry({ ...RECORD, leftOn: null }, null).hint).toBe(
      '入院日期、医院和诊断已经替您填好。点下面的按钮，先回答“离开参保地多久了”，再点下一步核对住院信息，拍一次材料就能提交。',
    )
  })

  it('does not change the record', () => {
    const record = Object.freeze({ ...RECORD, criteria: Object.freeze([...RECORD.criteria]) }) as RefileRecord
    expect(() => refileEntry(record, null)).not.toThrow()
  })
})
