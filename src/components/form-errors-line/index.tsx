import { Text, View } from '@tarojs/components'
import { roleAttr } from '@/lib/a11y'

interface FormErrorsLineProps {
  /** The line's id (tests find it by it), e.g. 'profile-errors'. */
  id: string
  /** How many fields are marked wrong now; nothing is shown at 0. */
  count: number
}

/**
 * "还有 2 处要改，请看上面的红字。" by a form's button (every form: 我要备案, 急诊 details, 实名信息,
 * 添加家人, 变更), after a try with mistakes: the page has
 * scrolled to the first one (useScrollToField, scrollToFirstError), and this line says how many
 * there are, getting smaller as they are fixed. In place of a toast, which in the middle (or at the
 * foot) of the screen covered the label of a field the person had to read (a trial). The region is
 * always there and polite, so a screen reader reads the line out when it appears or changes.
 */
export default function FormErrorsLine({ id, count }: FormErrorsLineProps) {
  return (
    <View aria-live='polite' {...roleAttr('status')}>
      {count > 0 ? (
        <Text className='flow__error' id={id}>
          还有 {count} 处要改，请看上面的红字。
        </Text>
      ) : null}
    </View>
  )
}
