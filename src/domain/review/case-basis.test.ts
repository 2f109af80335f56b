import { isCitationFor, type Citation } from '@/domain/citation'
import type { FilingType } from '@/domain/filing-types'
import { DEFAULT_PROFILE, profileFor } from '@/domain/profiles'
import { LOCAL_RULE_MISSING, caseBasis, reviewDeadlineBasis } from './case-basis'
import { reviewDeadline } from './review-deadline'
import { BUNDLED_CALENDAR } from '@/domain/calendar'

const docs = (cs: readonly Citation[]): string[] => cs.map((c) => c.doc)

describe('caseBasis: a case cites only national rules and its own 参保地 (issue: 武汉 shown 阳江/江苏/柳江区 documents)', () => {
  // insured region | type | topic | scope | documents cited
  it.each<[string, FilingType, string, string, string[]]>([
    ['420100', 'LONG_TERM_RESIDENT', '有效期', 'DEFAULT', ['医保发〔2022〕22号']],
    ['420100', 'LONG_TERM_RESIDENT', '审核时限', 'DEFAULT', ['医保发〔2022〕22号']],
    ['420100', 'EMERGENCY', '急诊备案时限', 'DEFAULT', ['医保发〔2022〕22号']],
    ['420100', 'EMERGENCY', '急诊的判断', 'DEFAULT', ['医保发〔2022〕22号']],
    ['450206', 'EMERGENCY', '急诊备案时限', 'REGIONAL', ['柳江区异地急诊人员备案服务指南', '桂人社发〔2017〕6号']],
    // The 柳江区 guide's own procedure is 柳江区's; the 办法 it quotes is Guangxi-wide (a trial: 南宁 shown 柳江区's guide as its rule).
    ['450102', 'EMERGENCY', '急诊备案时限', 'REGIONAL', ['桂人社发〔2017〕6号']],
    ['450102', 'EMERGENCY', '审核时限', 'DEFAULT', ['医保发〔2022〕22号']],
    ['450206', 'EMERGENCY', '审核时限', 'REGIONAL', ['柳江区异地急诊人员备案服务指南']],
    ['450206', 'EMERGENCY', '急诊的判断', 'DEFAULT', ['医保发〔2022〕22号']],
    ['360102', 'EMERGENCY', '急诊的判断', 'REGIONAL', ['赣人社发〔2017〕57号']],
    ['320602', 'OTHER_TEMPORARY', '有效期', 'REGIONAL', ['苏医保发〔2022〕75号']],
    ['320602', 'OTHER_TEMPORARY', '审核时限', 'REGIONAL', ['苏医保发〔2022〕75号']],
    ['441702', 'REFERRAL', '有效期', 'REGIONAL', ['阳医保通〔2021〕23号']],
    ['441702', 'REFERRAL', '审核时限', 'DEFAULT', ['医保发〔2022〕22号']],
  ])('%s %s: %s is %s, citing %j', (region, type, topic, scope, cited) => {
    const found = caseBasis({ type, insuredRegion: region }).lines.find((l) => l.topic === topic)
    expect(found?.scope).toBe(scope)
    expect([...new Set(docs(found?.citations ?? []))]).toEqual(cited)
    if (scope === 'DEFAULT') expect(found?.text.startsWith(LOCAL_RULE_MISSING)).toBe(true)
  })

  it.each<[string, FilingType]>([
    ['420100', 'LONG_TERM_RESIDENT'],
    ['420100', 'EMERGENCY'],
    ['110101', 'OTHER_TEMPORARY'],
    ['450206', 'EMERGENCY'],
    ['320602', 'REFERRAL'],
    ['441702', 'RETIRED_RESETTLED'],
    ['360102', 'STATIONED_WORKER'],
  ])('%s %s: every citation is national or the 参保地 own', (region, type) => {
    const basis = caseBasis({ type, insuredRegion: region })
    expect(basis.lines[0]).toMatchObject({ topic: '国家规定', scope: 'NATIONAL' })
    for (const l of basis.lines) for (const c of l.citations) expect(isCitationFor(c, region)).toBe(true)
    expect(basis.profileName).toBe(profileFor(region).name)
  })

  it('says when no profile of the 参保地 applied', () => {
    expect(caseBasis({ type: 'OTHER_TEMPORARY', insuredRegion: '420100' })).toMatchObject({ regional: false, profileName: DEFAULT_PROFILE.name })
    expect(caseBasis({ type: 'OTHER_TEMPORARY', insuredRegion: '320602' }).regional).toBe(true)
  })
})

describe('reviewDeadline by the 参保地 review setting (002 第九条(二); 001 办理流程 审查与决定)', () => {
  const calendar = BUNDLED_CALENDAR
  it.each<[string, string, string[]]>([
    // insured region | scope | documents cited
    ['320602', 'REGIONAL', ['苏医保发〔2022〕75号']],
    ['450206', 'REGIONAL', ['柳江区异地急诊人员备案服务指南']],
    // The guide's 1 个工作日 is 柳江区's own procedure: elsewhere in Guangxi it is the default.
    ['450102', 'DEFAULT', []],
    ['420100', 'DEFAULT', []],
  ])('%s: %s, citing %j', (region, scope, cited) => {
    const d = reviewDeadline(new Date('2025-09-26T02:00:00Z'), calendar, profileFor(region).review)
    expect(d.scope).toBe(scope)
    expect(docs(d.citations)).toEqual(cited)
    expect(d.deadline).toBe('2025-09-28')
    expect(d.workingDays).toBe(1)
  })

  it('counts, and says, the working days the 参保地 sets: a 3-day setting runs through the make-up Sunday and on', () => {
    const d = reviewDeadline(new Date('2025-09-26T02:00:00Z'), calendar, { ...profileFor('450200').review, workingDays: 3 })
    expect(d).toMatchObject({ deadline: '2025-09-30', workingDays: 3 })
  })
})

describe('reviewDeadlineBasis: the queue line of a deadline 依据', () => {
  // insured region | line
  it.each<[string, string]>([
    ['320602', '苏医保发〔2022〕75号 第九条(二)'],
    ['450206', '柳江区异地急诊人员备案服务指南 办理流程 审查与决定（1 个工作日）'],
    ['450202', '本地规定未收录，按国家规定和本系统的统一做法（1 个工作日）'],
    ['420100', '本地规定未收录，按国家规定和本系统的统一做法（1 个工作日）'],
    ['441702', '本地规定未收录，按国家规定和本系统的统一做法（1 个工作日）'],
  ])('%s: %s', (region, text) => {
    expect(reviewDeadlineBasis(region)).toBe(text)
  })
})
