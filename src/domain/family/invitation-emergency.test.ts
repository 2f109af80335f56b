import { BUNDLED_CALENDAR } from '@/domain/calendar'
import { profileFor } from '@/domain/profiles'
import { invitationEmergency } from './check-invitation-emergency'
import { invitationEmergencyWords } from './invitation-emergency'

// 柳州 (450200, Guangxi: 5 working days); 苏州 (320500, Jiangsu: an emergency is 视同已备案).
const at = (iso: string) => new Date(iso)

describe('invitationEmergency', () => {
  it('SPEC §6 example: admitted Fri 2025-09-26, read on Sun 28: the deadline is 2025-10-10, open', () => {
    const r = invitationEmergency('2025-09-26', profileFor('450200'), BUNDLED_CALENDAR, at('2025-09-28T02:00:00Z'))
    expect(r).toEqual({ ok: true, value: { admittedOn: '2025-09-26', mode: 'WINDOW', deadline: '2025-10-10', closed: false } })
  })

  it('read after the deadline: closed', () => {
    const r = invitationEmergency('2025-09-26', profileFor('450200'), BUNDLED_CALENDAR, at('2025-10-11T02:00:00Z'))
    expect(r.ok && r.value.closed).toBe(true)
  })

  it('refuses a day after today and one that is no date, with computeEmergencyWindow’s message', () => {
    const future = invitationEmergency('2025-10-01', profileFor('450200'), BUNDLED_CALENDAR, at('2025-09-28T02:00:00Z'))
    expect(future.ok).toBe(false)
    expect(!future.ok && future.message).toMatch(/入院日期/)
    expect(invitationEmergency('2025-02-30', profileFor('450200'), BUNDLED_CALENDAR, at('2025-09-28T02:00:00Z')).ok).toBe(false)
  })
})

describe('invitationEmergencyWords', () => {
  const asker = '您的女儿 李丽'
  it('open window: the stay, the date by which, and that agreeing comes first', () => {
    expect(invitationEmergencyWords({ admittedOn: '2025-09-26', mode: 'WINDOW', deadline: '2025-10-10', closed: false }, asker)).toBe(
      '您的女儿 李丽在替您补办急诊住院（9 月 26 日入院）的备案，要在 2025 年 10 月 10 日 24:00 前办好：您同意了才能提交，请尽早同意。',
    )
  })

  it('before discharge settlement, where the 参保地 counts so', () => {
    expect(invitationEmergencyWords({ admittedOn: '2025-09-26', mode: 'BEFORE_DISCHARGE', deadline: null, closed: false }, asker)).toContain('要在出院结算前办好')
  })

  it('past the deadline: what to do instead (零星报销), no urging', () => {
    const words = invitationEmergencyWords({ admittedOn: '2025-09-26', mode: 'WINDOW', deadline: '2025-10-10', closed: true }, asker)
    expect(words).toContain('补办的时间已经过了')
    expect(words).toContain('回参保地申请零星报销')
    expect(words).not.toContain('请尽早同意')
  })

  it('视同已备案: nothing to say', () => {
    expect(invitationEmergencyWords({ admittedOn: '2025-09-26', mode: 'DEEMED_FILED', deadline: null, closed: false }, asker)).toBeNull()
  })
})
