import { View, Text } from '@tarojs/components'
import type { FamilyMemberView } from '@/domain/family'
import { memberKey } from '@/hooks/use-subject'
import type { SubjectKey } from '@/stores/use-filing-draft-store'
import { tappable } from '@/lib/a11y'
import { openPage } from '@/lib/navigation'

export interface SubjectChooserProps {
  selfName: string
  members: readonly FamilyMemberView[]
  selected: SubjectKey
  onChoose: (key: SubjectKey, member: FamilyMemberView | null) => void
  /** Opens 家人代办 to add or authorise someone; by default the family list. */
  onManageFamily?: () => void
}

/** 为谁备案: oneself, or a family member who has authorised the filer (SPEC §2 代办). */
const FAMILY_LIST_URL = '/packages/family/pages/list/index'

export default function SubjectChooser({ selfName, members, selected, onChoose, onManageFamily = () => void openPage(FAMILY_LIST_URL) }: SubjectChooserProps) {
  return (
    <View className='flow__section' id='subject-chooser'>
      <Text className='flow__title'>为谁备案</Text>
      <View
        className={`flow__choice${selected === 'self' ? ' flow__choice--selected' : ''}`}
        id='subject-self'
        {...tappable(null, () => onChoose('self', null), { role: 'radio', checked: selected === 'self' })}
      >
        <Text className='flow__choice-label'>为我自己（{selfName}）</Text>
        <Text className='flow__choice-help'>参保地和身份证用“实名信息”里的</Text>
      </View>
      {members.map((m) => (
        <View
          key={m.id}
          className={`flow__choice${selected === memberKey(m.id) ? ' flow__choice--selected' : ''}${m.canFile ? '' : ' subject-chooser__locked'}`}
          id={`subject-${m.id}`}
          {...tappable(null, () => (m.canFile ? onChoose(memberKey(m.id), m) : onManageFamily()), m.canFile ? { role: 'radio', checked: selected === memberKey(m.id) } : {})}
        >
          <Text className='flow__choice-label'>
            为{m.relationLabel}{m.name}办理
          </Text>
          <Text className='flow__choice-help'>{m.canFile ? '已授权，可以代办' : '还没有授权：点这里去请家人确认'}</Text>
        </View>
      ))}
      <Text className='flow__link' id='manage-family' {...tappable(null, onManageFamily)}>
        {members.length === 0 ? '替家人办理？先添加家人 ›' : '添加或管理家人 ›'}
      </Text>
    </View>
  )
}
