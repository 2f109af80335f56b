import { View, Text } from '@tarojs/components'
import { Checkbox } from '@nutui/nutui-react-taro'
import { APPLICANT_DECLARATION } from '@/domain/materials'

/**
 * 申请人承诺 before submitting a filing (ordinary and emergency), with its 我已阅读并承诺 tick.
 * `proxyFor`: when a proxy files, whom for (`母亲王秀英`): the page then says the “我” who promises
 * is the proxy (the 办理人, who fills in and submits), so the daughter does not read it as her
 * mother's promise.
 */
export default function ApplicantDeclaration({ agreed, onChange, proxyFor }: { agreed: boolean; onChange: (agreed: boolean) => void; proxyFor?: string | null }) {
  return (
    <View className='flow__section'>
      <Text className='review__decl-title'>{APPLICANT_DECLARATION.title}</Text>
      {proxyFor ? (
        <Text className='flow__text' id='declaration-who'>
          由您（办理人）承诺：您替{proxyFor}填写、提交，下面的“我”就是您。
        </Text>
      ) : null}
      <Text className='flow__text'>{APPLICANT_DECLARATION.text}</Text>
      <View className='review__agree' id='declaration-agree'>
        <Checkbox className={`flow__tick${agreed ? ' flow__tick--on' : ''}`} checked={agreed} onChange={onChange} label='我已阅读并承诺' />
      </View>
    </View>
  )
}
