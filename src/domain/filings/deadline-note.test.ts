import type { FilingView } from './filing-view'
import { emergencyDeadlineNote } from './deadline-note'

type Step = FilingView['timeline'][number]
const step = (status: Step['status'], at: string): Step => ({ status, label: status, at }) as Step
const filing = (status: FilingView['status'], timeline: Step[]) => ({ status, timeline })

describe('emergencyDeadlineNote', () => {
  it('says the card above names the same day while a send-back waits', () => {
    expect(emergencyDeadlineNote(filing('NEEDS_MATERIALS', [step('SUBMITTED', '2026-12-01T02:00:00.000Z')]), '2026-12-04')).toBe('（就是上面说的期限）')
  })

  it('says 已按时提交 when the last answer came in by the deadline, China time', () => {
    // 2026-12-04 23:30 in China is 15:30 UTC the same day: still in time.
    const timeline = [
      step('SUBMITTED', '2026-12-01T02:00:00.000Z'),
      step('NEEDS_MATERIALS', '2026-12-02T02:00:00.000Z'),
      step('UNDER_REVIEW', '2026-12-04T15:30:00.000Z'),
    ]
    expect(emergencyDeadlineNote(filing('UNDER_REVIEW', timeline), '2026-12-04')).toBe('（已按时提交）')
  })

  it('gives the date alone when the last answer came after the deadline, China time', () => {
    // 16:30 UTC on the 4th is 00:30 on the 5th in China: one day late.
    const timeline = [
      step('SUBMITTED', '2026-12-01T02:00:00.000Z'),
      step('NEEDS_MATERIALS', '2026-12-02T02:00:00.000Z'),
      step('UNDER_REVIEW', '2026-12-04T16:30:00.000Z'),
      step('APPROVED', '2026-12-05T02:00:00.000Z'),
    ]
    expect(emergencyDeadlineNote(filing('APPROVED', timeline), '2026-12-04')).toBe('')
  })

  it('reads the latest answer, not the first submission', () => {
    const timeline = [step('SUBMITTED', '2026-12-01T02:00:00.000Z'), step('NEEDS_MATERIALS', '2026-12-02T02:00:00.000Z'), step('UNDER_REVIEW', '2026-12-08T02:00:00.000Z')]
    expect(emergencyDeadlineNote(filing('UNDER_REVIEW', timeline), '2026-12-04')).toBe('')
  })
})
