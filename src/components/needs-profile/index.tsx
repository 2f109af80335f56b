import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageRoot from '@/components/page-root'
import { openPage } from '@/lib/navigation'

/**
 * What a flow's first page shows until the filer's 实名信息 is known: loading, or a plain
 * request to fill it in once, with the way there. `purpose` is the 实名信息 page's `?for=`: after
 * saving, it offers the way back to this flow.
 */
export default function NeedsProfile({ loading, why, purpose }: { loading: boolean; why: string; purpose?: string }) {
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
        <Button type='primary' size='xlarge' block id='go-profile' onClick={() => openPage(`/packages/profile/pages/edit/index${purpose ? `?for=${purpose}` : ''}`)}>
          去填实名信息
        </Button>
      </View>
    </PageRoot>
  )
}
