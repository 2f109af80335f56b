import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { VerificationView } from '@/domain/verification'
import './verify-card.scss'

export interface VerifyCardProps {
  verification: VerificationView
  /** Opens the 实人认证 page. */
  onVerify: () => void
  /**
   * The family member's name when a proxy files for them. The rule (initialFilingStatus) checks
   * the account that files, so the card says it is the proxy's own verification, not the member's:
   * the member has already authorised the proxy (only such members can be chosen).
   */
  forName?: string
}

/** What the card says, for oneself or for a proxy filing for `forName`. */
function wordsFor(pending: boolean, forName: string | undefined) {
  if (!forName) {
    return {
      title: pending ? '实人认证：照片正在核对' : '先完成实人认证',
      text: pending
        ? '工作人员核对好照片后，您办的备案就能马上生效。现在也可以接着办，备案要等核对后才生效。'
        : '为了防止别人冒用您的身份证办理备案，要先确认是您本人。认证以后，备案马上就能办好；不认证也可以接着办，提交后再认证，也马上办好，不然要等工作人员核对。',
      go: '去实人认证',
    }
  }
  return {
    title: pending ? '您本人的实人认证：照片正在核对' : '先完成您本人的实人认证',
    text: pending
      ? `工作人员核对好您的照片后，您替${forName}办的备案就能马上生效。现在也可以接着办，备案要等核对后才生效。`
      : `替家人办理，要认证的是您（办理人）本人，不是${forName}：${forName}已经授权您代办，不用再做什么。您认证以后，替${forName}办的备案马上就能办好；不认证也可以接着办，提交后再认证，也马上办好，不然要等工作人员核对。`,
    go: '去做我本人的实人认证',
  }
}

/**
 * "先完成实人认证", shown where a filing starts while the filer is not verified. Filing may go on:
 * the filing then waits for staff (initialFilingStatus); verifying first makes it instant.
 * Presentational: the page decides where the button leads.
 */
export default function VerifyCard({ verification, onVerify, forName }: VerifyCardProps) {
  if (verification.status === 'VERIFIED') return null
  const pending = verification.status === 'PENDING'
  const words = wordsFor(pending, forName)
  return (
    <View className='verify-card' id='verify-card'>
      <Text className='verify-card__title'>{words.title}</Text>
      {verification.conflict ? (
        <Text className='verify-card__conflict' id='verify-card-conflict'>
          {verification.conflict}
        </Text>
      ) : (
        <Text className='verify-card__text'>{words.text}</Text>
      )}
      {verification.status === 'REJECTED' && verification.reason ? (
        <Text className='verify-card__text' id='verify-card-reason'>
          上次没通过：{verification.reason}
        </Text>
      ) : null}
      {pending ? null : (
        <Button type='primary' size='xlarge' block id='verify-card-go' onClick={onVerify}>
          {words.go}
        </Button>
      )}
    </View>
  )
}
