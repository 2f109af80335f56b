import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'

export interface MaterialsFooterProps {
  /** After the first tap on next: name what is still missing. */
  showMissing: boolean
  /** The requirements not yet met (missingMaterials), by title. */
  missing: { title: string }[]
  onNext: () => void
}

/** The end of a materials step (ordinary and emergency): what is still missing, and 下一步：确认提交. */
export default function MaterialsFooter({ showMissing, missing, onNext }: MaterialsFooterProps) {
  return (
    <>
      {showMissing && missing.length > 0 ? (
        <Text className='flow__error' id='missing'>
          还缺：{missing.map((m) => m.title).join('；')}
        </Text>
      ) : null}

      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block id='materials-next' onClick={onNext}>
          下一步：确认提交
        </Button>
      </View>
    </>
  )
}
