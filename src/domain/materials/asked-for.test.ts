import { FILING_TYPE_LIST } from '@/domain/filing-types'
import { REQUESTED_OTHER_REQUIREMENT, filingOnlyMaterialsProblem } from './asked-for'
import { MATERIALS } from './catalog'
import { materialsFor } from './materials-for'
import { ANSWER_NEEDED_MESSAGE, PHOTO_OR_NOTE_MESSAGE, PHOTOS_AND_ANSWER_MESSAGE, PHOTOS_NEEDED_MESSAGE, QUESTION_IN_NOTE_MESSAGE, questionsToAnswer, askedNotSupplied, askedStillToAdd, checkAskedSupplied, linesNamingNothing, materialsAskedFor, requirementsAskedFor, subjectsPart, unansweredRequest } from './asked-for'

const emergency = materialsFor('EMERGENCY').requirements
const byProxy = materialsFor('LONG_TERM_RESIDENT', { byProxy: true }).requirements

describe('requirementsAskedFor (待补充材料: what the reviewer asked for)', () => {
  it('names the requirement of a catalog name the staff console sends', () => {
    expect([...requirementsAskedFor(emergency, [MATERIALS.ADMISSION_RECORD.name])]).toEqual(['EMERGENCY_PROOF'])
  })

  it('reads free lines too', () => {
    expect([...requirementsAskedFor(emergency, ['入院记录第 2 页', '急诊诊断证明要有医院公章'])]).toEqual(['EMERGENCY_PROOF'])
    expect([...requirementsAskedFor(emergency, ['身份证背面'])]).toEqual(['IDENTITY'])
  })

  it('the 代办人 own ID only when the line says so', () => {
    expect([...requirementsAskedFor(byProxy, ['身份证反面'])]).toEqual(['IDENTITY'])
    expect([...requirementsAskedFor(byProxy, ['代办人的身份证反面'])]).toEqual(['PROXY_IDENTITY'])
    expect([...requirementsAskedFor(byProxy, ['授权委托书要有参保人签字'])]).toEqual(['AUTHORIZATION'])
  })

  it('asks for nothing in particular when no line names a document', () => {
    expect(requirementsAskedFor(emergency, ['照片看不清，请重新拍'])).toEqual(new Set())
  })
})

const longTerm = materialsFor('LONG_TERM_RESIDENT').requirements

describe('materialsAskedFor (待补充材料: the documents named are each needed)', () => {
  // A trial: the reviewer ticked 入院记录 and wrote '急诊诊断证明上看不清医院公章：请补拍入院记录…'; the
  // son was made to photograph the 诊断证明 again too. What a line asks for is what it names after
  // its asking word; a line that names a document only there, or nowhere after it, as before.
  it.each([
    ['急诊诊断证明上看不清医院公章：请补拍入院记录（要能看清医院红色公章）', ['ADMISSION_RECORD']],
    ['入院记录不用了，请重拍急诊诊断证明', ['EMERGENCY_DIAGNOSIS']],
    ['急诊诊断证明看不清，请重拍', ['EMERGENCY_DIAGNOSIS']],
    ['急诊诊断证明和入院记录都要有医院公章', ['EMERGENCY_DIAGNOSIS', 'ADMISSION_RECORD']],
  ])('%s → %j', (line, codes) => {
    expect(materialsAskedFor(emergency, [MATERIALS.ADMISSION_RECORD.name, line]).flatMap((a) => a.codes).sort()).toEqual([...codes, 'ADMISSION_RECORD'].filter((c, i, all) => all.indexOf(c) === i).sort())
    expect(materialsAskedFor(emergency, [line]).flatMap((a) => a.codes).sort()).toEqual([...codes].sort())
  })

  // The lines of the trial's 待补充材料 (the reviewer ticked 户口簿 and wrote about the 房产证).
  const WANG = ['家人在当地的户口簿', '房产证照片看不清房主姓名，请重新拍有房主姓名的那一页']

  it('narrows a 任选一种 group to the documents named, each needed, and drops 任选一种 from the title', () => {
    const asked = materialsAskedFor(longTerm, WANG)
    expect(asked.map((a) => a.requirement.id)).toEqual(['RESIDENCE_PROOF'])
    const [proof] = asked
    expect(proof.codes).toEqual(['PROPERTY_CERTIFICATE', 'RELATIVE_HOUSEHOLD_REGISTER'])
    expect(proof.requirement.oneOf.map((i) => i.code)).toEqual(['PROPERTY_CERTIFICATE', 'RELATIVE_HOUSEHOLD_REGISTER'])
    expect(proof.requirement.title).toBe('在外地长住的证明')
    expect(proof.askedLine).toBe('工作人员要您补这 2 项，每一项都要拍')
  })

  it('one document named: that one only', () => {
    const [identity] = materialsAskedFor(emergency, ['身份证背面'])
    expect(identity.codes).toEqual(['ID_DOCUMENT'])
    expect(identity.requirement.title).toBe('参保人的身份证明')
    expect(identity.askedLine).toBe('工作人员要您补这一项')
  })

  it('a document that is not photographed (医保码) leaves the requirement as it is: any one will do', () => {
    const [identity] = materialsAskedFor(emergency, ['医保码没有激活'])
    expect(identity.codes).toEqual([])
    expect(identity.requirement.title).toBe('参保人的身份证明（任选一种）')
    expect(identity.askedLine).toBeNull()
  })

  it('no line names a document: nothing in particular', () => {
    expect(materialsAskedFor(emergency, ['照片看不清，请重新拍'])).toEqual([])
  })

  it('does not change the requirements given', () => {
    const before = JSON.stringify(longTerm)
    materialsAskedFor(longTerm, WANG)
    expect(JSON.stringify(longTerm)).toBe(before)
  })
})

describe('askedStillToAdd', () => {
  const [proof] = materialsAskedFor(longTerm, ['家人在当地的户口簿', '房产证'])

  // uploads | still to add
  it.each([
    [[], ['PROPERTY_CERTIFICATE', 'RELATIVE_HOUSEHOLD_REGISTER']],
    [[{ purpose: 'PROPERTY_CERTIFICATE' as const }], ['RELATIVE_HOUSEHOLD_REGISTER']],
    [[{ purpose: 'PROPERTY_CERTIFICATE' as const }, { purpose: 'RELATIVE_HOUSEHOLD_REGISTER' as const }], []],
  ])('%j → %j', (uploads, left) => {
    expect(askedStillToAdd(proof, uploads).map((i) => i.code)).toEqual(left)
  })

  it('a 身份证 counts with its 正面 (the 反面 may be left out)', () => {
    const [identity] = materialsAskedFor(emergency, ['身份证'])
    expect(askedStillToAdd(identity, [{ purpose: 'ID_DOCUMENT', side: 'BACK' }])).toHaveLength(1)
    expect(askedStillToAdd(identity, [{ purpose: 'ID_DOCUMENT', side: 'FRONT' }])).toEqual([])
  })
})

describe('checkAskedSupplied (提交补充材料: each document named has a photo)', () => {
  // The trial's 待补充材料: three documents named, two photographed.
  const ASKED = ['门诊病历', '入院记录', '社会保障卡']

  it('refuses with the missing document named by its title', () => {
    const photos = [{ purpose: 'OUTPATIENT_RECORD' as const }, { purpose: 'SOCIAL_SECURITY_CARD' as const }]
    expect(askedNotSupplied(emergency, ASKED, photos).map((i) => i.code)).toEqual(['ADMISSION_RECORD'])
    expect(checkAskedSupplied(emergency, ASKED, photos)).toEqual({ ok: false, fields: { materials: '还差：入院记录。请拍好再提交。' } })
  })

  it('names every document still missing, once each', () => {
    expect(checkAskedSupplied(emergency, ASKED, [])).toEqual({
      ok: false,
      fields: { materials: '还差：社会保障卡、门诊（急诊）病历、入院记录。请拍好再提交。' },
    })
  })

  it('accepts once each named document has a photo', () => {
    const photos = [{ purpose: 'OUTPATIENT_RECORD' as const }, { purpose: 'ADMISSION_RECORD' as const }, { purpose: 'SOCIAL_SECURITY_CARD' as const }]
    expect(checkAskedSupplied(emergency, ASKED, photos)).toEqual({ ok: true })
  })

  it('lines the app cannot name, or a document that is not photographed (医保码), do not block', () => {
    expect(checkAskedSupplied(emergency, ['照片看不清，请重新拍'], [])).toEqual({ ok: true })
    expect(checkAskedSupplied(emergency, ['医保码没有激活'], [])).toEqual({ ok: true })
    expect(checkAskedSupplied(emergency, ['入院记录', '请写清楚联系电话'], [{ purpose: 'ADMISSION_RECORD' }])).toEqual({ ok: true })
  })

  it('a photo counts for the card it was taken on when that is known (the page), by material otherwise (the server)', () => {
    const id = [{ purpose: 'ID_DOCUMENT' as const, requirementId: 'PROXY_IDENTITY' }]
    expect(askedNotSupplied(byProxy, ['身份证'], id).map((i) => i.code)).toEqual(['ID_DOCUMENT'])
    expect(askedNotSupplied(byProxy, ['身份证'], [{ purpose: 'ID_DOCUMENT' }])).toEqual([])
  })

  it('a 身份证 without its side said (the server keeps codes only) counts with any photo; with sides, the 正面 is needed', () => {
    expect(checkAskedSupplied(emergency, ['身份证'], [{ purpose: 'ID_DOCUMENT' }])).toEqual({ ok: true })
    expect(checkAskedSupplied(emergency, ['身份证'], [{ purpose: 'ID_DOCUMENT', side: 'BACK' }]).ok).toBe(false)
  })
})

describe('unansweredRequest (提交补充材料: something for every line listed, 000 第五条)', () => {
  const emergency = materialsFor('EMERGENCY').requirements
  // lines | photos | 说明 | what is said (null: answered)
  it.each<[string, string[], number, string | null, string | null]>([
    ['a document named, no photo: the photo is needed, a 说明 is no answer', ['入院记录'], 0, '明天去医院拿', PHOTOS_NEEDED_MESSAGE],
    ['a document named, a photo', ['入院记录'], 1, null, null],
    ['其他 only (nothing to photograph), a 说明', ['请说明这次是在哪里、怎么受的伤'], 0, '诊断证明写错了，实际是 9 月 26 日', null],
    ['其他 not a question, a photo instead', ['照片看不清，请重新拍'], 1, null, null],
    // A question is answered in words: a photo sent for another line is no answer to it (a trial).
    ['a question and a document, only the photo', ['请说明为什么去阳江？', '入院记录'], 1, null, QUESTION_IN_NOTE_MESSAGE],
    ['a question and a document, neither', ['请说明为什么去阳江？', '入院记录'], 0, null, PHOTOS_AND_ANSWER_MESSAGE],
    ['a question and a document, only the answer', ['请说明为什么去阳江？', '入院记录'], 0, '在阳江带孙子', PHOTOS_NEEDED_MESSAGE],
    ['a question and a document, both', ['请说明为什么去阳江？', '入院记录'], 1, '在阳江带孙子', null],
    ['a question only, a photo and no words', ['请说明这次是在哪里、怎么受的伤'], 1, null, ANSWER_NEEDED_MESSAGE],
    // A question only (what-was-asked): its box is 您的回答, and the message names it.
    ['a question only, neither', ['请说明这次是在哪里、怎么受的伤'], 0, null, ANSWER_NEEDED_MESSAGE],
    ['a question only, a blank 说明', ['为什么到广州就医？'], 0, '   ', ANSWER_NEEDED_MESSAGE],
    ['其他 not a question (the 医保码), neither', ['医保码没有激活，请激活后告诉我们'], 0, null, PHOTO_OR_NOTE_MESSAGE],
    ['the 医保码 (not photographed), a 说明', ['医保码没有激活，请激活后告诉我们'], 0, '已经激活了', null],
    ['nothing listed (corrections only): answered by them', [], 0, null, null],
  ])('%s', (_case, lines, photos, note, said) => {
    expect(unansweredRequest(emergency, lines, photos, note)).toBe(said)
  })

  it('a question asked with a field to correct: the box is 给工作人员的说明, and the message says so', () => {
    expect(unansweredRequest(emergency, ['为什么到广州就医？'], 0, null, ['phone1'])).toBe(QUESTION_IN_NOTE_MESSAGE)
  })

  it('questionsToAnswer: the lines written as questions that name no document', () => {
    expect(questionsToAnswer(emergency, ['入院记录', '请说明为什么去阳江？', '照片看不清，请重新拍', '是否有入院记录？'])).toEqual([2])
  })
})

describe('linesNamingNothing (the lines 给工作人员的说明 answers)', () => {
  it.each<[string[], number[]]>([
    [['入院记录', '请说明这次是在哪里、怎么受的伤'], [2]],
    [['请说明这次是在哪里、怎么受的伤'], [1]],
    [['入院记录', '诊断证明要有公章'], []],
    [[], []],
  ])('%j → %j', (lines, numbers) => {
    expect(linesNamingNothing(emergency, lines)).toEqual(numbers)
  })
})

describe('subjectsPart (the 参保人 reading a filing a family member made for him)', () => {
  const part = (lines: string[], corrections: string[] = []) =>
    subjectsPart(materialsAskedFor(byProxy, lines), corrections, linesNamingNothing(byProxy, lines).length)

  it('nothing of hers asked: his to answer, as on any filing', () => {
    expect(part(['家人在当地的户口簿'])).toBe('OWN')
    expect(part(['身份证背面'], ['phone1'])).toBe('OWN')
    expect(part([], ['phone1'])).toBe('OWN')
  })

  it('only her own ID asked: nothing is his to do', () => {
    expect(part(['代办人的有效身份证件'])).toBe('NONE')
    expect(part(['代办人的身份证反面'])).toBe('NONE')
  })

  // A trial: the 授权委托书 was said to be hers alone, with 您不用拍, but it needs his signature.
  it('the 授权委托书 asked: he signs it, so something is his, and she sends it', () => {
    expect(part(['授权委托书要有参保人签字'])).toBe('HAND_TO_PROXY')
    expect(part(['授权委托书要有参保人签字', '代办人的身份证反面'])).toBe('HAND_TO_PROXY')
  })

  it('her papers beside his document, a correction or a line to explain: she sends it all in one answer', () => {
    expect(part(['代办人的有效身份证件', '家人在当地的户口簿'])).toBe('HAND_TO_PROXY')
    expect(part(['授权委托书'], ['phone1'])).toBe('HAND_TO_PROXY')
    expect(part(['授权委托书', '请说明为什么到外地长住'])).toBe('HAND_TO_PROXY')
  })

  it('is right to send it all through her: one answer must hold every named document, his and hers (the server’s check)', () => {
    const lines = ['代办人的有效身份证件', '家人在当地的户口簿']
    const his = [{ purpose: 'RELATIVE_HOUSEHOLD_REGISTER' as const }]
    expect(checkAskedSupplied(byProxy, lines, his)).toEqual({ ok: false, fields: { materials: expect.stringContaining('代办人') } })
    expect(checkAskedSupplied(byProxy, lines, [...his, { purpose: 'ID_DOCUMENT' as const, requirementId: 'PROXY_IDENTITY' }])).toEqual({ ok: true })
  })
})

describe('工作人员要的其他材料 (REQUESTED_OTHER): 补充材料 only', () => {
  it('is refused with a new filing, saying where the photo goes', () => {
    expect(filingOnlyMaterialsProblem(['ID_DOCUMENT', 'REQUESTED_OTHER'])).toBe('“工作人员要的其他材料”只在工作人员要补充材料时用，备案时请把这张照片拍在对应的材料下面')
    expect(filingOnlyMaterialsProblem(['ID_DOCUMENT', 'EMERGENCY_DIAGNOSIS'])).toBeNull()
  })

  it('is never one of a filing type’s requirements, and its requirement holds it alone', () => {
    for (const type of FILING_TYPE_LIST) {
      for (const byProxy of [false, true]) {
        const codes = materialsFor(type, { byProxy }).requirements.flatMap((r) => r.oneOf.map((i) => i.code))
        expect(codes).not.toContain('REQUESTED_OTHER')
      }
    }
    expect(REQUESTED_OTHER_REQUIREMENT.oneOf.map((i) => i.code)).toEqual(['REQUESTED_OTHER'])
  })
})
