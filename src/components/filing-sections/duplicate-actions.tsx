import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { openPage } from '@/lib/navigation'
import './duplicate-actions.scss'

export interface DuplicateActionsProps {
  /** The standing filing's id when the caller may open it (the 409's existingFilingId), else undefined. */
  existingFilingId: string | undefined
  /** Filing for a family member (代办): without the id, she follows it in 进度查询 with the number she asks for. */
  forMember: boolean
  /** The words of the page's own submit button (default 提交备案; 急诊: 提交急诊备案). */
  submitLabel?: string
}

const DETAIL_URL = '/packages/mine/pages/detail/index?id='
const LOOKUP_URL = '/packages/status/pages/lookup/index'
const VERIFY_URL = '/packages/profile/pages/verify/index'

/** The next step after a 409 DUPLICATE_FILING, as the refusal's message says it. */
function mainAction(props: DuplicateActionsProps): { id: string; label: string; url: string } {
  if (props.existingFilingId) return { id: 'open-existing', label: '查看已有的备案', url: DETAIL_URL + encodeURIComponent(props.existingFilingId) }
  // A proxy who may not open it: the message says to ask for the 备案号 and look it up there.
  if (props.forMember) return { id: 'go-lookup', label: '去进度查询', url: LOOKUP_URL }
  // Oneself, not verified: the filing shows in 我的备案 after 实人认证 (the message says so).
  return { id: 'go-verify', label: '去实人认证', url: VERIFY_URL }
}

/**
 * The footer of the submit step once the server refused the filing as a duplicate (SPEC §7; trial:
 * the big 提交备案 stayed the main button after the refusal): the next step is the main button —
 * open the standing filing, or, when the caller may not open it, 进度查询 / 实人认证 — and 提交备案
 * is secondary and disabled, with the reason. The page shows this only while the draft is the one
 * refused: once the type, place or start date is changed, 提交备案 is back.
 */
export default function DuplicateActions(props: DuplicateActionsProps) {
  const main = mainAction(props)
  return (
    <View id='duplicate-actions'>
      <Button type='primary' size='xlarge' block id={main.id} onClick={() => openPage(main.url)}>
        {main.label}
      </Button>
      <Text className='flow__text duplicate-actions__why' id='submit-blocked'>
        已经有这条备案了，不用再提交。要去的是别的地方，请点上面的“修改信息”改好再提交。
      </Text>
      <Button size='xlarge' block className='flow__secondary' id='submit' disabled>
        {props.submitLabel ?? '提交备案'}
      </Button>
    </View>
  )
}
