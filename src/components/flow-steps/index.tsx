import { View } from '@tarojs/components'
import { Step, Steps } from '@nutui/nutui-react-taro'

export const FILING_STEPS = ['选类型', '填信息', '交材料', '确认提交'] as const

export interface FlowStepsProps {
  current: 1 | 2 | 3 | 4
  /** The step names, when a flow names its steps differently (the emergency flow). */
  steps?: readonly string[]
}

/** Where the person is in the filing: four steps, named in plain words. */
export default function FlowSteps({ current, steps = FILING_STEPS }: FlowStepsProps) {
  return (
    <View className='flow-steps'>
      <Steps value={current}>
        {steps.map((title, i) => (
          <Step key={title} value={i + 1} title={title} />
        ))}
      </Steps>
    </View>
  )
}
