import { Input } from '@nutui/nutui-react-taro'
import FormField from '@/components/form-field'
import type { SubjectInfo } from '@/hooks/use-subject'
import { PHONE_INPUT_TYPE } from '@/lib/input-types'

export interface ContactPhonesProps {
  phone1: string
  phone2: string
  /** The message under a field, or undefined. */
  errorOf: (field: 'phone1' | 'phone2') => string | undefined
  onChange: (field: 'phone1' | 'phone2', value: string) => void
  /** Class of the text boxes, from the page's stylesheet. */
  inputClassName: string
  /** Whom the filing is for: a proxy is told the first number is the family member's, the second theirs. */
  subject: Pick<SubjectInfo, 'self' | 'name' | 'kin'>
}

/**
 * What the first number is for, as it is: staff call it when they need to; the result is read in
 * 我的备案 (nothing sends it to the number: a trial was told 审核结果和提醒会打给这个号码 for her father,
 * whom the console said would get no notice at all).
 */
export const PHONE1_HINT = '工作人员有事会打这个电话；办理结果在“我的备案”里看'

/**
 * The hints under the two numbers (a trial: a daughter filing for her mother could not tell whose
 * number went where). The start pages fill them that way: the insured person's own first, the
 * filer's second (`SubjectInfo.phone`, `filerPhone`).
 */
export function contactPhoneHints(subject: Pick<SubjectInfo, 'self' | 'name' | 'kin'>): { phone1: string; phone2: string } {
  if (subject.self) return { phone1: `您本人的手机。${PHONE1_HINT}`, phone2: '比如子女的电话' }
  const who = `${subject.kin ?? ''}${subject.name}`
  return { phone1: `${who}本人的手机（没有手机就填您的）。${PHONE1_HINT}`, phone2: `您（办理人）的电话，联系不上${subject.name}时打` }
}

/**
 * 联系电话 and 备用电话 of a filing (ordinary and emergency): an 11-digit mobile, and an optional
 * second number that may be a landline with its area code (hence 14 characters).
 */
export default function ContactPhones({ phone1, phone2, errorOf, onChange, inputClassName, subject }: ContactPhonesProps) {
  const hints = contactPhoneHints(subject)
  return (
    <>
      <FormField name='phone1' label='联系电话' hint={hints.phone1} error={errorOf('phone1')}>
        <Input name='phone1' className={inputClassName} type={PHONE_INPUT_TYPE} value={phone1} maxLength={13} placeholder='11 位手机号码' onChange={(v) => onChange('phone1', v)} />
      </FormField>

      <FormField name='phone2' label='备用电话（可不填）' hint={hints.phone2} error={errorOf('phone2')}>
        <Input name='phone2' className={inputClassName} type={PHONE_INPUT_TYPE} value={phone2} maxLength={14} placeholder='手机或带区号的座机' onChange={(v) => onChange('phone2', v)} />
      </FormField>
    </>
  )
}
