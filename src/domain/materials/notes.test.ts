import { MATERIALS } from './catalog'
import { aboutSubject, checkMaterialNotes, MATERIAL_NOTE_MAX, noteFor } from './notes'

const HOUSE = { id: 'u-house', purpose: 'PROPERTY_CERTIFICATE' as const }
const REGISTER = { id: 'u-register', purpose: 'RELATIVE_HOUSEHOLD_REGISTER' as const }
const ID = { id: 'u-id', purpose: 'ID_DOCUMENT' as const }
const GIVEN = [HOUSE, REGISTER, ID]

describe('checkMaterialNotes (issue 13 item 11; a relative’s 房产证 or 户口簿: JS_2022 第八条(二), JX_2017 第三条)', () => {
  it.each([
    ['a 房产证 note, trimmed', { 'u-house': '  王丽，女儿 ' }, { 'u-house': '王丽，女儿' }],
    ['a 户口簿 note', { 'u-register': '王丽，女儿' }, { 'u-register': '王丽，女儿' }],
    ['an empty note is dropped', { 'u-house': '   ' }, {}],
    ['no notes', {}, {}],
    ['exactly 50 characters', { 'u-house': '房'.repeat(50) }, { 'u-house': '房'.repeat(50) }],
  ])('accepts %s', (_what, notes, kept) => {
    expect(checkMaterialNotes(notes, GIVEN)).toEqual({ ok: true, notes: kept })
  })

  it.each([
    ['an upload not among the materials', { 'u-other': '女儿' }, '有一条备注对应的材料不在这次提交的材料里，请重新填写备注'],
    ['a material that asks for no note', { 'u-id': '女儿' }, '有效身份证件不用写备注，请删掉这条备注'],
    ['51 characters', { 'u-house': '房'.repeat(51) }, '“房主是您的什么人”最多写 50 个字，请写短一些'],
    ['a line break', { 'u-house': '王丽\n女儿' }, '“房主是您的什么人”只能写一行，请删掉换行后重新输入'],
    ['markup', { 'u-house': '<b>女儿</b>' }, '“房主是您的什么人”里不能有“<”或“>”，请删掉后重新输入'],
    ['an invisible character', { 'u-register': '女\u200b儿' }, '“户口本上的家人是您的什么人”里有看不见的特殊字符，请删掉后重新输入'],
  ])('refuses %s', (_what, notes, message) => {
    expect(checkMaterialNotes(notes, GIVEN)).toEqual({ ok: false, fields: { materialNotes: message } })
  })

  it('the limit is 50', () => {
    expect(MATERIAL_NOTE_MAX).toBe(50)
  })
})

describe('noteFor (a daughter filing for her father reads 您 as herself: a new user’s trial)', () => {
  const house = MATERIALS.PROPERTY_CERTIFICATE.note!
  it('names the person filed for instead of 您', () => {
    expect(noteFor(house, '李建国')).toEqual({
      label: '房主是李建国的什么人',
      hint: '房主不是李建国本人的，写一下房主的姓名和是李建国的什么人，如“王丽，女儿”',
      staffLabel: '房主是参保人的什么人',
      placeholder: '如：王丽，女儿',
    })
    expect(noteFor(MATERIALS.RELATIVE_HOUSEHOLD_REGISTER.note!, '李建国').label).toBe('户口本上的家人是李建国的什么人')
  })

  it.each([null, undefined, ''])('filing for oneself (%p): the catalog’s words', (name) => {
    expect(noteFor(house, name)).toBe(house)
  })
})

describe('aboutSubject', () => {
  it('names the person filed for in a material’s words', () => {
    expect(aboutSubject(MATERIALS.PROPERTY_CERTIFICATE.explanation, '王秀英')).toBe('王秀英本人或配偶、子女等家人在当地的房产证，证明王秀英在那里有地方住。')
    expect(aboutSubject('证明您在外地住下来了。', null)).toBe('证明您在外地住下来了。')
  })
})

describe('a material that asks for a note: its photo tips name the field by its title (trial: 在备注里写 under a field titled 房主是您的什么人)', () => {
  const withNote = Object.values(MATERIALS).filter((m) => m.note)

  it.each(withNote.map((m) => [m.code, m] as const))('%s', (_code, m) => {
    const note = m.note!
    expect(m.photoTips.join('；')).not.toContain('备注')
    expect(m.photoTips.some((tip) => tip.includes(`“${note.label}”`))).toBe(true)
    // Filing for a family member both are said with the name, and still agree.
    const tips = aboutSubject(m.photoTips.join('；'), '王秀英')
    expect(tips).toContain(`“${noteFor(note, '王秀英').label}”`)
  })
})

// A trial: the staff console showed '房主是您的什么人：王丽，女儿'. Staff read the answer under their
// own label, naming the 参保人; the citizen's label is unchanged.
describe('a note as staff read it: labelled for the 参保人, not 您', () => {
  // code | citizen's label | staff's label
  it.each([
    ['PROPERTY_CERTIFICATE', '房主是您的什么人', '房主是参保人的什么人'],
    ['RELATIVE_HOUSEHOLD_REGISTER', '户口本上的家人是您的什么人', '户口本上的家人是参保人的什么人'],
  ] as const)('%s: %s / %s', (code, citizen, staff) => {
    expect(MATERIALS[code].note!.label).toBe(citizen)
    expect(MATERIALS[code].note!.staffLabel).toBe(staff)
  })

  it.each(Object.values(MATERIALS).filter((m) => m.note).map((m) => [m.code, m.note!] as const))('%s: no 您 on the staff label, and it names 参保人', (_code, note) => {
    expect(note.staffLabel).not.toContain('您')
    expect(note.staffLabel).toContain('参保人')
    // The same question as the citizen's, asked about the 参保人.
    expect(note.staffLabel).toBe(aboutSubject(note.label, '参保人'))
  })
})
