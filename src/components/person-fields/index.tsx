import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Input, Radio } from '@nutui/nutui-react-taro'
import FormField from '@/components/form-field'
import RegionPicker from '@/components/region-picker'
import { INSURANCE_TYPES, type InsuranceType } from '@/domain/validation/profile'
import { normalizeIdNumber } from '@/domain/validation/id-number'
import { ID_INPUT_TYPE, PHONE_INPUT_TYPE } from '@/lib/input-types'
import { tappable } from '@/lib/a11y'

/** The fields every person form asks for: the account holder's 实名信息 and a family member's. */
export type PersonField = 'name' | 'idNumber' | 'phone' | 'insuredRegion' | 'insuranceType'

/** What is typed so far; `insuranceType` is '' until one is chosen. */
export interface PersonValues {
  name: string
  idNumber: string
  phone: string
  /** 参保地: a 6-digit region code, '' until chosen. */
  insuredRegion: string
  insuranceType: string
}

/** Labels and hints: whose information it is changes the words, never the ids. */
interface PersonTexts {
  name: { label: string; hint: string }
  idNumber: { label: string }
  phone: { label: string; hint: string }
  insuredRegion: { label: string; hint: string; pickerTitle: string }
  insuranceType: { label: string }
}

const INSURANCE_HINT = '在单位上班时交的、现在领退休金的，一般是职工医保；没在单位上过班的老人、孩子、自己交的，一般是城乡居民医保'
const ID_HINT = '18 位，最后一位可能是字母 X'

const TEXTS: Record<'own' | 'family', PersonTexts> = {
  own: {
    name: { label: '姓名', hint: '和身份证上的一样' },
    idNumber: { label: '身份证号码' },
    phone: { label: '手机号码', hint: '工作人员有事会打这个电话' },
    insuredRegion: { label: '参保地', hint: '您在哪个城市交的医保', pickerTitle: '选择参保地' },
    insuranceType: { label: '险种' },
  },
  family: {
    name: { label: '家人的姓名', hint: '和家人身份证上的一样' },
    idNumber: { label: '家人的身份证号码' },
    phone: { label: '家人的手机号码', hint: '工作人员有事会打这个电话' },
    insuredRegion: { label: '家人的参保地', hint: '家人在哪个城市交的医保', pickerTitle: '选择家人的参保地' },
    insuranceType: { label: '家人的险种' },
  },
}

/**
 * Whether a field's error may show: once the field is left, or as soon as it is long enough to
 * judge while typing (18 characters of an ID number, 11 digits of a phone number).
 */
export function isJudgeable(field: string, values: Pick<PersonValues, 'idNumber' | 'phone'>, touched: boolean): boolean {
  if (touched) return true
  if (field === 'idNumber') return values.idNumber.trim().length >= 18
  if (field === 'phone') return values.phone.replace(/\D/g, '').length >= 11
  return false
}

/** FormField's look and ids, for a field answered with large choices instead of a text box. */
export function ChoiceField({ name, label, hint, error, children }: { name: string; label: string; hint: string; error?: string; children: ReactNode }) {
  return (
    <FormField name={name} label={label} hint={hint} error={error} controlClassName='member-form__choices'>
      {children}
    </FormField>
  )
}

/** The selectable look of a large choice (`flow__choice`), marked when chosen. */
export const choiceClass = (selected: boolean) => `flow__choice${selected ? ' flow__choice--selected' : ''}`

export interface PersonFieldsProps {
  /** 'own': the account holder's 实名信息; 'family': a family member's, every label says 家人的. */
  whose: 'own' | 'family'
  values: PersonValues
  /** The message to show under a field, or undefined (the page decides when errors show). */
  errorOf: (field: PersonField) => string | undefined
  /** A typed or chosen value; the ID number arrives upper-cased. */
  onChange: (field: PersonField, value: string) => void
  /** The field was left (text boxes) or answered (choices). */
  onTouch: (field: PersonField) => void
  /** What the ID number tells (birth date, age), shown as its hint once it can be read. */
  idFactsText: string | undefined
  /** Class of the text boxes, from the page's stylesheet. */
  inputClassName: string
  /** 险种 as NutUI radios (`radios`, with `radiosClassName`/`radioClassName`) or as large choices (`choices`). */
  insuranceAs: 'radios' | 'choices'
  radiosClassName?: string
  radioClassName?: string
  /** Fields of the page's own, shown after the ID number (e.g. the relation to the account holder). */
  afterIdNumber?: ReactNode
  /** A note shown just before 参保地. */
  beforeRegion?: ReactNode
}

/**
 * The name / ID number / phone / 参保地 / 险种 fields with their per-field errors, laid out once for
 * 实名信息 and 添加家人. Element ids (`field-<name>`, `error-<name>`, `insurance-<type>`) stay the
 * same on both pages; the values live in the page's draft store.
 */
export default function PersonFields(props: PersonFieldsProps) {
  const { values, errorOf, onChange, onTouch, inputClassName } = props
  const t = TEXTS[props.whose]
  const choose = (field: PersonField, value: string) => {
    onChange(field, value)
    onTouch(field)
  }
  return (
    <>
      <FormField name='name' label={t.name.label} hint={t.name.hint} error={errorOf('name')}>
        <Input
          name='name'
          className={inputClassName}
          placeholder='例如：张建华'
          value={values.name}
          maxLength={30}
          onChange={(v) => onChange('name', v)}
          onBlur={() => onTouch('name')}
        />
      </FormField>

      <FormField name='idNumber' label={t.idNumber.label} hint={props.idFactsText ?? ID_HINT} error={errorOf('idNumber')}>
        <Input
          name='idNumber'
          className={inputClassName}
          type={ID_INPUT_TYPE}
          placeholder='18 位身份证号码'
          value={values.idNumber}
          // Room for the spaces of a number typed or pasted in groups as printed on the card; they
          // are dropped as typed (a trial: an 18-character limit cut "450202 1956 0308 1525" short).
          maxLength={22}
          onChange={(v) => onChange('idNumber', normalizeIdNumber(v))}
          onBlur={() => onTouch('idNumber')}
        />
      </FormField>

      {props.afterIdNumber}

      <FormField name='phone' label={t.phone.label} hint={t.phone.hint} error={errorOf('phone')}>
        <Input
          name='phone'
          className={inputClassName}
          type={PHONE_INPUT_TYPE}
          placeholder='11 位手机号码'
          value={values.phone}
          maxLength={13}
          onChange={(v) => onChange('phone', v)}
          onBlur={() => onTouch('phone')}
        />
      </FormField>

      {props.beforeRegion}

      <FormField name='insuredRegion' label={t.insuredRegion.label} hint={t.insuredRegion.hint} error={errorOf('insuredRegion')}>
        <RegionPicker
          value={values.insuredRegion}
          title={t.insuredRegion.pickerTitle}
          placeholder='请选择省、市'
          onChange={(code) => choose('insuredRegion', code)}
        />
      </FormField>

      {props.insuranceAs === 'radios' ? (
        <FormField name='insuranceType' label={t.insuranceType.label} hint={INSURANCE_HINT} error={errorOf('insuranceType')}>
          <Radio.Group
            className={props.radiosClassName}
            direction='horizontal'
            value={values.insuranceType}
            onChange={(v) => choose('insuranceType', String(v))}
          >
            {(Object.keys(INSURANCE_TYPES) as InsuranceType[]).map((key) => (
              <Radio key={key} value={key} className={`${props.radioClassName ?? ''} flow__tick${values.insuranceType === key ? ' flow__tick--on' : ''}`}>
                {INSURANCE_TYPES[key]}
              </Radio>
            ))}
          </Radio.Group>
        </FormField>
      ) : (
        <ChoiceField name='insuranceType' label={t.insuranceType.label} hint={INSURANCE_HINT} error={errorOf('insuranceType')}>
          {(Object.keys(INSURANCE_TYPES) as InsuranceType[]).map((key) => (
            <View
              key={key}
              className={`${choiceClass(values.insuranceType === key)} member-form__choice member-form__choice--wide`}
              id={`insurance-${key}`}
              {...tappable(null, () => choose('insuranceType', key), { role: 'radio', checked: values.insuranceType === key })}
            >
              <Text className='flow__choice-label'>{INSURANCE_TYPES[key]}</Text>
            </View>
          ))}
        </ChoiceField>
      )}
    </>
  )
}
