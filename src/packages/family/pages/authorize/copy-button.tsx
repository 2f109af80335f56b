import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { roleAttr } from '@/lib/a11y'
import { copy } from './use-authorize'

interface Props {
  id: string
  /** What is copied. */
  data: string
  /** The button's words (复制链接). */
  label: string
  /** Said under the button once copied, after ✓ (链接已复制，可以粘贴到微信里发给家人). */
  done: string
  type?: 'primary' | 'default'
  className?: string
}

/**
 * A copy button that says just above itself, and keeps saying, that it copied. Not a toast: WeChat
 * (and Taro's H5) show their own 内容已复制 toast with every setClipboardData, and a second toast
 * of ours lay over it, unreadable, for as long as both showed (a new user's trial). Above, not
 * under: the button sits near the foot of the screen, and a line under it was off-screen. The line
 * is a live region, there (empty) from the start, so a screen reader reads it out.
 */
export default function CopyButton({ id, data, label, done, type = 'default', className }: Props) {
  const [copied, setCopied] = useState(false)
  return (
    <View>
      <View className='authorize__copied' id={`${id}-done`} aria-live='polite' {...roleAttr('status')}>
        {copied ? <Text>✓ {done}</Text> : null}
      </View>
      <Button type={type} size='xlarge' block className={className} id={id} onClick={() => void copy(data).then(setCopied)}>
        {label}
      </Button>
    </View>
  )
}
