import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageRoot from '@/components/page-root'
import { openPage } from '@/lib/navigation'

/**
 * What a flow's first page shows until the filer's 实名信息 is known: loading, or a plain
 * request to fill it in once, with the way there.
 */
export default function NeedsProfile({ loading, why }: { loading: boolean; why: string }) {
  if (loading) {
    return (
      <PageRoot className='flow'>
        <Text className='flow__text needs-profile__loading'>正在加载…</Text>
      </PageRoot>
    )
  }
  return (
    <PageRoot className='flow'>
      <View className='flow__section'>
        <Text className='flow__title'>先填实名信息</Text>
        <Text className='flow__text'>{why}</Text>
      </View>
      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block id='go-profile' onClick={() => openPage('/packages/profile/pages/edit/index')}>
          去填实名信息
        </Button>
      </View>
    </PageRoot>
  )
}
