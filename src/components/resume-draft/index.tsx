import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'

export interface ResumeDraftProps {
  /**
   * Whether a draft was left last time, as it stood when the page opened: only that is offered,
   * never what is being filled now. Once 重新开始 is tapped the offer is gone.
   */
  offered: boolean
  /** What was being filed, e.g. 「异地长期居住人员」 or 急诊补办备案. */
  what: string
  /** The step it was left at, in words. */
  stepName: string
  onContinue: () => void
  onRestart: () => void
}

/** 接着上次填: a half-filled filing is offered back at the step it was left. */
export default function ResumeDraft({ offered, what, stepName, onContinue, onRestart }: ResumeDraftProps) {
  const [shown] = useState(offered)
  const [dismissed, setDismissed] = useState(false)
  if (!shown || dismissed) return null
  return (
    <View className='flow__section' id='resume-draft'>
      <Text className='flow__title'>接着上次填</Text>
      <Text className='flow__text'>
        您上次办{what}，填到了“{stepName}”。
      </Text>
      <Button type='primary' size='xlarge' block id='resume-continue' onClick={onContinue}>
        继续填写
      </Button>
      <Button
        size='xlarge'
        block
        className='flow__secondary'
        id='resume-restart'
        onClick={() => {
          onRestart()
          setDismissed(true)
        }}
      >
        重新开始
      </Button>
    </View>
  )
}
