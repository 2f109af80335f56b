import { unfinishedDraftCards, type KeptFilingDraft } from './unfinished-draft'

const draft = (change: Partial<KeptFilingDraft>): KeptFilingDraft => ({ key: 'self', step: 'form', type: 'LONG_TERM_RESIDENT', memberName: null, ...change })

describe('unfinishedDraftCards: the home page names each filing started and not sent', () => {
  it('one’s own: the type and the step it reached', () => {
    expect(unfinishedDraftCards([draft({ step: 'materials' })])).toEqual([
      {
        key: 'self',
        step: 'materials',
        title: '还没填完的备案',
        detail: '您上次办「异地长期居住人员」备案，填到了“上传材料”，还没有提交。',
        confirm: '确定不要这份备案了吗？删掉以后，填过的内容和拍的照片都要重新来。',
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
})
