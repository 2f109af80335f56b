import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'

export interface ResumeDraftProps {
  /** What was being filed, e.g. 「异地长期居住人员」 or 急诊补办备案. */
  what: string
  /** The step it was left at, in words. */
  stepName: string
  onContinue: () => void
  onRestart: () => void
}

/** 接着上次填: a half-filled filing is offered back at the step it was left. */
export default function ResumeDraft({ what, stepName, onContinue, onRestart }: ResumeDraftProps) {
  return (
    <View className='flow__section' id='resume-draft'>
      <Text className='flow__title'>接着上次填</Text>
      <Text className='flow__text'>
        您上次办{what}，填到了“{stepName}”。
      </Text>
      <Button type='primary' size='xlarge' block id='resume-continue' onClick={onContinue}>
        继续填写
      </Button>
      <Button size='xlarge' block className='flow__secondary' id='resume-restart' onClick={onRestart}>
        重新开始
      </Button>
    </View>
  )
}
