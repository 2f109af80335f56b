import { profileFor } from '@/domain/profiles'
import type { FilingType } from '@/domain/filing-types'
import { canChangeOrCancel } from './can-change-or-cancel'

describe('canChangeOrCancel (SPEC §5)', () => {
  // region | type | basis | validFrom | today | allowed | firstAllowedOn | source
  it.each<[string, FilingType, 'PROOF' | 'COMMITMENT', string, string, boolean, string | undefined, string]>([
    ['320602', 'LONG_TERM_RESIDENT', 'PROOF', '2025-01-15', '2025-01-16', true, undefined, '002 第十条: proof → any time'],
    ['320602', 'LONG_TERM_RESIDENT', 'COMMITMENT', '2025-01-15', '2025-07-14', false, '2025-07-15', '002 第十条: 满6个月'],
    ['320602', 'LONG_TERM_RESIDENT', 'COMMITMENT', '2025-01-15', '2025-07-15', true, undefined, '002 第十条'],
    ['360102', 'RETIRED_RESETTLED', 'COMMITMENT', '2025-08-31', '2026-02-28', false, '2026-03-01', '004 表8 温馨提示6; month end'],
    ['360102', 'STATIONED_WORKER', 'COMMITMENT', '2025-08-31', '2026-03-01', true, undefined, '004 表8 温馨提示6'],
    ['110101', 'STATIONED_WORKER', 'COMMITMENT', '2025-03-01', '2025-04-01', false, '2025-09-01', 'default lock: 002 第十条'],
    ['450206', 'OTHER_TEMPORARY', 'PROOF', '2025-03-01', '2025-03-02', true, undefined, '002 第九条: temporary, no lock'],
    ['450206', 'REFERRAL', 'COMMITMENT', '2025-03-01', '2025-03-02', true, undefined, 'no lock on temporary types'],
  ])('%s %s %s from %s, on %s: allowed %p, first %p (%s)', (region, type, basis, validFrom, today, allowed, first) => {
    const r = canChangeOrCancel({ filing: { type, basis, validFrom }, profile: profileFor(region), today })
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value.allowed).toBe(allowed)
      expect(r.value.firstAllowedOn).toBe(first)
      expect(r.value.code).toBe(allowed ? undefined : 'CANCEL_LOCKED')
      expect(r.value.citations.length).toBeGreaterThan(0)
    }
  })

  // A trial: a person who filed 在外地急诊住院了 read "临时外出就医备案…" as about someone else's filing;
  // a later one: a 68-year-old in hospital was told to 变更或取消 on going home, though an emergency
  // filing covers that admission only (003 第九条(五) 当次入院有效).
  // type | the explanation starts with | it says | it does not say | citations
  it.each<[FilingType, RegExp, RegExp, RegExp, string[]]>([
    ['EMERGENCY', /^急诊住院的备案只管这一次住院，这次住院结束，备案也就结束了，出院回家后不用变更或取消。/, /也可以随时变更或取消/, /回到参保地后请及时变更或取消/, ['第九条(五)', '第九条']],
    ['OTHER_TEMPORARY', /^临时外出就医备案可以随时变更或取消。回到参保地后请及时变更或取消备案/, /恢复参保地待遇/, /只管这一次住院/, ['第九条', '第十一条']],
    ['REFERRAL', /^临时外出就医备案可以随时变更或取消。回到参保地后/, /恢复参保地待遇/, /只管这一次住院/, ['第九条', '第十一条']],
  ])('%s: says %s (002 第九条; 003 第九条(五))', (type, starts, says, never, articles) => {
    const r = canChangeOrCancel({ filing: { type, basis: 'PROOF', validFrom: '2025-03-01' }, profile: profileFor('450206'), today: '2025-03-02' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.allowed).toBe(true)
    expect(r.value.explanation).toMatch(starts)
    expect(r.value.explanation).toMatch(says)
    expect(r.value.explanation).not.toMatch(never)
    expect(r.value.citations.map((c) => c.article)).toEqual(articles)
  })

  it('rejects a bad date', () => {
    const r = canChangeOrCancel({ filing: { type: 'RETIRED_RESETTLED', basis: 'PROOF', validFrom: 'x' }, profile: profileFor('32'), today: '2025-01-01' })
    expect(r).toMatchObject({ ok: false, code: 'DATE_INVALID' })
  })
})
