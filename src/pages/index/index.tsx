import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { HOME_ENTRIES, type HomeEntry } from './entries'
import './index.scss'

function open(entry: HomeEntry) {
  Taro.navigateTo({ url: entry.url })
}

export default function Home() {
  return (
    <View className='home'>
      <View className='home__header'>
        <Text className='home__title'>异地就医备案</Text>
        <Text className='home__lead'>
          在参保地以外的城市看病住院，先在这里备案，医保就能在当地直接结算，少花冤枉钱。
        </Text>
      </View>
      <View className='home__entries'>
        {HOME_ENTRIES.map((entry) => (
          <View
            key={entry.key}
            id={`entry-${entry.key}`}
            className={`home__entry${entry.primary ? ' home__entry--primary' : ''}`}
            hoverClass='home__entry--pressed'
            onClick={() => open(entry)}
          >
            <Text className='home__entry-title'>{entry.title}</Text>
            <Text className='home__entry-hint'>{entry.hint}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
