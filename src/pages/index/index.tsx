import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@/components/primitives'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { useElderMode } from '@/stores/use-settings-store'
import ElderToggle from '@/components/elder-toggle'
import { PRIVACY_NOTICE_URL } from '@/lib/privacy/urls'
import { HOME_ENTRIES, type HomeEntry } from './entries'
import WaitingCards from './waiting-slot'
import './index.scss'
import { tappable } from '@/lib/a11y'
import { openEntry } from './open-entry'
import { profileSaved } from './saved-profile'

function open(entry: HomeEntry, elder: boolean) {
  void openEntry(elder && entry.elder ? entry.elder.url : entry.url)
}

const hintOf = (words: { hint: string; elderHint: string }, elder: boolean) => (elder ? words.elderHint : words.hint)

export default function Home() {
  const elder = useElderMode()
  // 实名信息 saved on this phone: its tile says so, not "第一次用先填" (read again on every show).
  const [saved, setSaved] = useState(profileSaved)
  useDidShow(() => setSaved(profileSaved()))
  return (
    <PageRoot className={`home${elder ? ' home--elder' : ''}`}>
      <View className='home__header'>
        <View className='home__title-row'>
          <Text className='home__title'>异地就医备案</Text>
          <ElderToggle id='elder-toggle' />
        </View>
        <Text className='home__lead'>
          {elder
            ? '在外地看病住院，先在这里备案，医保才能直接报销。'
            : '在参保地以外的城市看病住院，先在这里备案，医保就能在当地直接结算，少花冤枉钱。'}
        </Text>
      </View>
      <WaitingCards />
      <View className='home__entries'>
        {HOME_ENTRIES.map((entry) => (
          <View
            key={entry.key}
            id={`entry-${entry.key}`}
            className={`home__entry${entry.primary ? ' home__entry--primary' : ''}`}
            hoverClass='home__entry--pressed'
            {...tappable(null, () => open(entry, elder))}
          >
            <Text className='home__entry-title'>{entry.title}</Text>
            <Text className='home__entry-hint'>{hintOf(saved && entry.key === 'profile' && entry.done ? entry.done : entry, elder)}</Text>
          </View>
        ))}
      </View>
      <HelpLine name='home' title={elder ? '不会弄？打电话问' : '办不明白？可以找人问'} />
      <View className='home__footer'>
        <Text className='home__footer-link' id='home-privacy' {...tappable(null, () => void openEntry(PRIVACY_NOTICE_URL))}>
          隐私保护指引
        </Text>
      </View>
    </PageRoot>
  )
}
