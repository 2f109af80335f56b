import { cite } from '@/domain/citation'
import { profileFor } from '@/domain/profiles'
import { deemedStayWords, type DeemedPatient } from './deemed-stay'

// 苏州 (320500): 江苏's profile deems an emergency filed (002 第八条(五), 第三十七条).
const SUZHOU = profileFor('320500')
const AREA = '江苏省苏州市'

describe('deemedStayWords: what a 视同已备案 stay asks (002 第八条(五), 第三十七条)', () => {
  // patient | the first line said to the hospital
  it.each<[string, DeemedPatient, string]>([
    ['oneself', { self: true, name: '王建国' }, '“我是王建国，医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”'],
    ['a family member', { self: false, name: '陈国华' }, '“病人是陈国华，医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”'],
    // A son checking before anyone's 实名信息: nobody's name is known, and none is made up.
    ['nobody known yet', null, '“病人的医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”'],
  ])('%s: names the 参保地 and whoever is known', (_, patient, first) => {
    expect(deemedStayWords(patient, AREA, SUZHOU.emergency.citations).say[0]).toBe(first)
  })

  it('names the place whose document it is (江苏省: a provincial one) and its articles, so the hospital can check it', () => {
    expect(deemedStayWords(null, AREA, SUZHOU.emergency.citations).say[1]).toBe(
      '“江苏省规定急诊抢救视同已备案（苏医保发〔2022〕75号第八条(五)、第三十七条、第十九条），请直接用医保结算。”',
    )
  })

  it('a city’s own document is said to be that city’s rule', () => {
    expect(deemedStayWords(null, '广东省阳江市', [cite('YJ_2021', '第五条(五)')]).say[1]).toBe(
      '“广东省阳江市规定急诊抢救视同已备案（阳医保通〔2021〕23号第五条(五)），请直接用医保结算。”',
    )
  })

  it('says what to bring and what to keep when the hospital cannot settle', () => {
    const { keep } = deemedStayWords(null, AREA, SUZHOU.emergency.citations)
    expect(keep[0]).toContain('身份证或医保卡')
    expect(keep[1]).toContain('发票、费用清单、诊断证明和急诊病历收好，回参保地报销')
  })

  it('with no citation, asks nothing of a document it cannot name', () => {
    expect(deemedStayWords(null, AREA, []).say[1]).toBe('“江苏省苏州市规定急诊抢救视同已备案，请直接用医保结算。”')
  })

  // patient | member not authorised | consent line (null: none)
  it.each<[string, DeemedPatient, boolean, string | null]>([
    ['a member not authorised yet', { self: false, name: '陈国华' }, true, '这次住院视同已备案，不用替陈国华提交什么，也不用先请陈国华授权。以后要替陈国华办别的备案，再请陈国华同意。'],
    ['a member already authorised', { self: false, name: '陈国华' }, false, null],
    ['oneself', { self: true, name: '王建国' }, true, null],
    ['nobody known yet', null, true, null],
  ])('%s: this stay asks no authorisation', (_, patient, notAuthorised, consent) => {
    expect(deemedStayWords(patient, AREA, SUZHOU.emergency.citations, notAuthorised).consent).toBe(consent)
  })

  it('does not change the citations it is given', () => {
    const citations = [...SUZHOU.emergency.citations]
    deemedStayWords(null, AREA, citations)
    expect(citations).toEqual(SUZHOU.emergency.citations)
  })
})
