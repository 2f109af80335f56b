import DateChoice from '@/components/date-choice'
import { admissionMin } from './flow'

/**
 * The admission day's buttons, as the emergency flow asks it on its first page and on 填住院信息:
 * 今天 / 昨天 / 前天 and the days of the past year up to `today` ('YYYY-MM-DD', China), read out as
 * 住院日期. `value` is 'YYYY-MM-DD' or ''; `id` prefixes the element ids (DateChoice).
 */
export default function AdmissionDateChoice({ id, value, today, onChange }: { id: string; value: string; today: string; onChange: (date: string) => void }) {
  return <DateChoice id={id} label='住院日期' value={value} today={today} min={admissionMin(today)} max={today} onChange={onChange} />
}
