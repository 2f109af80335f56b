import { ASKED_WORDS, FILL_WORDS, askedByLine, askedWords, isQuestionLine, questionLines, whatWasAsked } from './what-was-asked'

describe('whatWasAsked', () => {
  it('a question only', () => {
    expect(whatWasAsked({ missingItems: ['为什么到广州就医？'], corrections: [] })).toBe('QUESTION')
    expect(whatWasAsked({ missingItems: ['请说明这次是在哪里、怎么受的伤'] })).toBe('QUESTION')
  })
  it('materials only (corrections beside them count as materials)', () => {
    expect(whatWasAsked({ missingItems: ['身份证背面'], corrections: [] })).toBe('MATERIALS')
    expect(whatWasAsked({ missingItems: ['身份证背面'], corrections: ['phone1'] })).toBe('MATERIALS')
    expect(whatWasAsked({ missingItems: [] })).toBe('MATERIALS')
  })
  // A trial: a phone to correct was called 补充材料 while the page said 不用拍照.
  it('corrections only: CORRECTION, 待改正填写的内容, 请在 … 前改好', () => {
    expect(whatWasAsked({ missingItems: [], corrections: ['phone1'] })).toBe('CORRECTION')
    expect(whatWasAsked({ missingItems: [], corrections: ['addressAtDestination', 'phone2'] })).toBe('CORRECTION')
    expect(ASKED_WORDS.CORRECTION).toMatchObject({ status: '待改正填写的内容', cardTitle: '要改正填写的内容', action: '去改正', cameBackWith: '已改正', reviewerAsked: '请本人改正填写的内容' })
    expect(askedByLine('2026-12-11', 'CORRECTION')).toBe('请在 2026 年 12 月 11 日 24:00 前改好')
  })
  it('both', () => {
    expect(whatWasAsked({ missingItems: ['身份证背面', '请问是转诊吗'] })).toBe('MATERIALS_AND_QUESTION')
    expect(whatWasAsked({ missingItems: ['为什么?'], corrections: ['phone1'] })).toBe('MATERIALS_AND_QUESTION')
  })
  it('tells question lines by how they are written', () => {
    expect(isQuestionLine('请问您这次住院是转诊吗')).toBe(true)
    expect(isQuestionLine('是否已在当地居住满半年')).toBe(true)
    expect(isQuestionLine('户口簿（请说明户主）')).toBe(false)
    expect(questionLines(['身份证', '为什么？'])).toEqual(['为什么？'])
  })
  it('WeChat words fit the template limits (phrase ≤ 5, thing ≤ 20)', () => {
    for (const w of Object.values(ASKED_WORDS)) {
      expect([...w.messageResult].length).toBeLessThanOrEqual(5)
      if (w.messageNote !== null) expect([...w.messageNote].length).toBeLessThanOrEqual(20)
    }
    expect(ASKED_WORDS.QUESTION.messageResult).toBe('待回答问题')
  })
})

describe('askedWords: 填写 for fields the filing left empty, corrections only', () => {
  it('fills only: 填写 words, the same deadline word as askedByLine', () => {
    expect(askedWords('CORRECTION', true)).toBe(FILL_WORDS)
    expect(askedWords('CORRECTION', true).action).toBe('去填写')
    expect(askedByLine('2026-12-11', 'CORRECTION', true)).toBe(`请在 2026 年 12 月 11 日 24:00 前${FILL_WORDS.byDeadline}`)
  })
  it.each(['MATERIALS', 'QUESTION', 'MATERIALS_AND_QUESTION', 'CORRECTION'] as const)('%s without fillOnly, and with it unless corrections only: its own words', (asked) => {
    expect(askedWords(asked)).toBe(ASKED_WORDS[asked])
    if (asked !== 'CORRECTION') expect(askedWords(asked, true)).toBe(ASKED_WORDS[asked])
  })
  it('no word of 改正 in the 填写 words, and the message result fits its 5 characters', () => {
    for (const words of Object.values(FILL_WORDS)) if (words !== null) expect(words).not.toMatch(/改/)
    expect([...FILL_WORDS.messageResult].length).toBeLessThanOrEqual(5)
  })
})

describe('askedByLine: by when, in the words every page uses', () => {
  it.each<[Parameters<typeof askedByLine>[1], string]>([
    ['MATERIALS', '请在 2026 年 12 月 11 日 24:00 前补齐'],
    ['QUESTION', '请在 2026 年 12 月 11 日 24:00 前回答'],
    ['MATERIALS_AND_QUESTION', '请在 2026 年 12 月 11 日 24:00 前补齐并回答'],
  ])('%s → %s', (asked, line) => {
    expect(askedByLine('2026-12-11', asked)).toBe(line)
  })
})
