import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import './index.scss'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { goHome } from '@/lib/navigation'
import { tappable } from '@/lib/a11y'

const FEATURES: Record<string, { title: string; meanwhile: string }> = {
  family: { title: '家人代办', meanwhile: '家人代办需要带上双方身份证和授权委托书到经办窗口办理。' },
}

export default function ComingSoon() {
  const { params } = useRouter()
  const feature = FEATURES[params.feature ?? ''] ?? { title: '这项功能', meanwhile: '现在可以拨打 12393 医保服务热线咨询。' }
  return (
    <PageRoot className='soon'>
      <Text className='soon__title'>{feature.title}马上开放</Text>
      <Text className='soon__text'>我们正在做这项功能，很快就能在手机上办理。</Text>
      <Text className='soon__text'>{feature.meanwhile}</Text>
      <HelpLine name='soon' title='现在就想办，可以找人问' />
      <View className='soon__back' id='soon-home' {...tappable(null, () => void goHome())}>
        <Text>返回首页</Text>
      </View>
    </PageRoot>
  )
}
