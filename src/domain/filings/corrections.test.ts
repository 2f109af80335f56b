import { findRegion } from '@/domain/regions'
import { checkCorrections, correctionItems, isCorrectionItem, isFillItem, whatLinesAsk, withFillItems, type ContactCorrections, type CorrectableField, type CorrectionsContext } from './corrections'

const YANGJIANG = findRegion('441700')!
/** A filing to 阳江 whose address names 广州 (the trial that asked for corrections). */
const current = { phone1: '13812345678', phone2: null, addressAtDestination: '广州市天河区体育西路 8 号' }
const ctx = (asked: CorrectableField[], change: Partial<CorrectionsContext> = {}): CorrectionsContext => ({ asked, current, destination: YANGJIANG, ...change })

describe('checkCorrections: only the fields the reviewer asked, each of them, checked as when filing (checkContacts; 004 表8)', () => {
  it.each<[string, CorrectableField[], ContactCorrections | undefined, 'CORRECTION_NOT_ASKED' | 'CORRECTION_INVALID', string, string]>([
    // case | asked | sent | code | field named | words in its message
    ['a field not asked', ['addressAtDestination'], { addressAtDestination: '阳江市江城区东风路 8 号', phone1: '13900001111' }, 'CORRECTION_NOT_ASKED', 'phone1', '没有请您改联系电话'],
    ['nothing asked, a phone sent', [], { phone2: '13900001111' }, 'CORRECTION_NOT_ASKED', 'phone2', '点“变更”'],
    ['an asked field left out', ['addressAtDestination'], undefined, 'CORRECTION_INVALID', 'addressAtDestination', '请您改正外地住址'],
    ['an asked address left empty', ['addressAtDestination'], { addressAtDestination: '  ' }, 'CORRECTION_INVALID', 'addressAtDestination', '请您改正'],
    ['the address still in another city (addressPlaceMismatch)', ['addressAtDestination'], { addressAtDestination: '广州市天河区体育西路 9 号' }, 'CORRECTION_INVALID', 'addressAtDestination', '不一致'],
    ['an address without its number (checkAddressDetail)', ['addressAtDestination'], { addressAtDestination: '阳江市江城区东风路' }, 'CORRECTION_INVALID', 'addressAtDestination', '门牌号'],
    ['a wrong mobile (SPEC §9)', ['phone1'], { phone1: '1390000' }, 'CORRECTION_INVALID', 'phone1', '11 位'],
    ['a wrong second phone', ['phone2'], { phone2: '12' }, 'CORRECTION_INVALID', 'phone2', '座机'],
  ])('%s', (_case, asked, sent, code, field, words) => {
    const r = checkCorrections(sent, ctx(asked))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.code).toBe(code)
    expect(r.fields[field as CorrectableField]).toContain(words)
    expect(r.message).toContain(words)
  })

  it('an unknown field is refused by name', () => {
    const r = checkCorrections({ idNumber: 'x' } as ContactCorrections, ctx(['phone1']))
    expect(r).toMatchObject({ ok: false, code: 'CORRECTION_NOT_ASKED', message: expect.stringContaining('“idNumber”不是可以改正的内容') })
  })

  it('answers the contacts to store and each change, old → new; the others kept as they were', () => {
    const r = checkCorrections({ addressAtDestination: ' 阳江市江城区东风路 8 号 ', phone1: '139 0000-1111' }, ctx(['phone1', 'addressAtDestination']))
    expect(r).toEqual({
      ok: true,
      value: {
        contacts: { phone1: '13900001111', phone2: null, addressAtDestination: '阳江市江城区东风路 8 号' },
        changes: [
          { field: 'addressAtDestination', from: '广州市天河区体育西路 8 号', to: '阳江市江城区东风路 8 号' },
          { field: 'phone1', from: '13812345678', to: '13900001111' },
        ],
      },
    })
  })

  it('a field asked is judged, one not asked is not judged again (an address filed before a rule was added)', () => {
    const r = checkCorrections({ phone1: '13900001111' }, ctx(['phone1']))
    expect(r.ok && r.value.contacts.addressAtDestination).toBe(current.addressAtDestination)
  })

  it('the 备用电话 may be emptied (004 表8: optional), and a field may come back unchanged (listed from = to)', () => {
    const withBackup = { ...current, phone2: '0662-1234567' }
    const emptied = checkCorrections({ phone2: '' }, ctx(['phone2'], { current: withBackup }))
    expect(emptied.ok && emptied.value.changes).toEqual([{ field: 'phone2', from: '0662-1234567', to: null }])
    const kept = checkCorrections({ phone1: '13812345678' }, ctx(['phone1']))
    expect(kept.ok && kept.value.changes).toEqual([{ field: 'phone1', from: '13812345678', to: '13812345678' }])
  })

  it('多地备案: the address is not compared with one place (002 第十一条)', () => {
    expect(checkCorrections({ addressAtDestination: '广州市天河区体育西路 9 号' }, ctx(['addressAtDestination'], { multiPlace: true })).ok).toBe(true)
  })

  it('does not change what it is given', () => {
    const sent = { addressAtDestination: ' 阳江市江城区东风路 8 号 ' }
    const asked: CorrectableField[] = ['addressAtDestination']
    const before = JSON.stringify([sent, asked, current])
    checkCorrections(sent, ctx(asked))
    expect(JSON.stringify([sent, asked, current])).toBe(before)
  })
})

describe('isCorrectionItem: the lines correctionItems writes, and no other', () => {
  it.each<[string, boolean]>([
    ['改正外地住址', true],
    ['改正联系电话', true],
    ['改正备用电话', true],
    ['入院记录', false],
    ['改正', false],
    ['改正身份证号', false],
    ['请改正联系电话', false],
  ])('%s → %s', (line, expected) => {
    expect(isCorrectionItem(line)).toBe(expected)
  })

  it('every line correctionItems writes is one', () => {
    expect(correctionItems(['addressAtDestination', 'phone1', 'phone2']).every(isCorrectionItem)).toBe(true)
  })
})

describe('withFillItems: the fields a request asked to 填写 (left empty when filed) listed as 填写…', () => {
  it('only correction lines of the fields named change; the others stay as they were', () => {
    expect(withFillItems(['入院记录', '改正外地住址', '改正联系电话'], ['外地住址'])).toEqual(['入院记录', '填写外地住址', '改正联系电话'])
    expect(withFillItems(['外地住址', '改正外地住址'], [])).toEqual(['外地住址', '改正外地住址'])
  })
  it.each<[string, boolean, boolean]>([
    // line | a correction (typed, no photo) | to 填写
    ['填写外地住址', true, true],
    ['填写备用电话', true, true],
    ['改正外地住址', true, false],
    ['填写身份证号', false, false],
    ['外地住址', false, false],
  ])('%s: typed %s, 填写 %s', (line, typed, fill) => {
    expect(isCorrectionItem(line)).toBe(typed)
    expect(isFillItem(line)).toBe(fill)
  })
  it('a 填写 line counts as a correction in whatLinesAsk', () => {
    expect(whatLinesAsk(['填写外地住址'])).toBe('CORRECTION')
    expect(whatLinesAsk(['入院记录', '填写外地住址'])).toBe('MATERIALS')
  })
})

describe('whatLinesAsk: a request as plain lines (the public lookup), its 改正… lines as corrections', () => {
  it.each<[string[], string]>([
    [['改正联系电话'], 'CORRECTION'],
    [['改正外地住址', '改正备用电话'], 'CORRECTION'],
    [['入院记录', '改正联系电话'], 'MATERIALS'],
    [['入院记录'], 'MATERIALS'],
    [['为什么到广州就医？'], 'QUESTION'],
    [['为什么到广州就医？', '改正联系电话'], 'MATERIALS_AND_QUESTION'],
  ])('%j → %s', (lines, asked) => {
    expect(whatLinesAsk(lines)).toBe(asked)
  })
})
