import { FILING_TYPE_LIST, isLongTerm, type FilingType } from '@/domain/filing-types'
import {
  APPLICANT_DECLARATION,
  COMMITMENT_TEXT,
  MATERIALS,
  givenFromUploads,
  commitmentText,
  materialsFor,
  missingMaterials,
  requestableMaterials,
  type MaterialCode,
  type RequirementId,
} from '.'

const codes = (type: FilingType, opts = {}) =>
  materialsFor(type, opts).requirements.map((r) => [r.id, r.oneOf.map((i) => i.code)] as const)

describe('materialsFor (SPEC §2)', () => {
  // type | proof requirement | its options (one of) | commitment allowed | source
  it.each<[FilingType, RequirementId | null, MaterialCode[], boolean, string]>([
    ['RETIRED_RESETTLED', 'RESETTLEMENT_PROOF', ['HOUSEHOLD_REGISTER'], true, '002 第八条(一)'],
    ['LONG_TERM_RESIDENT', 'RESIDENCE_PROOF', ['RESIDENCE_PERMIT', 'PROPERTY_CERTIFICATE', 'RELATIVE_HOUSEHOLD_REGISTER'], true, '002 第八条(二); 000 第三条'],
    ['STATIONED_WORKER', 'WORK_PROOF', ['DISPATCH_LETTER', 'REMOTE_EMPLOYER_LETTER', 'LABOUR_CONTRACT', 'STUDENT_PROOF'], true, '002 第八条(三); 003 第五条(三)'],
    ['REFERRAL', 'REFERRAL_PROOF', ['REFERRAL_CERTIFICATE'], false, '002 第八条(四)'],
    ['OTHER_TEMPORARY', null, [], false, '002 第八条(六)'],
    ['EMERGENCY', 'EMERGENCY_PROOF', ['EMERGENCY_DIAGNOSIS', 'OUTPATIENT_RECORD', 'ADMISSION_RECORD'], false, '001 申请材料'],
  ])('%s needs identity + %s %j; commitment %s (%s)', (type, proofId, options, commitment) => {
    const list = materialsFor(type)
    expect(list.type).toBe(type)
    expect(list.commitmentAllowed).toBe(commitment)
    const expected: (readonly [RequirementId, MaterialCode[]])[] = [
      ['IDENTITY', ['MEDICAL_INSURANCE_QR', 'ID_DOCUMENT', 'SOCIAL_SECURITY_CARD']],
    ]
    if (proofId) expected.push([proofId, options])
    expect(codes(type)).toEqual(expected)
    const proof = list.requirements.find((r) => r.id === proofId)
    if (proof) expect(proof.commitmentInstead).toBe(commitment)
    expect(list.requirements[0].commitmentInstead).toBe(false)
    expect(list.citations.length).toBeGreaterThan(0)
  })

  it.each(FILING_TYPE_LIST.filter(isLongTerm))('%s in several places needs real proof, never a commitment (002 第十一条)', (type) => {
    const list = materialsFor(type, { multiPlace: true })
    expect(list.commitmentAllowed).toBe(false)
    expect(list.requirements.every((r) => !r.commitmentInstead)).toBe(true)
    expect(list.notes.join('')).toMatch(/不能用承诺书/)
    expect(list.citations).toContainEqual(expect.objectContaining({ article: '第十一条' }))
    expect(missingMaterials(type, { items: ['ID_DOCUMENT'], commitmentSigned: true }, { multiPlace: true })).toHaveLength(1)
  })

  it('multiPlace does not change a temporary filing', () => {
    expect(materialsFor('REFERRAL', { multiPlace: true })).toEqual(materialsFor('REFERRAL'))
  })

  it.each(FILING_TYPE_LIST)('%s by proxy adds the proxy ID and the 授权委托书 (001 申请材料; 004 备注2)', (type) => {
    const ids = materialsFor(type, { byProxy: true }).requirements.map((r) => r.id)
    expect(ids.slice(-2)).toEqual(['PROXY_IDENTITY', 'AUTHORIZATION'])
    expect(materialsFor(type).requirements.map((r) => r.id)).not.toContain('AUTHORIZATION')
  })

  it('the commitment note uses the profile lock period (SPEC §5)', () => {
    expect(materialsFor('LONG_TERM_RESIDENT').notes.join('')).toMatch(/满 6 个月/)
    expect(materialsFor('LONG_TERM_RESIDENT', { commitmentLockMonths: 12 }).notes.join('')).toMatch(/满 12 个月/)
  })

  it.each(Object.values(MATERIALS))('$code has a plain explanation and photo tips when uploaded', (item) => {
    expect(item.name).not.toBe('')
    expect(`${item.name}${item.explanation}${item.photoTips.join('')}`).not.toMatch(/[A-Za-z]/)
    expect(item.explanation).toMatch(/。$/)
    if (item.upload) expect(item.photoTips.length).toBeGreaterThan(0)
    else expect(item.photoTips).toEqual([])
    expect(item.citations.length).toBeGreaterThan(0)
  })

  it('emergency and referral papers must show the hospital stamp (001 申请材料 受理标准)', () => {
    for (const code of ['EMERGENCY_DIAGNOSIS', 'OUTPATIENT_RECORD', 'ADMISSION_RECORD', 'REFERRAL_CERTIFICATE'] as const) {
      expect(MATERIALS[code].photoTips.join('')).toMatch(/公章/)
    }
  })
})

describe('missingMaterials tells everything missing at once (000 第五条)', () => {
  // type | given | commitment signed | options | missing requirement ids
  it.each<[FilingType, MaterialCode[], boolean, object, RequirementId[]]>([
    ['OTHER_TEMPORARY', [], false, {}, ['IDENTITY']],
    ['OTHER_TEMPORARY', ['MEDICAL_INSURANCE_QR'], false, {}, []],
    ['RETIRED_RESETTLED', [], false, {}, ['IDENTITY', 'RESETTLEMENT_PROOF']],
    ['RETIRED_RESETTLED', ['ID_DOCUMENT'], true, {}, []],
    ['RETIRED_RESETTLED', ['ID_DOCUMENT', 'HOUSEHOLD_REGISTER'], false, {}, []],
    ['LONG_TERM_RESIDENT', ['ID_DOCUMENT'], true, { multiPlace: true }, ['RESIDENCE_PROOF']],
    ['STATIONED_WORKER', ['SOCIAL_SECURITY_CARD', 'STUDENT_PROOF'], false, {}, []],
    ['REFERRAL', ['ID_DOCUMENT'], true, {}, ['REFERRAL_PROOF']],
    ['EMERGENCY', ['ADMISSION_RECORD'], false, { byProxy: true }, ['IDENTITY', 'PROXY_IDENTITY', 'AUTHORIZATION']],
    ['EMERGENCY', ['ID_DOCUMENT', 'ADMISSION_RECORD', 'AUTHORIZATION_LETTER'], false, { byProxy: true }, []],
  ])('%s given %j (commitment %s, %j) misses %j', (type, items, commitmentSigned, opts, missing) => {
    const given = { items, commitmentSigned }
    const copy = JSON.parse(JSON.stringify(given))
    expect(missingMaterials(type, given, opts).map((r) => r.id)).toEqual(missing)
    expect(given).toEqual(copy)
  })

  // The 身份证 反面 may be left out, on every materials page (ordinary and emergency alike).
  it('a 身份证 counts with its 正面 alone; the 反面 alone names the 正面 as still needed', () => {
    const front = givenFromUploads([{ purpose: 'ID_DOCUMENT', side: 'FRONT' }, { purpose: 'ADMISSION_RECORD' }])
    expect(missingMaterials('EMERGENCY', front)).toEqual([])
    const back = givenFromUploads([{ purpose: 'ID_DOCUMENT', side: 'BACK' }])
    const missing = missingMaterials('EMERGENCY', back)
    expect(missing.map((r) => r.id)).toEqual(['IDENTITY', 'EMERGENCY_PROOF'])
    expect(missing[0].stillNeeds).toBe('有效身份证件的正面（有照片的一面）')
    expect(missing[1].stillNeeds).toBeUndefined()
    expect(missingMaterials('LONG_TERM_RESIDENT', { ...back, commitmentSigned: true }).map((r) => r.stillNeeds)).toEqual(['有效身份证件的正面（有照片的一面）'])
  })
})

describe('signed texts', () => {
  it('the 个人承诺书 covers truthfulness, information-sharing checks, the lock and multi-place (002 附件1; 004 表8)', () => {
    expect(COMMITMENT_TEXT.version).toBe('2026-12')
    expect(COMMITMENT_TEXT.lockMonths).toBe(6)
    const t = COMMITMENT_TEXT.text
    expect(t).toMatch(/真实/)
    expect(t).toMatch(/信息共享查询核对/)
    expect(t).toMatch(/满 6 个月后才能申请变更或取消备案/)
    expect(t).toMatch(/多地备案）的，不能用承诺书/)
    expect(t).toMatch(/法律责任/)
    expect(COMMITMENT_TEXT.citations).toContainEqual(expect.objectContaining({ article: '表8 温馨提示6' }))
  })

  it('the lock period follows the profile', () => {
    expect(commitmentText(12).text).toMatch(/满 12 个月后/)
    expect(commitmentText(12).version).toBe(COMMITMENT_TEXT.version)
    expect(() => commitmentText(0)).toThrow(RangeError)
  })

  it('the applicant declaration follows 004 表8 申请人承诺', () => {
    expect(APPLICANT_DECLARATION.text).toMatch(/正确、真实、有效/)
    expect(APPLICANT_DECLARATION.text).toMatch(/信息共享查询核对/)
    expect(APPLICANT_DECLARATION.citations[0].article).toBe('表8 申请人承诺')
  })
})

describe('requestableMaterials (要求补充材料 checklist)', () => {
  const labels = (type: FilingType, byProxy = false) => requestableMaterials(type, { byProxy }).map((m) => m.label)

  it('an emergency filing offers its own proof first, then identity: nothing of another type, no 实人认证 photo', () => {
    expect(labels('EMERGENCY')).toEqual(['急诊诊断证明', '门诊（急诊）病历', '入院记录', '有效身份证件', '社会保障卡'])
  })

  it('a 代办 filing adds the proxy’s papers and says whose ID is meant', () => {
    expect(labels('REFERRAL', true)).toEqual([
      '转诊转院证明',
      '参保人的有效身份证件',
      '参保人的社会保障卡',
      '代办人的有效身份证件',
      '代办人的社会保障卡',
      '授权委托书',
    ])
  })

  it('offers only what can be uploaded, each key once, for every type', () => {
    for (const type of FILING_TYPE_LIST) {
      for (const byProxy of [false, true]) {
        const items = requestableMaterials(type, { byProxy })
        expect(new Set(items.map((m) => m.key)).size).toBe(items.length)
        expect(items.every((m) => MATERIALS[m.code].upload)).toBe(true)
        expect(items.map((m) => m.code)).toEqual(expect.arrayContaining(['ID_DOCUMENT']))
      }
    }
  })
})
