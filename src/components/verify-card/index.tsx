import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { VerificationView } from '@/domain/verification'
import './verify-card.scss'

export interface VerifyCardProps {
  verification: VerificationView
  /** Opens the 实人认证 page. */
  onVerify: () => void
}

/**
 * "先完成实人认证", shown where a filing starts while the filer is not verified. Filing may go on:
 * the filing then waits for staff (initialFilingStatus); verifying first makes it instant.
 * Presentational: the page decides where the button leads.
 */
export default function VerifyCard({ verification, onVerify }: VerifyCardProps) {
  if (verification.status === 'VERIFIED') return null
  const pending = verification.status === 'PENDING'
  return (
    <View className='verify-card' id='verify-card'>
      <Text className='verify-card__title'>{pending ? '实人认证：照片正在核对' : '先完成实人认证'}</Text>
      {verification.conflict ? (
        <Text className='verify-card__conflict' id='verify-card-conflict'>
          {verification.conflict}
        </Text>
      ) : (
        <Text className='verify-card__text'>
          {pending
            ? '工作人员核对好照片后，您办的备案就能马上生效。现在也可以接着办，备案要等核对后才生效。'
            : '为了防止别人冒用您的身份证办理备案，要先确认是您本人。认证以后，备案马上就能办好；不认证也可以接着办，但要等工作人员核对后才生效。'}
        </Text>
      )}
      {verification.status === 'REJECTED' && verification.reason ? (
        <Text className='verify-card__text' id='verify-card-reason'>
          上次没通过：{verification.reason}
        </Text>
      ) : null}
      {pending ? null : (
        <Button type='primary' size='xlarge' block id='verify-card-go' onClick={onVerify}>
          去实人认证
        </Button>
      )}
    </View>
  )
}
