import { SOURCES } from '@/domain/citation'
import {
  FILING_FAMILY,
  FILING_TYPE_INFO,
  FILING_TYPE_LIST,
  FILING_TYPES,
  isFilingType,
  isInstant,
  isLongTerm,
  isTemporary,
  type FilingType,
} from '.'

describe('filing types (SPEC §1)', () => {
  it('has the six codes, each once', () => {
    expect(FILING_TYPE_LIST).toEqual([
      'RETIRED_RESETTLED',
      'LONG_TERM_RESIDENT',
      'STATIONED_WORKER',
      'REFERRAL',
      'OTHER_TEMPORARY',
      'EMERGENCY',
    ])
    expect(Object.keys(FILING_TYPES)).toEqual(FILING_TYPE_LIST)
    expect(Object.keys(FILING_TYPE_INFO).sort()).toEqual([...FILING_TYPE_LIST].sort())
  })

  // type | official name | long-term | instant | end date | commitment | source
  it.each<[FilingType, string, boolean, boolean, boolean, boolean, string]>([
    ['RETIRED_RESETTLED', '异地安置退休人员', true, true, false, true, '003 第五条(一); 004 子项11; 002 第八条(一)'],
    ['LONG_TERM_RESIDENT', '异地长期居住人员', true, true, false, true, '003 第五条(二); 004 子项12; 002 第八条(二)'],
    ['STATIONED_WORKER', '常驻异地工作人员', true, true, false, true, '003 第五条(三); 004 子项13; 002 第八条(三)'],
    ['REFERRAL', '异地转诊人员', false, true, true, false, '003 第五条(四); 004 子项14; 002 第十条'],
    ['OTHER_TEMPORARY', '其他临时外出就医人员', false, true, true, false, '004 子项15; 002 第八条(六), 第十条'],
    ['EMERGENCY', '异地急诊（抢救）人员', false, false, false, false, '001 受理条件, 审查与决定; 003 第九条(五)'],
  ])('%s is %s (long-term %s, instant %s, end date %s, commitment %s) — %s', (type, name, longTerm, instant, endDate, commitment) => {
    const info = FILING_TYPE_INFO[type]
    expect(info.code).toBe(type)
    expect(info.officialName).toBe(name)
    expect(isLongTerm(type)).toBe(longTerm)
    expect(isTemporary(type)).toBe(!longTerm)
    expect(FILING_FAMILY[type]).toBe(longTerm ? 'LONG_TERM' : 'TEMPORARY')
    expect(info.instant).toBe(instant)
    expect(isInstant(type)).toBe(instant)
    expect(info.hasEndDate).toBe(endDate)
    expect(info.validity === 'DATED').toBe(endDate)
    expect(info.commitmentAllowed).toBe(commitment)
  })

  it.each(FILING_TYPE_LIST)('%s has a plain one-sentence explanation and citations to known sources', (type) => {
    const info = FILING_TYPE_INFO[type]
    expect(info.explanation).toMatch(/。$/)
    expect(info.explanation).not.toMatch(/[A-Za-z]/)
    expect(info.citations.length).toBeGreaterThan(0)
    const docs = Object.values(SOURCES).map((s) => s.doc)
    for (const c of info.citations) {
      expect(docs).toContain(c.doc)
      expect(c.article).not.toBe('')
    }
  })

  it('long-term types are open-ended; the emergency one lasts for that admission (SPEC §4)', () => {
    expect(FILING_TYPE_LIST.filter((t) => FILING_TYPE_INFO[t].validity === 'OPEN_ENDED')).toEqual(
      FILING_TYPE_LIST.filter(isLongTerm),
    )
    expect(FILING_TYPE_INFO.EMERGENCY.validity).toBe('THIS_ADMISSION')
  })

  it('a proxy filing whose authorisation is unchecked goes to review (SPEC §7)', () => {
    expect(isInstant('OTHER_TEMPORARY', { byProxyUnverified: true })).toBe(false)
    expect(isInstant('OTHER_TEMPORARY', { byProxyUnverified: false })).toBe(true)
  })

  it.each<[unknown, boolean]>([
    ['REFERRAL', true],
    ['EMERGENCY', true],
    ['referral', false],
    ['toString', false],
    ['', false],
    [undefined, false],
    [3, false],
  ])('isFilingType(%p) is %p', (value, expected) => {
    expect(isFilingType(value)).toBe(expected)
  })
})
