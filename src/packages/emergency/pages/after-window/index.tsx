import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import { afterWindowGuidance } from '@/domain/emergency'
import { profileFor } from '@/domain/profiles'
import { resolveInsuredRegion } from '@/domain/regions'
import { useSubject } from '@/hooks/use-subject'
import { useCurrentEmergencyDraft, useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { plainReduction } from '@/domain/rules'
import { useMeOnShow } from '@/hooks/use-me-on-show'
import { goToStep } from '../../shared/flow'
import '../../shared/emergency.scss'
import './index.scss'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { goHome } from '@/lib/navigation'
import { tappable } from '@/lib/a11y'

/** Yuan for people: '10,000 元', '1,500.5 元' (no Intl: the phone runtimes differ). */
function yuan(amount: number): string {
  const [whole, fraction] = String(Math.round(amount * 100) / 100).split('.')
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? '.' + fraction : ''} 元`
}

/**
 * Too late to file, or already discharged where that closes the door: no dead end. What to do
 * instead (pay, keep the papers, claim at home), what it costs, and where that is written.
 */
export default function AfterWindow() {
  const profile = useSubject(useEmergencyDraftStore((s) => s.subject))
  const [kept, setKept] = useState<string[]>([])

  useMeOnShow()

  // Without 实名信息 the national default still gives the right steps, only a general cut.
  const guidance = useMemo(() => afterWindowGuidance(profileFor(profile?.insuredRegion ?? '')), [profile])
  const reduction = guidance.reduction
  const destination = useCurrentEmergencyDraft().destination
  // The cut in plain words, for where the hospital is (issue 13 item 10); the rule's own text behind 查看依据.
  const plain = useMemo(() => {
    const insured = profile?.insuredRegion ?? ''
    return plainReduction({
      profile: profileFor(insured),
      situation: 'LATE',
      kind: 'EMERGENCY',
      insuredRegion: insured || undefined,
      destination: destination || undefined,
      exampleAmount: 10000,
    })
  }, [profile, destination])
  const example = reduction?.example ?? null

  const toggle = (item: string) => setKept(kept.includes(item) ? kept.filter((k) => k !== item) : [...kept, item])

  return (
    <PageRoot className='flow'>
      <View className='flow__section after__head' id='after-headline'>
        <Text className='emergency__headline'>{guidance.headline}</Text>
        <Text className='flow__text'>过了补办备案的时间，或者已经出院结算了，医药费还是能报的，只是要先自己垫钱。</Text>
      </View>

      <View className='flow__section' id='after-steps'>
        <Text className='flow__title'>接下来这样办</Text>
        {guidance.steps.map((step, i) => (
          <View key={step} className='after__step'>
            <Text className='after__step-no'>{i + 1}</Text>
            <Text className='after__step-text'>{step}</Text>
          </View>
        ))}
      </View>

      <View className='flow__section' id='keep-list'>
        <Text className='flow__title'>这些单据要收好</Text>
        <Text className='flow__text'>报销时都要用。收好一样，点一下打个勾。</Text>
        {guidance.keep.map((item, i) => {
          const on = kept.includes(item)
          return (
            <View key={item} className={`flow__choice after__keep${on ? ' flow__choice--selected' : ''}`} id={`keep-${i}`} {...tappable(null, () => toggle(item), { role: 'checkbox', checked: on })}>
              <Text className={`after__box${on ? ' after__box--on' : ''}`}>{on ? '✓' : ''}</Text>
              <Text className='after__keep-text'>{item}</Text>
            </View>
          )
        })}
        <Text className='flow__text after__count'>
          已收好 {kept.length} / {guidance.keep.length} 样
        </Text>
      </View>

      <View className='flow__section' id='money'>
        <Text className='flow__title'>会少报多少钱</Text>
        {reduction ? <Text className='flow__text' id='money-plain'>{plain.sentence}</Text> : null}
        {example ? (
          <View className='after__example' id='money-example'>
            <Text className='after__example-title'>举个例子：医药费 {yuan(example.amount)}</Text>
            <View className='after__example-row'>
              <Text className='after__example-label'>按时备案，医保一般付</Text>
              <Text className='after__example-value'>{yuan(example.fundPaysUsually)}</Text>
            </View>
            <View className='after__example-row'>
              <Text className='after__example-label'>没按时备案，医保付</Text>
              <Text className='after__example-value'>{yuan(example.fundPaysAfterCut)}</Text>
            </View>
            <View className='after__example-row after__example-row--total'>
              <Text className='after__example-label'>您要多掏</Text>
              <Text className='after__example-value' id='extra-out-of-pocket'>
                {yuan(example.extraOutOfPocket)}
              </Text>
            </View>
            <Text className='after__example-note'>
              按报销比例 {example.baseRatioPercent}% 降到 {example.reducedRatioPercent}% 估算，只是举例；实际报多少，还要看起付线、目录和参保地的规定。
            </Text>
          </View>
        ) : null}
        <BasisNote name='after-window' citations={guidance.citations} text={plain.legal} scope={profileFor(profile?.insuredRegion ?? '').reductions.scope} insuredRegion={profile?.insuredRegion ?? null} />
      </View>

      <HelpLine name='after-window' placeName={resolveInsuredRegion(profile?.insuredRegion ?? '')?.name} title='零星报销怎么办、要带什么，可以先问清楚' />

      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block id='after-home' onClick={() => goHome()}>
          知道了，回首页
        </Button>
        <Button size='xlarge' block className='flow__secondary' id='after-fix-date' onClick={() => goToStep('details')}>
          住院日期填错了？回去改
        </Button>
      </View>
    </PageRoot>
  )
}
