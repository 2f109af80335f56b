import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageRoot from '@/components/page-root'
import { replacePage } from '@/lib/navigation'

/**
 * What a step shows when it is opened without a filing in progress (a stale link, a cleared
 * draft): say so, and lead back to the first step.
 */
export default function NeedsStart({ message, action = '去选择' }: { message: string; action?: string }) {
  return (
    <PageRoot className='flow'>
      <Text className='flow__notice'>{message}</Text>
      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block onClick={() => replacePage('/packages/filing/pages/start/index')}>
          {action}
        </Button>
      </View>
    </PageRoot>
  )
}
