import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { tappable } from '@/lib/a11y'

export interface SubmitProblemProps<S extends string> {
  /** The server's message, then one line per refused field. */
  message: string
  fields: Record<string, string>
  /** The steps where the refused fields are filled (each offered once), in order. */
  steps: S[]
  /** The link's words for a step, e.g. '去补材料 ›'. */
  linkOf: (step: S) => string
  onStep: (step: S) => void
  /** More links after the steps (e.g. to a filing that already exists). */
  children?: ReactNode
}

/** Why a filing was not accepted, with a link to each step that must be corrected (ordinary and emergency review). */
export default function SubmitProblem<S extends string>({ message, fields, steps, linkOf, onStep, children }: SubmitProblemProps<S>) {
  return (
    <View className='flow__error' id='submit-problem'>
      <Text className='review__problem'>{message}</Text>
      {Object.entries(fields).map(([field, fieldMessage]) => (
        <Text key={field} className='review__problem-field'>
          · {fieldMessage}
        </Text>
      ))}
      {steps.map((step) => (
        <Text key={step} className='flow__link' {...tappable(null, () => onStep(step))}>
          {linkOf(step)}
        </Text>
      ))}
      {children}
    </View>
  )
}
