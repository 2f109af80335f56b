import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageRoot from '@/components/page-root'
import { replacePage } from '@/lib/navigation'

/**
 * A later step of the emergency flow opened without what it needs (a link, a relaunch, another
 * person chosen): says what is missing (`notice`) and one button (`action`) back to the first step,
 * replacing this page so 返回 does not come back to it.
 */
export default function BackToStart({ notice, action }: { notice: string; action: string }) {
  return (
    <PageRoot className='flow'>
      <Text className='flow__notice'>{notice}</Text>
      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block onClick={() => replacePage('/packages/emergency/pages/start/index')}>
          {action}
        </Button>
      </View>
    </PageRoot>
  )
}
