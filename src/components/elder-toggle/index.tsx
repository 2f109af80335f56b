import { Text, View } from '@/components/primitives'
import { tappable } from '@/lib/a11y'
import { useElderMode, useSettingsStore } from '@/stores/use-settings-store'
import './index.scss'

/**
 * 长辈模式's switch (bigger text and buttons, one task a row), read out as a switch: on the home
 * page, and on pages an elder may open first from a link (the invitation a son or daughter sends;
 * a trial: a 67-year-old opening it found no way to larger text). The setting is the phone's, kept.
 */
export default function ElderToggle({ id }: { id: string }) {
  const elder = useElderMode()
  const setElder = useSettingsStore((s) => s.setElder)
  return (
    <View className={`elder-toggle${elder ? ' elder-toggle--on' : ''}`} id={id} {...tappable('长辈模式', () => setElder(!elder), { role: 'switch', checked: elder })}>
      <Text>{elder ? '长辈模式：开' : '长辈模式'}</Text>
    </View>
  )
}
