import { View, Text } from '@tarojs/components'
import type { SubjectInfo } from '@/hooks/use-subject'
import './index.scss'

export interface ForWhomProps {
  /** The person the flow files for (useSubject); nothing is shown before one is known. */
  subject: Pick<SubjectInfo, 'self' | 'name' | 'kin'> | null
  /** What is being filed, as the flow names it: '急诊补办备案', '备案'. */
  what: string
}

/**
 * Whose filing this is, under the step bar of the steps after 为谁 (填信息, 拍材料):
 * '为您本人（李丽）办急诊补办备案' or '替父亲李建国办急诊补办备案'. A trial: the second step did not
 * say it, and a daughter who had switched to 为我自己 on the first page could go on unaware; only
 * 请核对 at the end named the person.
 */
export default function ForWhom({ subject, what }: ForWhomProps) {
  if (!subject) return null
  return (
    <View className='for-whom' id='for-whom'>
      <Text>{subject.self ? `为您本人（${subject.name}）办${what}` : `替${subject.kin ?? ''}${subject.name}办${what}`}</Text>
    </View>
  )
}
