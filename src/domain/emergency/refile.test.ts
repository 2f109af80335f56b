import { BUNDLED_CALENDAR } from '@/domain/calendar'
import type { FilingType } from '@/domain/filing-types'
import type { FilingStatus } from '@/domain/filings/status'
import { profileFor } from '@/domain/profiles'
import { computeEmergencyWindow } from '@/domain/rules'
import { emergencyRefile, refiledBy, type RefileCandidate } from './refile'

/** The window for an admission under a 参保地's profile, read at `now` (China time). */
function windowFor(insuredRegion: string, admittedOn: string, now: string, dischargedOn?: string) {
  const w = computeEmergencyWindow({ admittedOn, profile: profileFor(insuredRegion), calendar: BUNDLED_CALENDAR, now: new Date(now), dischargedOn })
  if (!w.ok) throw new Error(w.message)
  return w.value
}

describe('emergencyRefile (SPEC §6: a cancelled or refused emergency filing, and its admission)', () => {
  it.each<[FilingStatus, string, string, string, string]>([
    // status | 参保地 | read at | kind | what the next line says
    // SPEC §6 worked example (柳州, 5 working days: 9 月 28 日 a make-up day, 国庆 stretching it to 10 月 10 日).
    ['CANCELLED', '450200', '2025-09-30T10:00:00+08:00', 'OPEN', '还可以重新办急诊备案：还剩 3 个工作日（含今天），要在 2025 年 10 月 10 日 24:00 前提交。'],
    ['REJECTED', '450200', '2025-10-10T23:00:00+08:00', 'OPEN', '还可以重新办急诊备案：还剩 1 个工作日（含今天），要在 2025 年 10 月 10 日 24:00 前提交。'],
    // 10 月 11 日 is a make-up working day, but the window already ended on the 10th at 24:00.
    ['CANCELLED', '450200', '2025-10-11T09:00:00+08:00', 'CLOSED', '重新办急诊备案的时间已经过了（截止日期是 2025 年 10 月 10 日 24:00）。医药费还是能报的：先自己付，回参保地申请零星报销。'],
    // 阳江 (003 第六条): until the discharge settlement.
    ['REJECTED', '441700', '2025-10-20T10:00:00+08:00', 'BEFORE_DISCHARGE', '出院结算之前，还可以重新办急诊备案。'],
  ])('%s, insured in %s, read at %s → %s', (status, insured, now, kind, next) => {
    const refile = emergencyRefile({ type: 'EMERGENCY', status, admittedOn: '2025-09-26' }, windowFor(insured, '2025-09-26', now))
    expect(refile).toEqual({
      kind,
      lead: `这条急诊备案${status === 'CANCELLED' ? '已经取消' : '没有通过'}，这次住院（9 月 26 日入院）现在没有备案。`,
      next,
    })
  })

  it('阳江, discharged already (003 第六条): closed, 零星报销', () => {
    const w = windowFor('441700', '2025-09-26', '2025-10-20T10:00:00+08:00', '2025-10-18')
    expect(emergencyRefile({ type: 'EMERGENCY', status: 'CANCELLED', admittedOn: '2025-09-26' }, w)).toMatchObject({
      kind: 'CLOSED',
      next: '已经出院结算，不能再办急诊备案。医药费还是能报的：先自己付，回参保地申请零星报销。',
    })
  })

  it('苏州 (江苏 deems an emergency filed, 002 第八条(五), 第三十七条): nothing to file again', () => {
    const w = windowFor('320500', '2025-09-26', '2025-09-30T10:00:00+08:00')
    const refile = emergencyRefile({ type: 'EMERGENCY', status: 'CANCELLED', admittedOn: '2025-09-26' }, w)
    expect(refile?.kind).toBe('DEEMED_FILED')
    expect(refile?.next).toContain('这次住院（9 月 26 日入院）不用另外办备案')
  })

  it.each<[FilingType, FilingStatus]>([
    // type | status: no advice (a filing still standing keeps its own deadline; 变更 has its new filing)
    ['EMERGENCY', 'UNDER_REVIEW'],
    ['EMERGENCY', 'NEEDS_MATERIALS'],
    ['EMERGENCY', 'APPROVED'],
    ['EMERGENCY', 'SUPERSEDED'],
    ['OTHER_TEMPORARY', 'CANCELLED'],
  ])('%s %s → null', (type, status) => {
    const w = windowFor('450200', '2025-09-26', '2025-09-30T10:00:00+08:00')
    expect(emergencyRefile({ type, status, admittedOn: '2025-09-26' }, w)).toBeNull()
  })

  it('never mutates the window it is given', () => {
    const w = windowFor('450200', '2025-09-26', '2025-09-30T10:00:00+08:00')
    const before = JSON.stringify(w)
    emergencyRefile({ type: 'EMERGENCY', status: 'CANCELLED', admittedOn: '2025-09-26' }, w)
    expect(JSON.stringify(w)).toBe(before)
  })
})

describe('refiledBy: is the ended filing’s admission filed again already?', () => {
  const LIUZHOU_IN_YANGJIANG = { province: '440000', city: '441700' }
  const ZHANG = { name: '张三', idNumberMasked: '1101**********1233' }
  const filing = (id: string, change: Partial<RefileCandidate>): RefileCandidate => ({
    id, number: `YD2025092${id}`, type: 'EMERGENCY', status: 'UNDER_REVIEW', destination: LIUZHOU_IN_YANGJIANG,
    startDate: '2025-09-26', validFrom: null, validTo: null, admittedOn: '2025-09-26', subject: ZHANG, ...change,
  })
  const ended = filing('A', { status: 'CANCELLED' })

  it.each<[string, RefileCandidate, boolean]>([
    // what else is in 我的备案 | it | covers the admission
    ['a new emergency filing of the same admission, in review', filing('B', {}), true],
    ['the same, approved', filing('B', { status: 'APPROVED', validFrom: '2025-09-26' }), true],
    ['the same, refused too', filing('B', { status: 'REJECTED' }), false],
    ['an emergency filing of another admission', filing('B', { admittedOn: '2025-09-20', startDate: '2025-09-20' }), false],
    ['the same admission filed to another city', filing('B', { destination: { province: '440000', city: '440300' } }), false],
    ['the same admission, for someone else', filing('B', { subject: { name: '张三', idNumberMasked: '1101**********1250' } }), false],
    ['a long-term filing in force on the admission day', filing('B', { type: 'LONG_TERM_RESIDENT', status: 'APPROVED', validFrom: '2025-09-01', admittedOn: null, startDate: '2025-09-01' }), true],
  ])('%s → %s', (_what, other, covers) => {
    expect(refiledBy(ended, [ended, other], '2025-09-30')).toBe(covers ? other : null)
  })

  it('never the ended filing itself', () => {
    expect(refiledBy(ended, [ended], '2025-09-30')).toBeNull()
  })
})
