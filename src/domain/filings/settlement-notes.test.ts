import { NETWORK_LOOKUP, chronicDiseaseNote, settlementNotes, type SettlementFacts } from './settlement-notes'

// Issue 12 item 10: what decides settlement, from a rule with its 依据.
const TODAY = '2026-12-01'
const approved: SettlementFacts = { type: 'LONG_TERM_RESIDENT', status: 'APPROVED', startDate: '2026-12-01', validFrom: '2026-12-01', insuredRegion: '360100', destination: { province: '440000' } }

describe('settlementNotes', () => {
  it.each([
    ['starts today', approved, '已经生效（2026 年 12 月 1 日起），现在就可以在备案地直接结算。'],
    ['starts on 2026-12-20', { ...approved, startDate: '2026-12-20', validFrom: '2026-12-20' },
      '从2026 年 12 月 20 日起，可以在备案地直接结算；这天之前在那里看病还不能直接结算。'],
    ['under review, asked from 2026-12-20', { ...approved, status: 'UNDER_REVIEW' as const, startDate: '2026-12-20', validFrom: null },
      '审核通过后生效，最早从 2026 年 12 月 20 日起可以在备案地直接结算；审核通过晚于这天的，从通过那天起。'],
    // A self-service filing by a filer not yet verified waits for staff with its dates already set.
    ['under review with its dates set (filer not yet verified)', { ...approved, status: 'UNDER_REVIEW' as const },
      '现在还不能在备案地直接结算：审核通过那天起生效，之后在备案地看病才可以直接结算。'],
    ['emergency under review', { type: 'EMERGENCY' as const, status: 'UNDER_REVIEW' as const, startDate: '2026-11-28', validFrom: null, insuredRegion: '360100', destination: { province: '440000' },
      emergency: { admittedOn: '2026-11-28', criteria: ['ACUTE_PAIN' as const] } },
      '审核通过后，这次住院从入院那天（11 月 28 日）起算；这家医院能直接结算的，出院时就在医院结算。'],
    // A trial: a 补办 in review read "之后在备案地看病才可以直接结算", as if this stay would not settle.
    ['a 补办 during a stay, under review', { ...approved, status: 'UNDER_REVIEW' as const, startDate: '2026-11-28', validFrom: '2026-11-28', admittedOn: '2026-11-28' },
      '审核通过后，这次住院从入院那天（11 月 28 日）起算，出院结算前审核通过的，可以在这家医院直接结算。'],
    ['a 补办 during a stay, approved', { ...approved, startDate: '2026-11-28', validFrom: '2026-11-28', admittedOn: '2026-11-28' },
      '已经生效（2026 年 11 月 28 日起），现在就可以在备案地直接结算。'],
  ])('%s → %s', (_what, facts, fromDay) => {
    const notes = settlementNotes(facts, TODAY)
    expect(notes.map((n) => n.id)).toEqual(['FROM_DAY', 'NETWORK'])
    expect(notes[0].text).toBe(fromDay)
    expect(notes[0].text.includes('现在就可以')).toBe(facts.status === 'APPROVED' && facts.validFrom !== null && facts.validFrom <= TODAY)
    expect(notes[1].lookup?.url).toBe('https://fuwu.nhsa.gov.cn/')
    expect(notes[1].citations[0].article).toBe('表8 温馨提示4')
  })

  // A trial: someone already in hospital was told "去之前请查一查这家医院是不是联网定点".
  // type | the network note says | it does not say | its articles
  it.each([
    ['EMERGENCY' as const, ['已经在这家医院住院了', '问一问医院的医保办', '是不是联网定点', '不是联网定点的，出院时先自己付钱，留好发票和费用清单，回参保地办零星报销'], '去之前', ['表8 温馨提示4', '第八条', '第二十六条(二)']],
    ['OTHER_TEMPORARY' as const, ['去之前请查一查这家医院是不是联网定点'], '已经在这家医院住院了', ['表8 温馨提示4']],
    ['LONG_TERM_RESIDENT' as const, ['去之前请查一查这家医院是不是联网定点'], '医保办', ['表8 温馨提示4']],
  ])('%s: the network note says %p (004 表8 温馨提示4)', (type, says, never, articles) => {
    const facts: SettlementFacts = type === 'EMERGENCY'
      ? { ...approved, type, startDate: '2026-11-28', validFrom: '2026-11-28', emergency: { admittedOn: '2026-11-28', criteria: ['ACUTE_PAIN'] } }
      : { ...approved, type }
    const network = settlementNotes(facts, TODAY).find((n) => n.id === 'NETWORK')!
    for (const words of says) expect(network.text).toContain(words)
    expect(network.text).not.toContain(never)
    expect(network.lookup?.url).toBe('https://fuwu.nhsa.gov.cn/')
    expect(network.citations.map((c) => c.article)).toEqual(articles)
  })

  it('a TRAUMA emergency is told about the 外伤无第三方责任承诺书 (002 第三十八条, 附件7)', () => {
    const notes = settlementNotes({
      type: 'EMERGENCY', status: 'APPROVED', startDate: '2026-11-28', validFrom: '2026-11-28', insuredRegion: '360100', destination: { province: '440000' },
      emergency: { admittedOn: '2026-11-28', criteria: ['TRAUMA'] },
    }, TODAY)
    expect(notes.map((n) => n.id)).toEqual(['FROM_DAY', 'NETWORK', 'TRAUMA'])
    expect(notes[2].citations.map((c) => c.article)).toEqual(['第三十八条', '附件7 外伤无第三方责任承诺书'])
  })

  // 表8 is 江西's (赣医保发〔2023〕13号): its own 依据 to a 南昌 person, another place's to a 武汉 one.
  it.each([
    ['360100', 'REGIONAL'],
    ['420100', 'DEFAULT'],
  ] as const)('insured in %s: the 依据 of every note reads as %s', (insuredRegion, scope) => {
    const notes = settlementNotes({ ...approved, insuredRegion }, TODAY)
    expect(notes.map((n) => n.scope)).toEqual([scope, scope])
  })

  it('an emergency insured in 阳江: the 入院 rule is its own (阳医保通〔2021〕23号 第九条), the network note is 江西’s', () => {
    const notes = settlementNotes({
      type: 'EMERGENCY', status: 'APPROVED', startDate: '2026-11-28', validFrom: '2026-11-28', insuredRegion: '441702', destination: { province: '440000' },
      emergency: { admittedOn: '2026-11-28', criteria: ['ACUTE_PAIN'] },
    }, TODAY)
    expect(notes.map((n) => [n.id, n.scope])).toEqual([['FROM_DAY', 'REGIONAL'], ['NETWORK', 'DEFAULT']])
  })

  // A trial: 深圳 → 阳江 read 跨省异地就医直接结算, inside one province.
  // 参保地 | 就医地's province | the network note names
  it.each([
    ['440300', '440000', '省内异地就医直接结算', '跨省'],
    ['360100', '440000', '跨省异地就医直接结算', '省内'],
  ] as const)('insured in %s, treated in province %s: %s', (insuredRegion, province, says, never) => {
    for (const type of ['EMERGENCY', 'LONG_TERM_RESIDENT'] as const) {
      const network = settlementNotes({ ...approved, type, insuredRegion, destination: { province } }, TODAY).find((n) => n.id === 'NETWORK')!
      expect(network.text).toContain(says)
      expect(network.text).not.toContain(never)
      // The national lookup lists the 跨省 network: given for it only; 省内, where to ask instead.
      expect(network.lookup?.label.includes(never) ?? false).toBe(false)
      if (never === '跨省') {
        expect(network.lookup).toBeUndefined()
        expect(network.text).toContain('医院的医保办')
      } else expect(network.lookup).toBe(NETWORK_LOOKUP)
    }
  })
})

describe('chronicDiseaseNote (002 第十二条)', () => {
  // who the filing is for | whom the 资格认定 names
  it.each([
    [undefined, '医保部门认定您患有这种慢特病'],
    ['王秀英', '医保部门认定王秀英患有这种慢特病'],
  ])('filing for %s: "%s"', (subjectName, said) => {
    const note = chronicDiseaseNote(subjectName)
    expect(note.text).toContain(said)
    expect(note.citations).toEqual([expect.objectContaining({ article: '第十二条' })])
  })
})
