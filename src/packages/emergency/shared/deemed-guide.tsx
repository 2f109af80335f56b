import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import { deemedStayWords, type DeemedPatient } from '@/domain/emergency'
import type { PolicyProfile } from '@/domain/profiles'
import { insuredAreaOf } from '@/domain/regions'
import { goHome } from '@/lib/navigation'
import { useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'

export interface DeemedGuideProps {
  /** The 参保地 (6-digit code) whose profile deems an emergency filed. */
  insuredRegion: string
  emergency: PolicyProfile['emergency']
  /** Who is in hospital; null before anyone's 实名信息 (a son checking his father's stay). */
  patient: DeemedPatient
}

/**
 * 跟医院这样说 for a stay the 参保地 deems filed (002 第八条(五), 第三十七条): what to say, bring and keep.
 * The emergency flow's first page ends with it, whoever's 实名信息 is known (a trial: a son was sent
 * to 填实名信息 for an answer that needed nothing more); the details page shows it for 我要备案's way in.
 */
export default function DeemedGuide({ insuredRegion, emergency, patient }: DeemedGuideProps) {
  const area = insuredAreaOf(insuredRegion)?.name ?? '参保地'
  const words = deemedStayWords(patient, area, emergency.citations)
  return (
    <View className='flow__section' id='deemed-guide'>
      <Text className='flow__title'>跟医院这样说</Text>
      <Text className='flow__text flow__say' id='deemed-say-who'>· {words.say[0]}</Text>
      <Text className='flow__text flow__say' id='deemed-say-rule'>· {words.say[1]}</Text>
      <Text className='flow__title'>要带好、留好的</Text>
      <Text className='flow__text' id='deemed-keep'>· {words.keep[0]}</Text>
      <Text className='flow__text' id='deemed-keep-receipts'>· {words.keep[1]}</Text>
      <BasisNote name='deemed' citations={emergency.citations} scope={emergency.scope} insuredRegion={insuredRegion} />
    </View>
  )
}

/**
 * 知道了，回首页 under a 视同已备案 answer: nothing is to be sent, and it has been read, so the home
 * page keeps no card for it (a trial: 还没提交 … 越早交越好 stayed there); the answers stay for
 * another look. The first page's and the details page's one button.
 */
export function DeemedHomeButton({ id }: { id: string }) {
  return (
    <Button
      type='primary'
      size='xlarge'
      block
      id={id}
      onClick={() => {
        useEmergencyDraftStore.getState().update({ step: 'start', nothingToFile: 'DEEMED_FILED' })
        void goHome()
      }}
    >
      知道了，回首页
    </Button>
  )
}
