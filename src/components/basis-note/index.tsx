import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { uniqueCitations, type Citation } from '@/domain/citation'
import { DEFAULT_SCOPE_NOTE, type SettingScope } from '@/domain/profiles/types'
import { tappable } from '@/lib/a11y'

export interface BasisNoteProps {
  citations: readonly Citation[]
  /** Distinguishes several notes on one page (and in tests). */
  name: string
  /** The rule as the source writes it, shown with the sources (the page itself says it plainly). */
  text?: string
  /**
   * The rule's scope in its policy profile: 'DEFAULT' (the 参保地's own rule not collected) says
   * so first, so another city's documents are not read as the person's own rule.
   */
  scope?: SettingScope
}

/**
 * 依据: where a rule comes from, shown on tap. Unofficial pages contradict each other; ours
 * says which document and article each answer rests on.
 */
export default function BasisNote({ citations, name, text, scope }: BasisNoteProps) {
  const [open, setOpen] = useState(false)
  if (citations.length === 0) return null
  return (
    <View className='basis-note'>
      <View className='basis-note__toggle' id={`basis-${name}`} {...tappable(null, () => setOpen(!open))}>
        <Text>{open ? '收起依据 ▲' : '查看依据 ▼'}</Text>
      </View>
      {open ? (
        <View className='basis-note__list' id={`basis-${name}-list`}>
          {scope === 'DEFAULT' ? (
            <Text className='basis-note__item basis-note__default' id={`basis-${name}-default`}>
              {DEFAULT_SCOPE_NOTE}
            </Text>
          ) : null}
          {text ? <Text className='basis-note__item basis-note__legal'>原文：{text}</Text> : null}
          {uniqueCitations(citations).map((c) => (
            <Text key={`${c.doc}|${c.article}`} className='basis-note__item'>
              《{c.doc}》{c.article}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
