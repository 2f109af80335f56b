import { profileFor, type ReductionKind, type ReductionScope, type ReductionSituation } from '@/domain/profiles'
import { explainReduction } from './explain-reduction'

describe('explainReduction (SPEC §8)', () => {
  // region | situation | scope | kind | points | bound | extra out of pocket on 10000 元 at 90% | source
  it.each<[string, ReductionSituation, ReductionScope | undefined, ReductionKind | undefined, number, 'EXACT' | 'AT_MOST', number, string]>([
    ['450206', 'NOT_FILED', 'IN_PROVINCE', undefined, 15, 'EXACT', 1500, '001 设立依据2 第九条(三)2'],
    ['450206', 'NOT_FILED', 'OUT_OF_PROVINCE', undefined, 20, 'EXACT', 2000, '001 设立依据2 第九条(三)2'],
    ['450206', 'LATE', 'IN_PROVINCE', undefined, 15, 'EXACT', 1500, '001: 逾期 is cut too'],
    ['450206', 'NOT_FILED', undefined, undefined, 20, 'EXACT', 2000, 'scope unknown → the larger cut'],
    ['450206', 'FILED', undefined, undefined, 0, 'EXACT', 0, '001: filed → normal ratio'],
    ['441702', 'REFERRAL_OR_EMERGENCY', undefined, undefined, 10, 'EXACT', 1000, '003 第十条(二)(三)'],
    ['441702', 'NOT_FILED', undefined, undefined, 15, 'EXACT', 1500, '003 第十条(四)'],
    ['320602', 'REFERRAL_OR_EMERGENCY', undefined, 'REFERRAL', 5, 'AT_MOST', 500, '002 第十八条'],
    ['320602', 'REFERRAL_OR_EMERGENCY', undefined, 'EMERGENCY', 0, 'AT_MOST', 0, '002 第十九条'],
    ['320602', 'NOT_FILED', undefined, undefined, 20, 'AT_MOST', 2000, '002 第十八条'],
  ])('%s %s %s %s → −%i points (%s), %i 元 more (%s)', (region, situation, scope, kind, points, bound, extra) => {
    const r = explainReduction({ profile: profileFor(region), situation, scope, kind, exampleAmount: 10000 })
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value).toMatchObject({ known: true, points, bound })
      expect(r.value.example?.extraOutOfPocket).toBe(extra)
      expect(r.value.example?.fundPaysUsually).toBe(9000)
      expect(r.value.citations.length).toBeGreaterThan(0)
      if (points > 0) expect(r.value.explanation).toContain(`多自付 ${extra} 元`)
    }
  })

  it('Yangjiang also cuts serious-illness insurance by 5 points (003 第十条(四))', () => {
    const r = explainReduction({ profile: profileFor('441702'), situation: 'NOT_FILED', exampleAmount: 100 })
    expect(r.ok && r.value.seriousIllnessPoints).toBe(5)
  })

  it('the brief example: 10000 元 at 90% minus 15 points → 1500 元 more', () => {
    const r = explainReduction({ profile: profileFor('450206'), situation: 'NOT_FILED', scope: 'IN_PROVINCE', exampleAmount: 10000 })
    expect(r.ok && r.value.example).toEqual({
      amount: 10000,
      baseRatioPercent: 90,
      reducedRatioPercent: 75,
      fundPaysUsually: 9000,
      fundPaysAfterCut: 7500,
      extraOutOfPocket: 1500,
    })
  })

  it.each(['110101', '360102'])('%s: no known figure → a general explanation with sources', (region) => {
    const r = explainReduction({ profile: profileFor(region), situation: 'NOT_FILED', exampleAmount: 10000 })
    expect(r.ok && r.value).toMatchObject({ known: false, points: null, example: null })
    expect(r.ok && r.value.explanation).toContain('以您参保地的规定为准')
    expect(r.ok && r.value.citations.length).toBeGreaterThan(0)
  })

  it('works in fen: 1234.56 元 at 85% minus 20 points', () => {
    const r = explainReduction({ profile: profileFor('450206'), situation: 'LATE', scope: 'OUT_OF_PROVINCE', exampleAmount: 1234.56, baseRatioPercent: 85 })
    expect(r.ok && r.value.example).toMatchObject({ fundPaysUsually: 1049.38, fundPaysAfterCut: 802.46, extraOutOfPocket: 246.92 })
  })

  it.each([
    [{ exampleAmount: -1 }, 'AMOUNT_INVALID'],
    [{ exampleAmount: Number.NaN }, 'AMOUNT_INVALID'],
    [{ exampleAmount: 100, baseRatioPercent: 120 }, 'AMOUNT_INVALID'],
  ])('rejects %j', (extra, code) => {
    expect(explainReduction({ profile: profileFor('45'), situation: 'NOT_FILED', ...extra })).toMatchObject({ ok: false, code })
  })
})
