import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { VerificationView, VerifyMeans } from '@/domain/verification'
import { REVIEW_WORKING_DAYS } from '@/domain/review/review-deadline'
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
  /** How 实人认证 is done here (verifyMeans()): 刷脸 makes a filing instant; ID photos wait for staff. */
  means: VerifyMeans
}

/** What the card says, for oneself or for a proxy filing for `forName`, with 刷脸 or ID photos (`means`). */
function wordsFor(pending: boolean, forName: string | undefined, means: VerifyMeans) {
  const face = means === 'FACE'
  // With ID photos (H5) staff check them in about the review's own time: filing on is no slower,
  // and 实人认证 speeds up later filings (a trial: "马上办好" there promised what the photos cannot).
  const review = `提交后，工作人员核对身份（一般 ${REVIEW_WORKING_DAYS} 个工作日）才生效。`
  if (!forName) {
    return {
      title: pending ? '实人认证：照片正在核对' : face ? '先完成实人认证' : '还没有做实人认证',
      text: pending
        ? '工作人员核对好照片后，您办的备案就能马上生效。现在也可以接着办，备案要等核对后才生效。'
        : face
          ? '为了防止别人冒用您的身份证办理备案，要先确认是您本人。认证以后，备案马上就能办好；不认证也可以接着办，提交后再认证，也马上办好，不然要等工作人员核对。'
          : `为了防止别人冒用您的身份证办理备案，要确认是您本人。可以直接接着办：${review}上传身份证照片做完实人认证，以后办备案就不用再等核对。`,
      go: '去实人认证',
    }
  }
  return {
    title: pending ? '您本人的实人认证：照片正在核对' : face ? '先完成您本人的实人认证' : '您本人还没有做实人认证',
    text: pending
      ? `工作人员核对好您的照片后，您替${forName}办的备案就能马上生效。现在也可以接着办，备案要等核对后才生效。`
      : face
        ? `替家人办理，要认证的是您（办理人）本人，不是${forName}：${forName}已经授权您代办，不用再做什么。您认证以后，替${forName}办的备案马上就能办好；不认证也可以接着办，提交后再认证，也马上办好，不然要等工作人员核对。`
        : `替家人办理，要认证的是您（办理人）本人，不是${forName}：${forName}已经授权您代办，不用再做什么。可以直接接着办：${review}您上传身份证照片做完实人认证，以后替${forName}办就不用再等核对。`,
    go: '去做我本人的实人认证',
  }
}

/**
 * "先完成实人认证", shown where a filing starts while the filer is not verified. Filing may go on:
 * the filing then waits for staff (initialFilingStatus); verifying first makes it instant, which
 * the card promises only where 实人认证 is 刷脸 (`means` FACE).
 * Presentational: the page decides where the button leads.
 */
export default function VerifyCard({ verification, onVerify, forName, means }: VerifyCardProps) {
  if (verification.status === 'VERIFIED') return null
  const pending = verification.status === 'PENDING'
  const words = wordsFor(pending, forName, means)
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
        // In H5 it is not the way to a quicker filing, so not the page's main button either.
        <Button
          type={means === 'FACE' ? 'primary' : 'default'}
          size='xlarge'
          block
          className={means === 'FACE' ? undefined : 'flow__secondary'}
          id='verify-card-go'
          onClick={onVerify}
        >
          {words.go}
        </Button>
      )}
    </View>
  )
}
