import fc from 'fast-check'
import { CORRECTABLE_FIELD_LIST } from '@/domain/filings/corrections'
import { checkDecisionContent, type DecisionContent } from './decision-content'
import { asksCorrectionsOnly, asksFillsOnly, asksQuestionsOnly, decisionNote, namesToFill, quotedReasons } from './decision-note'

describe('checkDecisionContent: a request lists everything at once, materials or corrections (一次性告知, 000 第五条; 001 办理流程)', () => {
  it.each<[string, DecisionContent, string, string]>([
    // case | decision | field | words in its message
    ['a request asking nothing', { decision: 'REQUEST_MATERIALS', reasons: [], missingItems: [], corrections: [] }, 'missingItems', '还缺的材料或要改正的内容'],
    ['a request without corrections given', { decision: 'REQUEST_MATERIALS', reasons: ['看不清'], missingItems: [] }, 'missingItems', '至少一项'],
    ['an unknown correction', { decision: 'REQUEST_MATERIALS', reasons: [], missingItems: [], corrections: ['idNumber'] }, 'corrections', '外地住址、联系电话、备用电话'],
    ['a correction twice', { decision: 'REQUEST_MATERIALS', reasons: [], missingItems: [], corrections: ['phone1', 'phone1'] }, 'corrections', '重复'],
    ['corrections on a refusal', { decision: 'REJECT', reasons: ['不是急诊'], missingItems: [], corrections: ['phone1'] }, 'corrections', '只有要求补充材料时'],
    ['corrections on an approval', { decision: 'APPROVE', reasons: [], missingItems: [], corrections: ['phone1'] }, 'corrections', '只有要求补充材料时'],
    ['a refusal without a reason', { decision: 'REJECT', reasons: [], missingItems: [] }, 'reasons', '写明原因'],
  ])('refuses %s', (_case, input, field, words) => {
    const r = checkDecisionContent(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.fields[field as keyof typeof r.fields]).toContain(words)
  })

  it.each<[string, DecisionContent, string[]]>([
    // case | decision | corrections answered
    ['materials only, as before', { decision: 'REQUEST_MATERIALS', reasons: [], missingItems: ['入院记录'] }, []],
    ['corrections only', { decision: 'REQUEST_MATERIALS', reasons: [], missingItems: [], corrections: ['addressAtDestination'] }, ['addressAtDestination']],
    ['both, corrections in the form order', { decision: 'REQUEST_MATERIALS', reasons: [], missingItems: ['入院记录'], corrections: ['phone2', 'addressAtDestination'] }, ['addressAtDestination', 'phone2']],
    ['an approval', { decision: 'APPROVE', reasons: [], missingItems: [], corrections: [] }, []],
  ])('accepts %s', (_case, input, corrections) => {
    expect(checkDecisionContent(input)).toEqual({ ok: true, value: { corrections } })
  })

  it('any set of known fields asked once is accepted, in the form order (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(CORRECTABLE_FIELD_LIST, { minLength: 1 }), (asked) => {
        const r = checkDecisionContent({ decision: 'REQUEST_MATERIALS', reasons: [], missingItems: [], corrections: asked })
        expect(r).toEqual({ ok: true, value: { corrections: CORRECTABLE_FIELD_LIST.filter((f) => asked.includes(f)) } })
      }),
    )
  })
})

describe('asksQuestionsOnly reads a decisionNote', () => {
  it.each<[string | null, boolean]>([
    ['请回答审核员的问题：为什么到广州就医？', true],
    ['请回答审核员的 2 个问题：为什么？；是转诊吗？。审核意见：急诊', true],
    ['请补充 1 项：入院记录；请回答审核员的问题：请说明受伤经过', false],
    ['请补充 1 项：为什么到广州就医？', false],
    [null, false],
  ])('%j → %p', (note, only) => {
    expect(asksQuestionsOnly(note)).toBe(only)
    if (note?.startsWith('请回答')) expect(decisionNote('REQUEST_MATERIALS', [], ['为什么到广州就医？']).startsWith(note.slice(0, 7))).toBe(true)
  })
})

describe('asksCorrectionsOnly reads a decisionNote', () => {
  it.each<[string | null, boolean]>([
    [decisionNote('REQUEST_MATERIALS', [], [], ['phone1']), true],
    [decisionNote('REQUEST_MATERIALS', ['打不通；请回答审核员的'], [], ['phone1', 'addressAtDestination']), true],
    [decisionNote('REQUEST_MATERIALS', [], ['为什么到广州就医？'], ['phone1']), false],
    [decisionNote('REQUEST_MATERIALS', [], ['入院记录'], ['phone1']), false],
    [decisionNote('REQUEST_MATERIALS', [], ['入院记录']), false],
    // A field the filing left empty is to 填写: still corrections only.
    [decisionNote('REQUEST_MATERIALS', [], [], ['addressAtDestination'], ['addressAtDestination']), true],
    [decisionNote('REQUEST_MATERIALS', [], ['为什么到广州就医？'], ['addressAtDestination'], ['addressAtDestination']), false],
    [null, false],
  ])('%j → %p', (note, only) => {
    expect(asksCorrectionsOnly(note)).toBe(only)
  })
})

describe('asksFillsOnly reads a decisionNote: only fields the filing left empty, to 填写', () => {
  const empty = ['addressAtDestination', 'phone2'] as const
  it.each<[string | null, boolean]>([
    [decisionNote('REQUEST_MATERIALS', [], [], ['addressAtDestination'], empty), true],
    [decisionNote('REQUEST_MATERIALS', ['写到门牌号。'], [], ['addressAtDestination', 'phone2'], empty), true],
    // Something written to correct as well, a question, a material: not 填写 only.
    [decisionNote('REQUEST_MATERIALS', [], [], ['phone1', 'addressAtDestination'], empty), false],
    [decisionNote('REQUEST_MATERIALS', [], ['为什么到广州就医？'], ['addressAtDestination'], empty), false],
    [decisionNote('REQUEST_MATERIALS', [], ['入院记录'], ['addressAtDestination'], empty), false],
    [decisionNote('REQUEST_MATERIALS', [], [], ['addressAtDestination']), false],
    [null, false],
  ])('%j → %p', (note, only) => {
    expect(asksFillsOnly(note)).toBe(only)
  })
})

describe('namesToFill reads the fields a decisionNote asked to 填写', () => {
  const empty = ['addressAtDestination', 'phone2'] as const
  it.each<[string | null, string[]]>([
    [decisionNote('REQUEST_MATERIALS', [], [], ['addressAtDestination'], empty), ['外地住址']],
    [decisionNote('REQUEST_MATERIALS', ['写到门牌号；别写错'], ['入院记录'], ['phone1', 'addressAtDestination', 'phone2'], empty), ['外地住址', '备用电话']],
    [decisionNote('REQUEST_MATERIALS', [], ['为什么到广州就医？'], ['phone2'], empty), ['备用电话']],
    [decisionNote('REQUEST_MATERIALS', [], [], ['phone1']), []],
    [decisionNote('REQUEST_MATERIALS', [], ['请填写 2 项：这不是字段']), []],
    [null, []],
  ])('%j → %j', (note, names) => {
    expect(namesToFill(note)).toEqual(names)
  })
})

describe('decisionNote names the fields to correct by their names (一次性告知)', () => {
  it.each<[string[], string[], Parameters<typeof decisionNote>[3], string]>([
    // missing | reasons | corrections | note
    [['入院记录'], [], [], '请补充 1 项：入院记录'],
    [[], [], ['addressAtDestination'], '请改正 1 项：外地住址'],
    [['入院记录'], ['住址写的是广州市'], ['addressAtDestination', 'phone1'], '请补充 1 项：入院记录；请改正 2 项：外地住址；联系电话。审核意见：住址写的是广州市'],
    // A reviewer's question is not a thing to 补充: said apart, last (what-was-asked).
    [['为什么到广州就医？'], [], [], '请回答审核员的问题：为什么到广州就医？'],
    [['入院记录', '请说明受伤经过'], [], ['phone1'], '请补充 1 项：入院记录；请改正 1 项：联系电话；请回答审核员的问题：请说明受伤经过'],
    [['为什么到广州就医？', '是转诊吗？'], ['急诊'], [], '请回答审核员的 2 个问题：为什么到广州就医？；是转诊吗？。审核意见：急诊'],
  ])('%j %j %j', (missing, reasons, corrections, note) => {
    expect(decisionNote('REQUEST_MATERIALS', reasons, missing, corrections)).toBe(note)
  })

  // An emergency filing's form has no 外地住址: asked for, it is to 填写, not 改正 (a trial).
  it.each<[Parameters<typeof decisionNote>[3], Parameters<typeof decisionNote>[4], string]>([
    // corrections | left empty when filed | note
    [['addressAtDestination'], ['addressAtDestination', 'phone2'], '请填写 1 项：外地住址'],
    [['addressAtDestination', 'phone1'], ['addressAtDestination'], '请改正 1 项：联系电话；请填写 1 项：外地住址'],
    [['phone1'], ['addressAtDestination'], '请改正 1 项：联系电话'],
  ])('%j, left empty %j → %s', (corrections, filedEmpty, note) => {
    expect(decisionNote('REQUEST_MATERIALS', [], [], corrections, filedEmpty)).toBe(note)
  })
})

describe('quotedReasons', () => {
  // A trial: the reviewer's 。 and the app's made 写到门牌号。。
  it.each<[string[], string]>([
    [['请写到门牌号。'], '请写到门牌号'],
    [['电话打不通；', '请核对'], '电话打不通；请核对'],
    [['地址不全', '写到门牌号 '], '地址不全；写到门牌号'],
  ])('%j → %s', (reasons, quoted) => {
    expect(quotedReasons(reasons)).toBe(quoted)
  })
})
