import { View } from '@tarojs/components'
import { Step, Steps } from '@nutui/nutui-react-taro'
import './flow-steps.scss'

export const FILING_STEPS = ['选类型', '填信息', '交材料', '确认提交'] as const

/** Where the person is in the filing: four steps, named in plain words. */
export default function FlowSteps({ current }: { current: 1 | 2 | 3 | 4 }) {
  return (
    <View className='flow-steps'>
      <Steps value={current}>
        {FILING_STEPS.map((title, i) => (
          <Step key={title} value={i + 1} title={title} />
        ))}
      </Steps>
    </View>
  )
}
