import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import FormField from '@/components/form-field'
import AddressInput from '@/components/address-input'
import { CORRECTABLE_FIELDS, type CorrectableField } from '@/domain/filings'
import { PHONE_INPUT_TYPE } from '@/lib/input-types'

export interface CorrectionFieldsProps {
  /** The fields the reviewer asked to correct (review.corrections), in the form's order. */
  asked: readonly CorrectableField[]
  /** What is typed, pre-filled with the filing's own value. */
  values: Readonly<Record<CorrectableField, string>>
  /** A message per field (checkCorrections, or the server's `contacts.<field>`). */
  errors: Partial<Record<CorrectableField, string>>
  /** The reviewer's own words (review.reasons), shown with each field. */
  reasons: readonly string[]
  onChange: (field: CorrectableField, value: string) => void
  /** Leaving a field checks it (as the other forms do). */
  onBlur: (field: CorrectableField) => void
}

const HINTS: Record<CorrectableField, string> = {
  addressAtDestination: '写在备案地住的地方，写到街道和门牌号',
  phone1: '11 位手机号码，办理结果会通知到这个号码',
  phone2: '家人的手机，或带区号的座机；不要了可以删掉',
}

const PLACEHOLDERS: Record<CorrectableField, string> = {
  addressAtDestination: '例如：阳江市江城区东风二路 18 号',
  phone1: '11 位手机号码',
  phone2: '手机号，或带区号的座机',
}

/**
 * 请改正: one field for each typed value the reviewer asked the person to correct (外地住址,
 * 联系电话, 备用电话), filled with what the filing holds now, under the reviewer's words: beside the
 * field when one is asked, once above the fields when several are (a trial: a reason about the
 * phone, repeated under the address, read as something wrong with the address). The label
 * is the input's accessible name too (a screen reader reads 外地住址, not the placeholder), and
 * sizes follow 长辈模式 through fs() like the other forms (detail__input).
 */
export default function CorrectionFields({ asked, values, errors, reasons, onChange, onBlur }: CorrectionFieldsProps) {
  if (asked.length === 0) return null
  return (
    <View className='detail__card' id='corrections'>
      <Text className='detail__heading'>请改正填写的内容</Text>
      <Text className='detail__text'>框里是备案时填的，请按工作人员说的改好，再点下面的按钮提交。</Text>
      {asked.length > 1 && reasons.length > 0 ? (
        <Text className='detail__text' id='corrections-reasons'>{`工作人员说：${reasons.join('；')}。`}</Text>
      ) : null}
      {asked.map((field) => (
        <FormField
          key={field}
          name={`correction-${field}`}
          label={`改正${CORRECTABLE_FIELDS[field]}`}
          // The reviewer's own words beside the field they are about, then what to write.
          hint={asked.length === 1 && reasons.length > 0 ? `工作人员说：${reasons.join('；')}。${HINTS[field]}` : HINTS[field]}
          error={errors[field]}
        >
          {field === 'addressAtDestination' ? (
            <AddressInput
              name={field}
              placeholder={PLACEHOLDERS[field]}
              value={values[field]}
              maxLength={100}
              ariaLabel={`改正${CORRECTABLE_FIELDS[field]}`}
              onChange={(v) => onChange(field, v)}
              onBlur={() => onBlur(field)}
            />
          ) : (
            <Input
              name={field}
              className='detail__input'
              type={PHONE_INPUT_TYPE}
              placeholder={PLACEHOLDERS[field]}
              value={values[field]}
              maxLength={13}
              aria-label={`改正${CORRECTABLE_FIELDS[field]}`}
              onChange={(v) => onChange(field, v)}
              onBlur={() => onBlur(field)}
            />
          )}
        </FormField>
      ))}
    </View>
  )
}
