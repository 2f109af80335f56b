import { findRegion, listProvinces } from '@/domain/regions'
import type { FilingView } from './filing-view'
import { unfinishedDraftCards, type KeptFilingDraft } from './unfinished-draft'

const draft = (change: Partial<KeptFilingDraft>): KeptFilingDraft => ({ key: 'self', step: 'form', type: 'LONG_TERM_RESIDENT', memberName: null, ...change })

describe('unfinishedDraftCards: the home page names each filing started and not sent', () => {
  it('one’s own: the type and the step it reached', () => {
    expect(unfinishedDraftCards([draft({ step: 'materials' })])).toEqual([
      {
        key: 'self',
        step: 'materials',
        title: '还没填完的备案',
        detail: '您上次为自己办「异地长期居住人员」备案，填到了“上传材料”，还没有提交。',
        confirm: '确定不要这份备案了吗？删掉以后，填过的内容和拍的照片都要重新来。',
        duplicateOf: null,
      },
    ])
  })

  it('a family member’s names them, in the title, the line and the question before discarding', () => {
    const [card] = unfinishedDraftCards([draft({ key: 'member:m1', memberName: '王建国', type: 'RETIRED_RESETTLED', step: 'review' })])
    expect(card).toMatchObject({
      key: 'member:m1',
      title: '还没填完的备案：替王建国办的',
      detail: '您上次替王建国办「异地安置退休人员」备案，填到了“确认提交”，还没有提交。',
    })
    expect(card!.confirm).toContain('替王建国办的')
    // A member no longer in the list still has a card, not a blank name.
    expect(unfinishedDraftCards([draft({ key: 'member:gone', memberName: null })])[0]!.detail).toContain('替家人办')
  })

  it('no card for a draft that chose no type yet (only the first step), and one’s own comes first', () => {
    const cards = unfinishedDraftCards([
      draft({ key: 'member:m1', memberName: '王建国' }),
      draft({ key: 'member:m2', memberName: '李秀英', step: 'start', type: null }),
      draft({ key: 'member:m3', memberName: '张三', step: 'start' }),
      draft({ key: 'self', step: 'review' }),
    ])
    expect(cards.map((c) => c.key)).toEqual(['self', 'member:m1'])
  })

  it('does not change what it is given', () => {
    const input = Object.freeze([Object.freeze(draft({ key: 'member:m1', memberName: '王建国' })), Object.freeze(draft({}))])
    unfinishedDraftCards(input)
    expect(input.map((d) => d.key)).toEqual(['member:m1', 'self'])
  })

  // A trial: 继续填写 on the home page went straight to the step, skipping the warning 我要备案 gives
  // when the draft duplicates a filing the person has (SPEC §7 重复备案, the server's 409).
  describe('a draft that duplicates a filing the person has', () => {
    const TODAY = '2026-12-02'
    const standing = (over: Partial<FilingView>) =>
      ({
        id: 'f9', number: 'YD20261201ABCDEF', type: 'LONG_TERM_RESIDENT', typeName: '异地长期居住人员', status: 'UNDER_REVIEW', statusLabel: '审核中',
        destination: { province: '440000', city: '441700', name: '广东省阳江市' }, startDate: '2026-12-01', validFrom: null, validTo: null, basis: 'PROOF',
        ...over,
      }) as FilingView

    it.each<[string, Partial<KeptFilingDraft>, Partial<FilingView>, boolean]>([
      // what | the draft | the filing it may clash with | duplicate?
      ['same type, same city, in review', { destination: '441700' }, {}, true],
      ['same type, same city, approved', { destination: '441700' }, { status: 'APPROVED', statusLabel: '备案成功', validFrom: '2026-12-01' }, true],
      ['same type, 北京 (a province-level unit: no city)', { destination: '110000' }, { destination: { province: '110000', city: null, name: '北京市' } }, true],
      ['another city of the same province', { destination: '440100' }, {}, false],
      ['a whole-province filing is not the same place as a city', { destination: '441700' }, { destination: { province: '440000', city: null, name: '广东省' } }, false],
      ['another type', { type: 'OTHER_TEMPORARY', destination: '441700' }, {}, false],
      ['the filing was cancelled', { destination: '441700' }, { status: 'CANCELLED', statusLabel: '已取消' }, false],
      ['no 就医地 picked yet', { destination: '' }, {}, false],
    ])('%s', (_what, over, filing, clashes) => {
      const [card] = unfinishedDraftCards([draft({ startDate: '2026-12-05', filings: [standing(filing)], ...over })], TODAY)
      expect(card!.duplicateOf?.id ?? null).toBe(clashes ? 'f9' : null)
    })

    it('says so as 接着上次填 does, naming the filing; for a family member, their name', () => {
      const [own] = unfinishedDraftCards([draft({ step: 'materials', destination: '441700', filings: [standing({})] })], TODAY)
      expect(own).toEqual({
        key: 'self',
        step: 'materials',
        title: '上次填的不用再提交',
        detail: '上次填的「异地长期居住人员」和您已有的备案重复了，不用再提交；要改地方或日期，请打开已有的备案办理变更。',
        confirm: '确定不要这份备案了吗？删掉以后，填过的内容和拍的照片都要重新来。',
        duplicateOf: { id: 'f9', line: '异地长期居住人员（去广东省阳江市），审核中，备案号 YD20261201ABCDEF' },
      })
      const [theirs] = unfinishedDraftCards([draft({ key: 'member:m1', memberName: '王建国', destination: '441700', filings: [standing({})] })], TODAY)
      expect(theirs!.title).toBe('上次填的不用再提交：替王建国办的')
      expect(theirs!.detail).toContain('和王建国已有的备案重复了')
    })

    // The home page reads a draft's code without the region table: for every 就医地 the picker offers,
    // the same place as the filing flow's destinationOf (findRegion) makes of it.
    it('every province and city of the table: a filing there is found for a draft with its code', () => {
      const codes = listProvinces().flatMap((p) => [p.code, ...p.cities.map((c) => c.code)])
      expect(codes.length).toBeGreaterThan(300)
      for (const code of codes) {
        const region = findRegion(code)!
        const there = standing({ destination: { province: region.province.code, city: region.city?.code ?? null, name: region.name } })
        expect([code, unfinishedDraftCards([draft({ destination: code, filings: [there] })], TODAY)[0]!.duplicateOf?.id]).toEqual([code, 'f9'])
      }
    })

    it('without today, or with the filings not read, nothing is looked for', () => {
      expect(unfinishedDraftCards([draft({ destination: '441700', filings: [standing({})] })])[0]!.duplicateOf).toBeNull()
      expect(unfinishedDraftCards([draft({ destination: '441700' })], TODAY)[0]!.duplicateOf).toBeNull()
    })
  })
})
