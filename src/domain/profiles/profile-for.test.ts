import { POLICY_PROFILES, profileFor } from './profile-for'

describe('profileFor: the most specific matching prefix, else the default', () => {
  // region code | profile | emergency mode | lock months | source
  it.each([
    ['450206', 'LIUJIANG', 'WINDOW', 6, '001 设立依据2 第九条(三)1; 办理流程'],
    ['450100', 'GUANGXI', 'WINDOW', 6, '001'],
    ['320602', 'JIANGSU', 'DEEMED_FILED', 6, '002 第八条(五), 第三十七条, 第十条'],
    ['441702', 'YANGJIANG', 'BEFORE_DISCHARGE', 6, '003 第六条'],
    ['441781', 'YANGJIANG', 'BEFORE_DISCHARGE', 6, '003 第六条'],
    ['440106', 'DEFAULT', 'WINDOW', 6, 'Guangdong outside Yangjiang: no local rule'],
    ['360102', 'JIANGXI', 'WINDOW', 6, '004 表8 温馨提示6'],
    ['110101', 'DEFAULT', 'WINDOW', 6, 'SPEC §6 default'],
    ['', 'DEFAULT', 'WINDOW', 6, 'nothing given'],
  ])('%p → %s (%s, lock %i months; %s)', (code, id, mode, lock) => {
    const p = profileFor(code)
    expect(p.id).toBe(id)
    expect(p.emergency.mode).toBe(mode)
    expect(p.commitmentLock.months).toBe(lock)
  })

  it('the default and Guangxi windows are 5 working days (001 申请材料)', () => {
    for (const code of ['450206', '110101', '360102']) {
      const e = profileFor(code).emergency
      expect(e.mode === 'WINDOW' && e.workingDays).toBe(5)
    }
  })

  it('Yangjiang referrals last 90 days, elsewhere at least 6 months (003 第九条(四); 002 第十条)', () => {
    expect(profileFor('441702').referralValidity).toMatchObject({ kind: 'DAYS', days: 90 })
    expect(profileFor('320602').referralValidity).toMatchObject({ kind: 'MIN_MONTHS', months: 6 })
  })

  it.each(POLICY_PROFILES.map((p) => [p.id, p]))('%s: every setting cites a source and reads in Chinese', (_id, p) => {
    for (const s of [p.emergency, p.commitmentLock, p.longTermValidity, p.temporaryValidity, p.referralValidity]) {
      expect(s.citations.length).toBeGreaterThan(0)
      expect(s.text).toMatch(/[\u4e00-\u9fa5]/)
    }
    if (p.reductions.known) {
      for (const r of Object.values(p.reductions.rules)) expect(r.citations.length).toBeGreaterThan(0)
    } else {
      expect(p.reductions.citations.length).toBeGreaterThan(0)
    }
  })

  it.each(POLICY_PROFILES.map((p) => [p.id, p]))('%s is serialisable as is (GET /api/policy-profiles/:regionCode)', (_id, p) => {
    expect(JSON.parse(JSON.stringify(p))).toEqual(p)
  })

  it('profiles are frozen so no caller can change a rule for everyone', () => {
    const p = profileFor('450206')
    expect(Object.isFrozen(p)).toBe(true)
    expect(Object.isFrozen(p.emergency.citations)).toBe(true)
  })
})
