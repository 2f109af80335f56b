import { profileFor, type ReductionKind, type ReductionSituation } from '@/domain/profiles'
import { plainReduction, reductionScope } from './plain-reduction'

// Plain words generated from the rule (issue 13 item 10). Figures by hand from the sources:
// 广西 001 设立依据2 第九条(三)2 (区内 −15, 区外 −20), 阳江 003 第十条 (−10 / −15), 江苏 002 第十八条 (≤ −20),
// on 10,000 元 at the assumed 90 %: −15 → 1,500 元, −20 → 2,000 元, −10 → 1,000 元.
describe('plainReduction', () => {
  it.each<[string, string | undefined, ReductionSituation, ReductionKind | undefined, string]>([
    ['450206', '310000', 'NOT_FILED', undefined, '去上海（省外）没备案，报销比例要降 20 个百分点：1 万元的住院费多掏约 2,000 元。'],
    ['450206', '450300', 'NOT_FILED', undefined, '去桂林市（省内）没备案，报销比例要降 15 个百分点：1 万元的住院费多掏约 1,500 元。'],
    ['450206', '440100', 'LATE', 'EMERGENCY', '去广州市（省外）没在规定时间内备案，报销比例要降 20 个百分点：1 万元的住院费多掏约 2,000 元。'],
    ['450206', undefined, 'NOT_FILED', undefined, '没备案，报销比例要降：在省内降 15 个百分点（1 万元的住院费多掏约 1,500 元），在省外降 20 个百分点（1 万元的住院费多掏约 2,000 元）。'],
    ['450206', '310000', 'FILED', undefined, '去上海（省外）备案了，报销比例不降，和在参保地一样。'],
    ['441702', '110000', 'NOT_FILED', undefined, '去北京（省外）没备案，报销比例要降 15 个百分点：1 万元的住院费多掏约 1,500 元。'],
    ['441702', '440100', 'REFERRAL_OR_EMERGENCY', undefined, '去广州市（省内）按规定补办了备案，报销比例要降 10 个百分点：1 万元的住院费多掏约 1,000 元。'],
    ['320602', '310000', 'NOT_FILED', undefined, '去上海（省外）没备案，报销比例最多要降 20 个百分点：1 万元的住院费最多要多掏 2,000 元。'],
  ])('参保 %s, 去 %s, %s %s → %s', (insured, destination, situation, kind, sentence) => {
    const r = plainReduction({ profile: profileFor(insured), insuredRegion: insured, destination, situation, kind, exampleAmount: 10000 })
    expect(r.sentence).toBe(sentence)
    // The legal wording is kept, but only for 查看依据.
    expect(r.sentence).not.toContain('统筹地区')
    expect(r.legal.length).toBeGreaterThan(10)
    expect(r.citations.length).toBeGreaterThan(0)
  })

  it('the legal text is the rule as written (广西)', () => {
    const r = plainReduction({ profile: profileFor('450206'), insuredRegion: '450206', destination: '310000', situation: 'NOT_FILED', exampleAmount: 10000 })
    expect(r.legal).toBe('逾期或没有备案的，在区内（本统筹地区外）住院报销比例降低 15 个百分点，在区外住院降低 20 个百分点。')
  })

  it('a place with no known figure: a general sentence', () => {
    const r = plainReduction({ profile: profileFor('110101'), insuredRegion: '110101', destination: '310000', situation: 'NOT_FILED', exampleAmount: 10000 })
    expect(r.sentence).toBe('没备案的，很多地方会降低报销比例，要多掏钱；具体降多少，以您参保地的规定为准。')
  })

  it.each([
    ['450206', '450300', 'IN_PROVINCE'],
    ['450206', '310000', 'OUT_OF_PROVINCE'],
    ['110105', '110000', 'IN_PROVINCE'],
    ['450206', '', null],
    ['', '310000', null],
  ] as const)('reductionScope(%s, %s) = %s', (insured, destination, scope) => {
    expect(reductionScope(insured, destination)).toBe(scope)
  })
})
