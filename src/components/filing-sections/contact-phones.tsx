import { Input } from '@nutui/nutui-react-taro'
import FormField from '@/components/form-field'
import { PHONE_INPUT_TYPE } from '@/lib/input-types'

export interface ContactPhonesProps {
  phone1: string
  phone2: string
  /** The message under a field, or undefined. */
  errorOf: (field: 'phone1' | 'phone2') => string | undefined
  onChange: (field: 'phone1' | 'phone2', value: string) => void
  /** Why the first number is asked: what will call it (办理结果 or 审核结果, and 提醒). */
  phone1Hint: string
  /** Class of the text boxes, from the page's stylesheet. */
  inputClassName: string
}

/**
 * 联系电话 and 备用电话 of a filing (ordinary and emergency): an 11-digit mobile, and an optional
 * second number that may be a landline with its area code (hence 14 characters).
 */
export default function ContactPhones({ phone1, phone2, errorOf, onChange, phone1Hint, inputClassName }: ContactPhonesProps) {
  return (
    <>
      <FormField name='phone1' label='联系电话' hint={phone1Hint} error={errorOf('phone1')}>
        <Input name='phone1' className={inputClassName} type={PHONE_INPUT_TYPE} value={phone1} maxLength={13} placeholder='11 位手机号码' onChange={(v) => onChange('phone1', v)} />
      </FormField>

      <FormField name='phone2' label='备用电话（可不填）' hint='比如子女的电话' error={errorOf('phone2')}>
        <Input name='phone2' className={inputClassName} type={PHONE_INPUT_TYPE} value={phone2} maxLength={14} placeholder='手机或带区号的座机' onChange={(v) => onChange('phone2', v)} />
      </FormField>
    </>
  )
}
