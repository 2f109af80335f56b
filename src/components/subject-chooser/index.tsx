import { View, Text } from '@tarojs/components'
import { checkOnlyWords, effectiveAuthorizationStatus, subjectChoiceNote, type AuthorizationStatus, type FamilyMemberView } from '@/domain/family'
import { now as clockNow } from '@/lib/clock'
import { memberKey } from '@/hooks/use-subject'
import type { SubjectKey } from '@/stores/use-filing-draft-store'
import { tappable } from '@/lib/a11y'
import { openPage } from '@/lib/navigation'

export interface SubjectChooserProps {
  selfName: string
  members: readonly FamilyMemberView[]
  /** The person chosen; null while the page asks (nothing chosen yet, `prompt` says so). */
  selected: SubjectKey | null
  /** A line over the choices asking to pick one (ASK_WHOM_PROMPT), while `selected` is null. */
  prompt?: string
  onChoose: (key: SubjectKey, member: FamilyMemberView | null) => void
  /** Opens 家人代办 to add or authorise someone; by default the family list. */
  onManageFamily?: () => void
  /** The moment an invitation's expiry is judged at; by default the app clock's now. */
  now?: Date
  /**
   * A member who has not authorised the filer may still be chosen, to look things up for them (the
   * emergency check: deadline, whether it counts, what to tell the hospital), not to file; the page
   * says so and stops before anything is sent. Off: such a member opens 家人代办 instead.
   */
  checkOnly?: boolean
}

/** A member's authorisation as the filer sees it at `at` (an invitation past its time is EXPIRED); null: none asked for. */
export function statusOf(m: FamilyMemberView, at: Date): AuthorizationStatus | null {
  const a = m.authorization
  return a ? effectiveAuthorizationStatus(a.status, a.expiresAt, at) : null
}

/** Under a member: their authorisation as the 家人代办 list says it (a 授权委托书 waiting for staff is 审核中, not 还没有授权). */
function noteFor(m: FamilyMemberView, at: Date): string {
  return subjectChoiceNote(m.canFile ? 'ACTIVE' : statusOf(m, at), m.authorization?.memberVerifying ?? false)
}

/** 为谁备案: oneself, or a family member who has authorised the filer (SPEC §2 代办). */
const FAMILY_LIST_URL = '/packages/family/pages/list/index'

export default function SubjectChooser({ selfName, members, selected, prompt, onChoose, onManageFamily = () => void openPage(FAMILY_LIST_URL), now, checkOnly = false }: SubjectChooserProps) {
  const at = now ?? clockNow()
  return (
    <View className='flow__section' id='subject-chooser'>
      <Text className='flow__title'>为谁备案</Text>
      {selected === null && prompt ? (
        <Text className='flow__notice' id='subject-ask'>
          {prompt}
        </Text>
      ) : null}
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
          {...tappable(
            null,
            () => (m.canFile || checkOnly ? onChoose(memberKey(m.id), m) : onManageFamily()),
            m.canFile || checkOnly ? { role: 'radio', checked: selected === memberKey(m.id) } : {},
          )}
        >
          <Text className='flow__choice-label'>
            为{m.kin}{m.name}办理
          </Text>
          <Text className='flow__choice-help' id={`subject-${m.id}-note`}>{checkOnly && !m.canFile ? checkOnlyWords(m.name, statusOf(m, at), [], m.authorization?.memberVerifying ?? false).choice : noteFor(m, at)}</Text>
        </View>
      ))}
      <Text className='flow__link' id='manage-family' {...tappable(null, onManageFamily)}>
        {members.length === 0 ? '替家人办理？先添加家人 ›' : '添加或管理家人 ›'}
      </Text>
    </View>
  )
}
