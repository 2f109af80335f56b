import type { FilingView } from './filing-view'
import { chinaToday } from '@/domain/time/china-date'

/**
 * What an emergency filing's 补办截止 row adds after its date (SPEC §6; seeds/001 设立依据2
 * 第九条(三)1: within 5 working days of admission; the last day ends at 24:00, 民法典 第二百零三条):
 * - '（就是上面说的期限）' while a send-back waits (NEEDS_MATERIALS): the card above names the same day;
 * - '（已按时提交）' once the filing, or the answer to the last send-back, came in by the deadline —
 *   the China date of its latest 已提交 / 审核中 step is on or before `deadline`;
 * - '' otherwise (it came in later, or has not come in): the date alone.
 *
 * `deadline` is a China day 'YYYY-MM-DD'; the timeline's `at` are ISO instants. Pure: no clock.
 */
export function emergencyDeadlineNote(f: Pick<FilingView, 'status' | 'timeline'>, deadline: string): string {
  if (f.status === 'NEEDS_MATERIALS') return '（就是上面说的期限）'
  const sent = [...f.timeline].reverse().find((e) => e.status === 'UNDER_REVIEW' || e.status === 'SUBMITTED')
  return sent && chinaToday(new Date(sent.at)) <= deadline ? '（已按时提交）' : ''
}
