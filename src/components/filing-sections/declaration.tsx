import { View, Text } from '@tarojs/components'
import { Checkbox } from '@nutui/nutui-react-taro'
import { APPLICANT_DECLARATION } from '@/domain/materials'

/** 申请人承诺 before submitting a filing (ordinary and emergency), with its 我已阅读并承诺 tick. */
export default function ApplicantDeclaration({ agreed, onChange }: { agreed: boolean; onChange: (agreed: boolean) => void }) {
  return (
    <View className='flow__section'>
      <Text className='review__decl-title'>{APPLICANT_DECLARATION.title}</Text>
      <Text className='flow__text'>{APPLICANT_DECLARATION.text}</Text>
      <View className='review__agree' id='declaration-agree'>
        <Checkbox className={`flow__tick${agreed ? ' flow__tick--on' : ''}`} checked={agreed} onChange={onChange} label='我已阅读并承诺' />
      </View>
    </View>
  )
}
