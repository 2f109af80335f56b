import { View, Text } from '@tarojs/components'
import type { FamilyMemberView } from '@/domain/family'
import { insuredAreaOf } from '@/domain/regions'
import { memberKey } from '@/hooks/use-subject'
import type { SubjectKey } from '@/stores/use-filing-draft-store'
import { tappable } from '@/lib/a11y'

export interface WhoseCheckProps {
  /** The 参保地 picked on this page before 实名信息 existed (6-digit code), or '' when the answers were given under 为我自己 before 先添加家人. */
  guess: string
  /** The filer's own 参保地, from the 实名信息 saved since. */
  ownRegion: string
  ownName: string
  members: readonly FamilyMemberView[]
  /** 为我自己: the page goes on with the filer's own 参保地. */
  onSelf: () => void
  /** 为这位家人: the answers move to them. */
  onMember: (key: SubjectKey) => void
  /**
   * 为还没添加的家人: 添加家人, with the 参保地 picked here; where that 参保地 deems the stay filed
   * (`deemed`), nobody is added or asked to authorise: the answer below is the end.
   */
  onAddFamily: () => void
  deemed?: boolean
  /** The answers were given before the filer's own 实名信息 was saved (a trial: a daughter went on as herself). */
  beforeProfile?: boolean
}

const placeName = (code: string) => insuredAreaOf(code)?.name ?? code

/**
 * 刚才查的是谁？ A person without 实名信息 picked a 参保地 here to see the deadline, then saved their
 * own 实名信息 with another one (a trial: a son checked his 苏州-insured father's stay, saw 视同已备案,
 * filled in his own details to go on, and came back to his own 深圳 deadline under 为我自己). The
 * answer he saw stays on the page, named as the picked place's, until he says for whom it was.
 */
export default function WhoseCheck({ guess, ownRegion, ownName, members, onSelf, onMember, onAddFamily, deemed = false, beforeProfile = false }: WhoseCheckProps) {
  const picked = placeName(guess)
  return (
    <View className='flow__section' id='start-whose'>
      <Text className='flow__title'>刚才查的是谁？</Text>
      <Text className='flow__notice' id='start-whose-text'>
        {/* The same place as his own (a trial: 柳州 … 您实名信息里的是柳州 read as a mistake): what was answered before 添加家人 is asked about. */}
        {guess && guess !== ownRegion
          ? `刚才选的参保地是${picked}，您实名信息里的是${placeName(ownRegion)}。下面的答案还是按${picked}算的。请说一下刚才是替谁查的，再接着办。`
          : beforeProfile
            ? '下面这些是填您本人的实名信息以前答的。请说一下刚才是替谁查的：答过的都跟着这个人走，最晚哪天要办好也按这个人的参保地算。'
            : '下面这些是添加家人以前答的。请说一下刚才是替谁查的：答过的都跟着这个人走，最晚哪天要办好也按这个人的参保地算。'}
      </Text>
      {members.map((m) => (
        <View key={m.id} className='flow__choice' id={`start-whose-${m.id}`} {...tappable(null, () => onMember(memberKey(m.id)), { role: 'radio', checked: false })}>
          <Text className='flow__choice-label'>{`为${m.kin}${m.name}查的`}</Text>
          <Text className='flow__choice-help'>{`按${m.name}的参保地${placeName(m.insuredRegion)}算`}</Text>
        </View>
      ))}
      <View className='flow__choice' id='start-whose-add' {...tappable(null, onAddFamily, { role: 'radio', checked: false })}>
        <Text className='flow__choice-label'>{members.length > 0 ? '为别的家人查的' : '为家人查的'}</Text>
        <Text className='flow__choice-help'>
          {deemed
            ? `这次住院视同已备案，不用添加家人，也不用请家人授权：跟医院怎么说，就在下面`
            : guess ? `先添加这位家人（参保地填${picked}），回到这里接着办，答过的都还在` : '先添加这位家人，回到这里接着办，答过的都还在'}
        </Text>
      </View>
      <View className='flow__choice' id='start-whose-self' {...tappable(null, onSelf, { role: 'radio', checked: false })}>
        <Text className='flow__choice-label'>{`为我自己（${ownName}）查的`}</Text>
        <Text className='flow__choice-help'>{`${guess && guess !== ownRegion ? '改按' : '按'}您的参保地${placeName(ownRegion)}算`}</Text>
      </View>
    </View>
  )
}
