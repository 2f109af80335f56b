import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'

export interface FormFieldProps {
  label: string
  /** One plain sentence under the label: what to type, or why it is asked. */
  hint?: string
  /** A message that says what is wrong and what to do; shown in red under the field. */
  error?: string
  /** Used for test ids and to let a page scroll to the first error. */
  name: string
  /** The class of the box around the control; a field answered with large choices passes its own. */
  controlClassName?: string
  /**
   * A longer note (and its 依据) that belongs to the field: shown under the box, never inside it,
   * so it cannot squeeze the input.
   */
  note?: ReactNode
  children: ReactNode
}

export default function FormField({ label, hint, error, name, controlClassName = 'form-field__control', note, children }: FormFieldProps) {
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`} id={`field-${name}`}>
      <Text className='form-field__label'>{label}</Text>
      {hint ? <Text className='form-field__hint'>{hint}</Text> : null}
      <View className={controlClassName}>{children}</View>
      {/*
        The error's line is always there (empty until there is one), so a message that appears
        when the field is left does not push the next field under the finger (issue 13 item 12).
      */}
      <View className='form-field__error-slot' aria-live='polite'>
        {error ? (
          <Text className='form-field__error' id={`error-${name}`}>
            {error}
          </Text>
        ) : null}
      </View>
      {note ? <View className='form-field__note'>{note}</View> : null}
    </View>
  )
}
