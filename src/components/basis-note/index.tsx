import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { citationsByPlace, uniqueCitations, type Citation } from '@/domain/citation'
import { APPLYING_DOCS_HEADING, DEFAULT_SCOPE_NOTE, type SettingScope } from '@/domain/profiles/types'
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
  /**
   * The person's 参保地 (GB/T 2260 code; null when not known yet). Given with a 'DEFAULT' scope,
   * the documents that bind that 参保地 (national rules, its own province's) are listed first, under
   * APPLYING_DOCS_HEADING, and only the other places' documents under the note (citationsByPlace).
   */
  insuredRegion?: string | null
}

/**
 * 依据: where a rule comes from, shown on tap. Unofficial pages contradict each other; ours
 * says which document and article each answer rests on.
 */
export default function BasisNote({ citations, name, text, scope, insuredRegion }: BasisNoteProps) {
  const [open, setOpen] = useState(false)
  if (citations.length === 0) return null
  const line = (c: Citation) => (
    <Text key={`${c.doc}|${c.article}`} className='basis-note__item'>
      《{c.doc}》{c.article}
    </Text>
  )
  const byPlace = scope === 'DEFAULT' && insuredRegion !== undefined ? citationsByPlace(citations, insuredRegion) : null
  // Split only when both kinds are there: with no other place's document the note heads the list as before.
  const split = byPlace !== null && byPlace.applying.length > 0 && byPlace.elsewhere.length > 0 ? byPlace : null
  return (
    <View className='basis-note'>
      <View className='basis-note__toggle' id={`basis-${name}`} {...tappable(null, () => setOpen(!open))}>
        <Text>{open ? '收起依据 ▲' : '查看依据 ▼'}</Text>
      </View>
      {open ? (
        <View className='basis-note__list' id={`basis-${name}-list`}>
          {split ? (
            <View className='basis-note__applying' id={`basis-${name}-applying`}>
              <Text className='basis-note__item basis-note__heading'>{APPLYING_DOCS_HEADING}</Text>
              {split.applying.map(line)}
            </View>
          ) : null}
          {scope === 'DEFAULT' ? (
            <Text className='basis-note__item basis-note__default' id={`basis-${name}-default`}>
              {DEFAULT_SCOPE_NOTE}
            </Text>
          ) : null}
          {text ? <Text className='basis-note__item basis-note__legal'>原文：{text}</Text> : null}
          {(split ? split.elsewhere : uniqueCitations(citations)).map(line)}
        </View>
      ) : null}
    </View>
  )
}
