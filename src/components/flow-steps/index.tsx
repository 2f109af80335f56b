import { View, Text } from '@tarojs/components'
import { roleAttr } from '@/lib/a11y'

export const FILING_STEPS = ['选类型', '填信息', '交材料', '确认提交'] as const

export interface FlowStepsProps {
  current: 1 | 2 | 3 | 4
  /** The step names, when a flow names its steps differently (the emergency flow). */
  steps?: readonly string[]
}

/**
 * Where the person is in the filing: the steps, numbered and named in plain words. Our own markup
 * (not NutUI Steps, whose 10 px numbers and fixed-height titles clipped in 长辈模式): the names
 * wrap instead of being cut, and a screen reader hears "第 2 步，共 4 步：填信息，当前步骤".
 */
export default function FlowSteps({ current, steps = FILING_STEPS }: FlowStepsProps) {
  return (
    <View className='flow-steps' {...roleAttr('list')} aria-label={`办理步骤，共 ${steps.length} 步`}>
      {steps.map((title, i) => {
        const n = i + 1
        const state = n < current ? 'done' : n === current ? 'current' : 'todo'
        return (
          <View
            key={title}
            className={`flow-steps__step flow-steps__step--${state}`}
            {...roleAttr('listitem')}
            aria-current={state === 'current' ? 'step' : undefined}
            aria-label={`第 ${n} 步：${title}${state === 'current' ? '，当前步骤' : state === 'done' ? '，已完成' : ''}`}
          >
            <Text className='flow-steps__num'>{state === 'done' ? '✓' : String(n)}</Text>
            <Text className='flow-steps__title'>{title}</Text>
          </View>
        )
      })}
    </View>
  )
}
