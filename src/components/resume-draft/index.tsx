import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
// The module itself: the same words on the home page's card (main package, no rules).
import { draftDuplicateWords } from '@/domain/filings/draft-duplicate'

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
  /**
   * Whose draft it is when it is a family member's (their name); absent for one's own. The page
   * keys this card by the chosen person, so one person's draft is never offered for another.
   */
  forName?: string
  onContinue: () => void
  onRestart: () => void
  /**
   * The draft duplicates a filing the person has (draftDuplicateOf): 继续填写 would only be
   * refused again, so the card says so and offers that filing and 放弃这份草稿 instead.
   * `who`: 您, or the family member's name.
   */
  duplicate?: { who: string; onOpen: () => void }
}

/**
 * 接着上次填: a half-filled filing is offered back at the step it was left — unless it duplicates
 * a filing the person has (`duplicate`): then 查看已有的备案 leads and 放弃这份草稿 clears it.
 */
export default function ResumeDraft({ offered, what, stepName, forName, onContinue, onRestart, duplicate }: ResumeDraftProps) {
  const [shown] = useState(offered)
  const [dismissed, setDismissed] = useState(false)
  // 重新开始 asks once more (a trial: one tap wiped the hospital and diagnosis typed, unasked).
  const [confirming, setConfirming] = useState(false)
  if (!shown || dismissed) return null
  const restart = () => {
    onRestart()
    setDismissed(true)
  }
  if (duplicate) {
    return (
      <View className='flow__section' id='resume-draft'>
        <Text className='flow__title'>上次填的不用再提交</Text>
        <Text className='flow__text' id='resume-duplicate'>
          {draftDuplicateWords(what, duplicate.who)}
        </Text>
        <Button type='primary' size='xlarge' block id='resume-open-existing' onClick={duplicate.onOpen}>
          查看已有的备案
        </Button>
        <Button size='xlarge' block className='flow__secondary' id='resume-restart' onClick={restart}>
          放弃这份草稿
        </Button>
      </View>
    )
  }
  if (confirming) {
    return (
      <View className='flow__section' id='resume-draft'>
        <Text className='flow__title'>确定清空，重新开始吗？</Text>
        <Text className='flow__text' id='resume-confirm'>
          上次填的内容和拍好的照片都会清空，不能恢复。
        </Text>
        <Button type='primary' size='xlarge' block id='resume-keep' onClick={onContinue}>
          不清空，继续填写
        </Button>
        <Button size='xlarge' block className='flow__secondary' id='resume-restart-confirm' onClick={restart}>
          清空，重新开始
        </Button>
      </View>
    )
  }
  return (
    <View className='flow__section' id='resume-draft'>
      <Text className='flow__title'>接着上次填</Text>
      <Text className='flow__text' id='resume-what'>
        {forName ? `您上次替${forName}办${what}，填到了“${stepName}”。` : `您上次为自己办${what}，填到了“${stepName}”。`}
      </Text>
      <Button type='primary' size='xlarge' block id='resume-continue' onClick={onContinue}>
        继续填写
      </Button>
      <Button
        size='xlarge'
        block
        className='flow__secondary'
        id='resume-restart'
        onClick={() => setConfirming(true)}
      >
        重新开始
      </Button>
    </View>
  )
}
