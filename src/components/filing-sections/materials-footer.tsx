import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'

export interface MaterialsFooterProps {
  /** The requirements not yet met (missingMaterials), by title, or by the side still needed. */
  missing: { title: string; stillNeeds?: string }[]
  /** Called on 下一步 only when nothing is missing; otherwise what is missing is named from then on. */
  onNext: () => void
}

/** The end of a materials step (ordinary and emergency): what is still missing, and 下一步：确认提交. */
export default function MaterialsFooter({ missing, onNext }: MaterialsFooterProps) {
  const [showMissing, setShowMissing] = useState(false)
  const next = () => {
    setShowMissing(true)
    if (missing.length === 0) onNext()
  }
  return (
    <>
      {showMissing && missing.length > 0 ? (
        <Text className='flow__error' id='missing'>
          还缺：{missing.map((m) => m.stillNeeds ?? m.title).join('；')}
        </Text>
      ) : null}

      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block id='materials-next' onClick={next}>
          下一步：确认提交
        </Button>
      </View>
    </>
  )
}
