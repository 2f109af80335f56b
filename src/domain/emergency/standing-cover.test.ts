import fc from 'fast-check'
import { formatDayNumber, parseDayNumber } from '@/domain/calendar/day-number'
import { profileFor } from '@/domain/profiles'
import { admissionCoverOf, type CoverFiling, type CoverRelation } from './admission-cover'
import { coverNote } from './cover-note'
import { placesToAsk } from './places-to-ask'
import { standingCover } from './standing-cover'

// The trial (a user's, the worst open bug): a father holds an approved long-term filing to 深圳,
// in force from 2026-12-03; he was admitted in 深圳 as an emergency on 2026-12-01. Today 12-04.
const TODAY = '2026-12-04'
const SHENZHEN = { province: '440000', city: '440300' }
const ADMISSION = { admittedOn: '2026-12-01', place: SHENZHEN }
const LONG_TERM: CoverFiling = {
  id: 'lt',
  number: 'YD20261202LTLTLT',
  type: 'LONG_TERM_RESIDENT',
  status: 'APPROVED',
  destination: SHENZHEN,
  startDate: '2026-12-03',
  validFrom: '2026-12-03',
  validTo: null,
  admittedOn: null,
}
/** 南昌 (360100): the national default profile (5 working days; 补办 until discharge settlement). */
const DEFAULT = profileFor('360100')

describe('admissionCoverOf: what one filing is to an emergency admission in 深圳 on 2026-12-01 (today 12-04)', () => {
  // change to the father's filing | admission place (default 深圳) | relation | startsOn
  it.each<[string, Partial<CoverFiling>, { province: string; city: string | null } | null, CoverRelation, string | null]>([
    ['the trial: in force from 12-03, after the admission (003 第九条: 从备案成功的当日)', {}, null, 'STARTS_LATER', '2026-12-03'],
    ['in force from 11-20: admitted within its validity (003 第九条; 002 第十三条)', { startDate: '2026-11-20', validFrom: '2026-11-20' }, null, 'COVERS', '2026-11-20'],
    ['in force from the admission day itself', { startDate: '2026-12-01', validFrom: '2026-12-01' }, null, 'COVERS', '2026-12-01'],
    ['a whole province (广东省) takes in 深圳 (002 第十二条)', { destination: { province: '440000', city: null }, validFrom: '2026-11-20' }, null, 'COVERS', '2026-11-20'],
    ['广州 is another 就医地', { destination: { province: '440000', city: '440100' }, validFrom: '2026-11-20' }, null, 'OTHER_PLACE', null],
    ['广西 (whole province) is another 就医地', { destination: { province: '450000', city: null }, validFrom: '2026-11-20' }, null, 'OTHER_PLACE', null],
    ['北京 filed at province level covers an admission in 北京 (004 表8 温馨提示3)', { destination: { province: '110000', city: null }, validFrom: '2026-11-20' }, { province: '110000', city: null }, 'COVERS', '2026-11-20'],
    ['a temporary filing that ended 10-31, before the admission', { type: 'OTHER_TEMPORARY', startDate: '2026-05-01', validFrom: '2026-05-01', validTo: '2026-10-31' }, null, 'ENDED_BEFORE', null],
    ['ended 12-01, on the admission day, lapsed since: the stay is still covered (003 第九条)', { type: 'OTHER_TEMPORARY', status: 'EXPIRED', startDate: '2026-06-02', validFrom: '2026-06-02', validTo: '2026-12-01' }, null, 'COVERS', '2026-06-02'],
    ['in force 12-02 to 12-02 only: after the admission, over before today', { type: 'OTHER_TEMPORARY', startDate: '2026-12-02', validFrom: '2026-12-02', validTo: '2026-12-02' }, null, 'NOT_STANDING', null],
    ['in review, start 11-28: in force from its approval day, after the admission', { status: 'UNDER_REVIEW', startDate: '2026-11-28', validFrom: '2026-11-28' }, null, 'STARTS_LATER', null],
    ['in review, start 12-10: not before 12-10', { status: 'UNDER_REVIEW', startDate: '2026-12-10', validFrom: '2026-12-10' }, null, 'STARTS_LATER', '2026-12-10'],
    ['in review, a 补办 from its admission on 11-30 (003 第九条)', { status: 'UNDER_REVIEW', startDate: '2026-11-30', validFrom: '2026-11-30', admittedOn: '2026-11-30' }, null, 'COVERS_ONCE_APPROVED', '2026-11-30'],
    ['sent back for 补充材料, the same 补办', { status: 'NEEDS_MATERIALS', startDate: '2026-11-30', validFrom: '2026-11-30', admittedOn: '2026-11-30' }, null, 'COVERS_ONCE_APPROVED', '2026-11-30'],
    ['cancelled', { status: 'CANCELLED', validFrom: '2026-11-20' }, null, 'NOT_STANDING', null],
    ['rejected', { status: 'REJECTED', validFrom: '2026-11-20' }, null, 'NOT_STANDING', null],
    ['changed (its successor is judged on its own)', { status: 'SUPERSEDED', validFrom: '2026-11-20' }, null, 'NOT_STANDING', null],
    ['an approved emergency filing of this admission (003 第九条(五))', { type: 'EMERGENCY', startDate: '2026-12-01', validFrom: '2026-12-01', admittedOn: '2026-12-01' }, null, 'COVERS', '2026-12-01'],
    ['an emergency filing of this admission in review', { type: 'EMERGENCY', status: 'UNDER_REVIEW', startDate: '2026-12-01', validFrom: '2026-12-01', admittedOn: '2026-12-01' }, null, 'COVERS_ONCE_APPROVED', '2026-12-01'],
    ['an emergency filing of another admission (当次入院有效)', { type: 'EMERGENCY', startDate: '2026-11-20', validFrom: '2026-11-20', admittedOn: '2026-11-20' }, null, 'OTHER_ADMISSION', null],
  ])('%s', (_why, change, place, relation, startsOn) => {
    const filing = { ...LONG_TERM, ...change }
    const before = JSON.stringify(filing)
    expect(admissionCoverOf(filing, { ...ADMISSION, place: place ?? SHENZHEN }, TODAY)).toEqual({ relation, startsOn })
    expect(JSON.stringify(filing)).toBe(before)
  })

  it('admitted today, a filing in review from today: not counted as covering (the approval may come tomorrow)', () => {
    const filing = { ...LONG_TERM, status: 'UNDER_REVIEW' as const, startDate: TODAY, validFrom: TODAY }
    expect(admissionCoverOf(filing, { admittedOn: TODAY, place: SHENZHEN }, TODAY)).toEqual({ relation: 'STARTS_LATER', startsOn: null })
  })

  it('property: COVERS only for an approved filing to a place that takes the admission in, the admission day within its dates', () => {
    const day0 = parseDayNumber('2026-01-01')
    const places = [SHENZHEN, { province: '440000', city: null }, { province: '440000', city: '440100' }, { province: '450000', city: '450200' }]
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
        fc.constantFrom('APPROVED', 'EXPIRED', 'UNDER_REVIEW', 'CANCELLED'),
        fc.constantFrom(...places),
        (admitted, from, length, status, destination) => {
          const validFrom = formatDayNumber(day0 + from)
          const validTo = length === null ? null : formatDayNumber(day0 + from + length)
          const filing: CoverFiling = { ...LONG_TERM, status: status as CoverFiling['status'], destination, startDate: validFrom, validFrom, validTo }
          const admittedOn = formatDayNumber(day0 + admitted)
          const today = formatDayNumber(day0 + 320)
          const { relation } = admissionCoverOf(filing, { admittedOn, place: SHENZHEN }, today)
          const within = validFrom <= admittedOn && (validTo === null || admittedOn <= validTo)
          const here = destination.province === '440000' && (destination.city === null || destination.city === '440300')
          expect(relation === 'COVERS').toBe((status === 'APPROVED' || status === 'EXPIRED') && here && within)
        },
      ),
    )
  })
})

describe('standingCover: what the person is told (SPEC §4, §6)', () => {
  it('the trial, away more than 3 months: not an emergency; before discharge settlement, the 参保地 moves the start back to the admission (补办), else 零星报销', () => {
    const answer = standingCover(ADMISSION, [LONG_TERM], { today: TODAY, profile: DEFAULT, trip: 'MORE', subjectName: '张建华' })
    expect(answer).toMatchObject({ kind: 'STARTS_LATER', next: 'ASK_AGENCY', startsOn: '2026-12-03', place: '广东省深圳市', filing: { id: 'lt' } })
    if (answer.kind === 'NONE') throw new Error('expected an answer')
    expect(answer.headline).toBe('已有的备案管不到这次住院，还能补办')
    expect(answer.lead).toBe(
      '张建华去广东省深圳市的备案（异地长期居住人员，备案号 YD20261202LTLTLT）2026 年 12 月 3 日起才生效，2026 年 12 月 1 日住院时还没生效：有效期内住的院才算，这次住院不在里面。',
    )
    expect(answer.advice).toContain('张建华离开参保地超过 3 个月，不能按急诊办。')
    expect(answer.advice).toContain('请他们把这条备案的开始日期改到入院那天（2026 年 12 月 1 日）')
    expect(answer.advice).toContain('回参保地办零星报销')
    // Never back to the chooser that refuses him: nothing here says 去选备案类型 or 再办一条.
    expect(answer.advice).not.toMatch(/选备案类型|重新办/)
    const cited = answer.citations.map((c) => `${c.doc} ${c.article}`)
    expect(cited).toEqual(expect.arrayContaining([
      '阳医保通〔2021〕23号 第九条', '苏医保发〔2022〕75号 第十三条', '苏医保发〔2022〕75号 通知 二',
      '赣医保发〔2023〕13号 表8 温馨提示5', '苏医保发〔2022〕75号 第二十六条(二)',
    ]))
  })

  it('the trial, away 3 months or less: this stay is filed as an emergency, the long-term filing kept for later (001 受理条件)', () => {
    const answer = standingCover(ADMISSION, [LONG_TERM], { today: TODAY, profile: DEFAULT, trip: 'WITHIN' })
    expect(answer).toMatchObject({ kind: 'STARTS_LATER', next: 'FILE_EMERGENCY' })
    if (answer.kind === 'NONE') throw new Error('expected an answer')
    expect(answer.lead.startsWith('您去广东省深圳市的备案')).toBe(true)
    expect(answer.advice).toBe('这次住院要另外办急诊备案，从入院那天算起。以后在广东省深圳市看病，还用那条备案，不用改。')
  })

  it('the trip not answered yet: the advice says for whom the emergency filing is', () => {
    const answer = standingCover(ADMISSION, [LONG_TERM], { today: TODAY, profile: DEFAULT, trip: null })
    expect(answer.kind !== 'NONE' && answer.advice.startsWith('离开参保地 3 个月以内的，这次住院要另外办急诊备案')).toBe(true)
  })

  it('insured in 苏州 (Jiangsu profile): an emergency counts as filed (002 第三十七条), nothing to file', () => {
    const answer = standingCover(ADMISSION, [LONG_TERM], { today: TODAY, profile: profileFor('320500'), trip: 'WITHIN' })
    expect(answer).toMatchObject({ kind: 'STARTS_LATER', next: 'DEEMED_FILED' })
    expect(answer.kind !== 'NONE' && answer.advice).toContain('这次住院不用另外办')
  })

  it('insured in 苏州, away more than 3 months: still counted as filed — 002 第三十七条 sets no trip length — never 补办 or 零星报销 for this stay', () => {
    const answer = standingCover(ADMISSION, [LONG_TERM], { today: TODAY, profile: profileFor('320500'), trip: 'MORE' })
    expect(answer).toMatchObject({ kind: 'STARTS_LATER', next: 'DEEMED_FILED' })
    if (answer.kind === 'NONE') throw new Error('expected an answer')
    expect(answer.advice).toContain('异地急诊抢救视同已备案')
    expect(answer.advice).toContain('以后在广东省深圳市看病，还用那条备案，不用改。')
    expect(answer.advice).not.toContain('不能按急诊办')
    expect(answer.citations.map((c) => c.article)).toContain('第三十七条')
  })

  it('a profile that allows no 补办 during a stay (profile data, not a region): 零星报销 only', () => {
    const strict = { ...DEFAULT, duringStay: { ...DEFAULT.duringStay, allowed: false, text: '住院后不能补办。' } }
    const answer = standingCover(ADMISSION, [LONG_TERM], { today: TODAY, profile: strict, trip: 'MORE' })
    expect(answer).toMatchObject({ kind: 'STARTS_LATER', next: 'CLAIM_AFTERWARDS' })
    expect(answer.kind !== 'NONE' && answer.advice).toContain('回参保地办零星报销')
    expect(answer.kind !== 'NONE' && answer.advice).not.toContain('改到入院那天')
  })

  it('admitted within its validity: no emergency filing; show the filing (003 第九条; 002 第十三条; 004 表8 温馨提示4)', () => {
    const covering = { ...LONG_TERM, startDate: '2026-11-20', validFrom: '2026-11-20' }
    const answer = standingCover(ADMISSION, [covering], { today: TODAY, profile: DEFAULT, trip: 'MORE', subjectName: '张建华' })
    expect(answer).toMatchObject({ kind: 'COVERED', next: 'OPEN_FILING', headline: '不用办急诊备案：这次住院已经有备案了' })
    if (answer.kind === 'NONE') throw new Error('expected an answer')
    expect(answer.lead).toBe('张建华去广东省深圳市的备案（异地长期居住人员，备案号 YD20261202LTLTLT）2026 年 11 月 20 日起生效，2026 年 12 月 1 日住院时已经在有效期内。')
    expect(answer.advice).toContain('整次住院都算备案了，出院晚于有效期也不影响，不用再办急诊备案')
    expect(answer.citations.map((c) => `${c.doc} ${c.article}`)).toEqual(['阳医保通〔2021〕23号 第九条', '苏医保发〔2022〕75号 第十三条', '赣医保发〔2023〕13号 表8 温馨提示4'])
  })

  it('a 补办 in review that counts from before the admission: wait for the review, file nothing', () => {
    const waiting = { ...LONG_TERM, status: 'UNDER_REVIEW' as const, startDate: '2026-11-30', validFrom: '2026-11-30', admittedOn: '2026-11-30' }
    const answer = standingCover(ADMISSION, [waiting], { today: TODAY, profile: DEFAULT, trip: 'WITHIN' })
    expect(answer).toMatchObject({ kind: 'COVERED_ONCE_APPROVED', next: 'WAIT_REVIEW' })
    expect(answer.kind !== 'NONE' && answer.advice).toContain('请等审核结果')
  })

  it('this admission already has an emergency filing: said as such', () => {
    const emergency = { ...LONG_TERM, type: 'EMERGENCY' as const, status: 'UNDER_REVIEW' as const, startDate: '2026-12-01', validFrom: '2026-12-01', admittedOn: '2026-12-01' }
    const answer = standingCover(ADMISSION, [emergency], { today: TODAY, profile: DEFAULT, trip: 'WITHIN' })
    expect(answer).toMatchObject({ kind: 'COVERED_ONCE_APPROVED', headline: '这次住院已经办了急诊备案，不用再办' })
    expect(answer.kind !== 'NONE' && answer.lead).toBe('您2026 年 12 月 1 日在广东省深圳市住的这次院，已经有急诊备案（审核中，备案号 YD20261202LTLTLT）。')
  })

  it('a filing the caller cannot open: named without its number, and where it can be seen', () => {
    const covering = { ...LONG_TERM, validFrom: '2026-11-20' }
    const self = standingCover(ADMISSION, [covering], { today: TODAY, profile: DEFAULT, trip: null, isVisible: () => false })
    expect(self.kind !== 'NONE' && `${self.lead}${self.advice}`).not.toContain('YD20261202LTLTLT')
    expect(self.kind !== 'NONE' && self.advice).toContain('完成实人认证后，它会显示在您的“我的备案”里')
    const proxy = standingCover(ADMISSION, [covering], { today: TODAY, profile: DEFAULT, trip: null, subjectName: '张建华', isVisible: () => false })
    expect(proxy.kind !== 'NONE' && proxy.advice).toContain('请张建华本人或办理的人查看')
  })

  // filings (by their change to the father's) | kind | id of the filing named
  it.each<[string, Array<Partial<CoverFiling>>, 'NONE' | 'COVERED' | 'STARTS_LATER', string | null]>([
    ['nothing stands', [], 'NONE', null],
    ['only another place, one ended, one cancelled', [{ destination: { province: '440000', city: '440100' } }, { validFrom: '2026-01-01', validTo: '2026-06-30' }, { status: 'CANCELLED' }], 'NONE', null],
    ['a covering filing wins over one that starts later', [{ id: 'later' }, { id: 'now', validFrom: '2026-11-01' }], 'COVERED', 'now'],
    ['of two that start later, the earlier', [{ id: 'b', validFrom: '2026-12-20' }, { id: 'a', validFrom: '2026-12-05' }], 'STARTS_LATER', 'a'],
    ['a dated start wins over one waiting for its approval day', [{ id: 'w', status: 'UNDER_REVIEW', startDate: '2026-11-28' }, { id: 'd', validFrom: '2026-12-09' }], 'STARTS_LATER', 'd'],
  ])('%s', (_why, changes, kind, id) => {
    const filings = changes.map((c, i) => ({ ...LONG_TERM, id: `f${i}`, ...c }))
    const answer = standingCover(ADMISSION, filings, { today: TODAY, profile: DEFAULT, trip: 'WITHIN' })
    expect(answer.kind).toBe(kind)
    expect(answer.kind === 'NONE' ? null : answer.filing.id).toBe(id)
  })
})

describe('coverNote: the staff console’s line beside the emergency filing', () => {
  it.each<[CoverRelation, string | null, string]>([
    ['STARTS_LATER', '2026-12-03', '2026 年 12 月 3 日起才生效，入院（2026 年 12 月 1 日）时还没生效，管不到这次住院'],
    ['STARTS_LATER', null, '审核通过那天才生效，管不到2026 年 12 月 1 日的这次住院'],
    ['COVERS', '2026-11-20', '入院（2026 年 12 月 1 日）时已在有效期内：这次住院已经有备案管着'],
    ['OTHER_PLACE', null, '备案地不是这次住院的地方，管不到这次住院'],
  ])('%s from %s', (relation, startsOn, text) => {
    expect(coverNote({ relation, startsOn }, '2026-12-01')).toBe(text)
  })
})

describe('placesToAsk: where the emergency flow asks whether the hospital is', () => {
  // filings (changes to the father's) | places offered
  it.each<[string, Array<Partial<CoverFiling>>, Array<[string, string]>]>([
    ['the trial: his long-term filing to 深圳', [{}], [['440300', '在广东省深圳市']]],
    ['a whole province, and 北京 at province level', [{ destination: { province: '440000', city: null } }, { id: 'bj', destination: { province: '110000', city: null } }], [['440000', '在广东省（省内哪个城市都算）'], ['110000', '在北京市']]],
    ['two filings to one place, once', [{}, { id: 'again', type: 'OTHER_TEMPORARY', validTo: '2027-06-01' }], [['440300', '在广东省深圳市']]],
    ['one ended before the admission, one cancelled, an emergency of another admission: nothing to ask', [{ validFrom: '2026-01-01', validTo: '2026-06-30' }, { status: 'CANCELLED' }, { type: 'EMERGENCY', admittedOn: '2026-11-01' }], []],
  ])('%s', (_why, changes, places) => {
    const filings = changes.map((c, i) => ({ ...LONG_TERM, id: `f${i}`, ...c }))
    expect(placesToAsk(filings, '2026-12-01', TODAY).map((p) => [p.code, p.label])).toEqual(places)
  })
})
