import { View, Text } from '@tarojs/components'
import PageRoot from '@/components/page-root'
import { usePrivacyNotice } from '@/hooks/use-privacy-notice'
import DeleteMyData from './delete-my-data'
import './index.scss'
import { chineseDateOf } from '@/domain/calendar/day-number'

/**
 * 隐私保护指引: the server's notice (the bundled copy until it arrives), section by section, and
 * at the end the way to withdraw consent and delete one's data.
 */
export default function PrivacyNoticePage() {
  const { notice } = usePrivacyNotice()
  const { text } = notice
  return (
    <PageRoot className='privacy'>
      <View className='privacy__head'>
        <Text className='privacy__title'>{text.title}</Text>
        <Text className='privacy__meta' id='privacy-version'>
          {chineseDateOf(text.effectiveOn)}起施行（版本 {notice.version}）
        </Text>
        <Text className='privacy__summary'>{text.summary}</Text>
      </View>
      {text.sections.map((section) => (
        <View key={section.id} className='privacy__section' id={`privacy-${section.id}`}>
          <Text className='privacy__section-title'>{section.title}</Text>
          {section.paragraphs.map((p) => (
            <Text key={p} className='privacy__text'>
              {p}
            </Text>
          ))}
          {section.items?.map((item) => (
            <View key={item.term} className='privacy__item'>
              <Text className='privacy__term'>{item.term}</Text>
              <Text className='privacy__detail'>{item.detail}</Text>
            </View>
          ))}
        </View>
      ))}
      <DeleteMyData />
    </PageRoot>
  )
}
