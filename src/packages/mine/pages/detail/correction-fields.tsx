import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import FormField from '@/components/form-field'
import AddressInput from '@/components/address-input'
import { ADDRESS_EXAMPLE } from '@/domain/validation/address-detail'
import { CORRECTABLE_FIELDS, type CorrectableField } from '@/domain/filings'
import { PHONE_INPUT_TYPE } from '@/lib/input-types'
import { quotedReasons } from '@/domain/review/decision-note'

export interface CorrectionFieldsProps {
  /** The fields the reviewer asked to correct (review.corrections), in the form's order. */
  asked: readonly CorrectableField[]
  /** What is typed, pre-filled with the filing's own value. */
  values: Readonly<Record<CorrectableField, string>>
  /** The asked fields the filing left empty (an emergency filing's 外地住址 may be): to fill, not correct. */
  filedEmpty: readonly CorrectableField[]
  /** A message per field (checkCorrections, or the server's `contacts.<field>`). */
  errors: Partial<Record<CorrectableField, string>>
  /** The reviewer's own words (review.reasons), shown with each field. */
  reasons: readonly string[]
  onChange: (field: CorrectableField, value: string) => void
  /** Leaving a field checks it (as the other forms do). */
  onBlur: (field: CorrectableField) => void
}

const HINTS: Record<CorrectableField, string> = {
  addressAtDestination: `写您在备案地住的地方，写到街道和门牌号，例如：${ADDRESS_EXAMPLE}`,
  phone1: '11 位手机号码，工作人员有事会打这个电话',
  phone2: '家人的手机，或带区号的座机；不要了可以删掉',
}

const PLACEHOLDERS: Record<CorrectableField, string> = {
  // The example is in the hint, whole: a placeholder of two lines was cut in 长辈模式 (a trial).
  addressAtDestination: '点这里写住址',
  phone1: '11 位手机号码',
  phone2: '手机号，或带区号的座机',
}

/**
 * 请改正: one field for each typed value the reviewer asked the person to correct (外地住址,
 * 联系电话, 备用电话), filled with what the filing holds now; the reviewer's words beside the field
 * when one is asked, and only in the card above (审核意见) when several are (a trial: a reason about
 * the phone, repeated under the address, read as something wrong with the address; another trial:
 * the same words again right under that card). A field the filing left empty is to 填写, under
 * words that say so (a trial: 框里是备案时填的 above an empty box). The label
 * is the input's accessible name too (a screen reader reads 外地住址, not the placeholder), and
 * sizes follow 长辈模式 through fs() like the other forms (detail__input).
 */
export default function CorrectionFields({ asked, values, filedEmpty, errors, reasons, onChange, onBlur }: CorrectionFieldsProps) {
  if (asked.length === 0) return null
  const empty = (field: CorrectableField) => filedEmpty.includes(field)
  const verb = (field: CorrectableField) => (empty(field) ? '填写' : '改正')
  return (
    <View className='detail__card' id='corrections'>
      <Text className='detail__heading'>{asked.every(empty) ? '请填写' : '请改正填写的内容'}</Text>
      <Text className='detail__text' id='corrections-intro'>
        {asked.every(empty)
          ? '备案时没有这一项，请按工作人员说的填好，再点下面的按钮提交。'
          : asked.some(empty)
            ? '框里是备案时填的，空着的是备案时没有的。请按工作人员说的改好、填好，再点下面的按钮提交。'
            : '框里是备案时填的，请按工作人员说的改好，再点下面的按钮提交。'}
      </Text>
      {asked.map((field) => (
        <FormField
          key={field}
          name={`correction-${field}`}
          label={`${verb(field)}${CORRECTABLE_FIELDS[field]}`}
          // The reviewer's own words beside the field they are about, then what to write.
          hint={asked.length === 1 && reasons.length > 0 ? `工作人员说：${quotedReasons(reasons)}。${HINTS[field]}` : HINTS[field]}
          error={errors[field]}
        >
          {field === 'addressAtDestination' ? (
            <AddressInput
              name={field}
              placeholder={PLACEHOLDERS[field]}
              value={values[field]}
              maxLength={100}
              ariaLabel={`${verb(field)}${CORRECTABLE_FIELDS[field]}`}
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
              aria-label={`${verb(field)}${CORRECTABLE_FIELDS[field]}`}
              onChange={(v) => onChange(field, v)}
              onBlur={() => onBlur(field)}
            />
          )}
        </FormField>
      ))}
    </View>
  )
}
