import { Text } from '@tarojs/components'
import type { Unanswered } from './unanswered'

/**
 * The red line under a question's heading once 下一步 found it unanswered (a trial: the message
 * at the foot named it, but nothing on the question itself showed which one; the block is also
 * drawn red, `flow__section--missing`). Null while the question is answered or 下一步 not yet
 * pressed. Its id, `<block>-missing`, lets a screen reader's user and the tests find it.
 */
export default function MissingMark({ block, missing }: { block: Unanswered['block']; missing: ReadonlySet<Unanswered['block']> }) {
  if (!missing.has(block)) return null
  return (
    <Text className='flow__missing' id={`${block}-missing`}>
      {block === 'question-criteria' ? '这一题还没选：请点下面符合的，至少一项' : '这一题还没选：请点下面一项'}
    </Text>
  )
}

/** The block's class: 'flow__section', and 'flow__section--missing' while MissingMark shows. */
export function sectionClass(block: Unanswered['block'], missing: ReadonlySet<Unanswered['block']>): string {
  return `flow__section${missing.has(block) ? ' flow__section--missing' : ''}`
}
