import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageRoot from '@/components/page-root'
import { replacePage } from '@/lib/navigation'

/**
 * What a later step of a flow shows when it is opened without what it needs (a stale link, a
 * cleared draft, a relaunch): says so (`message`) and one button (`action`) back to the flow's
 * first step (`startUrl`), replacing this page so 返回 does not come back to it.
 */
export default function NeedsStart({ message, action, startUrl }: { message: string; action: string; startUrl: string }) {
  return (
    <PageRoot className='flow'>
      <Text className='flow__notice'>{message}</Text>
      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block onClick={() => replacePage(startUrl)}>
          {action}
        </Button>
      </View>
    </PageRoot>
  )
}
