import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PrivacyConsentScope } from '@/domain/privacy'
import { tappable } from '@/lib/a11y'
import { chineseDateOf } from '@/domain/calendar/day-number'

export interface PrivacyConsentProps {
  /** PROFILE: one's own 实名信息; FAMILY_MEMBER: a family member's data, for 代办. */
  scope: PrivacyConsentScope
  /** The 隐私保护指引 version being agreed to (shown, and what the page sends). */
  version: string
  /** Why the step shows again (e.g. the notice was updated), or null. */
  reason?: string | null
  onAgree: () => void
  onOpenNotice: () => void
  /** 进度查询: what works without any personal data. */
  onOpenStatus: () => void
  onHome: () => void
}

const WHAT: Record<PrivacyConsentScope, { title: string; lead: string; items: string[]; agree: string }> = {
  PROFILE: {
    title: '先请您同意我们使用您的个人信息',
    lead: '办理异地就医备案，要用到您的下面这些信息。其中身份证号、看病的情况和证件照片是敏感个人信息，需要您单独同意：',
    items: ['姓名、身份证号码、手机号码、参保地', '您上传的材料照片', '急诊住院时的医院、诊断等情况'],
    agree: '我已阅读《隐私保护指引》，同意为办理异地就医备案使用我的以上信息，包括身份证号、看病情况等敏感个人信息',
  },
  FAMILY_MEMBER: {
    title: '替家人办理，先请您同意',
    lead: '您要填写的是家人的个人信息，其中身份证号等属于敏感个人信息。请先确认：',
    items: ['已经征得家人本人同意（不满 14 周岁的孩子，由父母或其他监护人同意）', '只用来为这位家人办理异地就医备案', '家人还要在自己的手机上确认，或交签好的授权委托书'],
    agree: '我已阅读《隐私保护指引》，已征得家人同意，同意为办理备案使用家人的以上信息，包括身份证号等敏感个人信息',
  },
}

/**
 * The separate consent to sensitive personal information (个人信息保护法 第二十八条, 第二十九条)
 * before anything is typed: an unticked box, then 同意并继续. Refusing keeps the person here
 * with what they can still do (进度查询 needs no personal data).
 */
export default function PrivacyConsent({ scope, version, reason, onAgree, onOpenNotice, onOpenStatus, onHome }: PrivacyConsentProps) {
  const [ticked, setTicked] = useState(false)
  const [refused, setRefused] = useState(false)
  const [nudge, setNudge] = useState(false)
  const text = WHAT[scope]

  const agree = () => {
    if (!ticked) {
      setNudge(true)
      return
    }
    onAgree()
  }

  return (
    <View className='privacy-consent' id='privacy-consent'>
      {reason ? (
        <Text className='privacy-consent__reason' id='privacy-consent-reason'>
          {reason}
        </Text>
      ) : null}
      <Text className='privacy-consent__title'>{text.title}</Text>
      <Text className='privacy-consent__text'>{text.lead}</Text>
      {text.items.map((item) => (
        <Text key={item} className='privacy-consent__item'>
          · {item}
        </Text>
      ))}
      <Text className='privacy-consent__text'>这些信息只用来向医保经办机构办理备案，存在本服务的服务器上，只有您和审核备案的工作人员能看到。您可以随时撤回同意、删除信息。</Text>
      <View className='privacy-consent__link' id='privacy-consent-notice' {...tappable(null, onOpenNotice)}>
        <Text>查看完整的《隐私保护指引》 ›</Text>
      </View>

      <View
        className={`privacy-consent__check${ticked ? ' privacy-consent__check--on' : ''}${nudge && !ticked ? ' privacy-consent__check--nudge' : ''}`}
        id='privacy-consent-check'
        {...tappable(
          null,
          () => {
            setTicked(!ticked)
            setNudge(false)
            setRefused(false)
          },
          { role: 'checkbox', checked: ticked },
        )}
      >
        <View className='privacy-consent__box'>
          <Text>{ticked ? '✓' : ''}</Text>
        </View>
        <Text className='privacy-consent__check-label'>{text.agree}</Text>
      </View>
      {nudge && !ticked ? (
        <Text className='privacy-consent__nudge' id='privacy-consent-nudge'>
          请先点一下上面的方框，打上 ✓ 表示同意。
        </Text>
      ) : null}

      <View className='privacy-consent__actions'>
        <Button type='primary' size='xlarge' block id='privacy-consent-agree' onClick={agree}>
          同意并继续
        </Button>
        <Button size='xlarge' block className='privacy-consent__refuse' id='privacy-consent-refuse' onClick={() => setRefused(true)}>
          不同意
        </Button>
      </View>

      {refused ? (
        <View className='privacy-consent__refused' id='privacy-consent-refused'>
          <Text className='privacy-consent__text'>
            没关系，我们不会保存您的任何信息。不同意就不能在网上办理备案，您可以到参保地医保经办机构的窗口办理。
          </Text>
          <Text className='privacy-consent__text'>不用填个人信息也能用：用备案号查办理进度。</Text>
          <Button size='xlarge' block className='privacy-consent__status' id='privacy-consent-status' onClick={onOpenStatus}>
            去进度查询
          </Button>
          <Button size='xlarge' block className='privacy-consent__home' id='privacy-consent-home' onClick={onHome}>
            返回首页
          </Button>
        </View>
      ) : null}
      <Text className='privacy-consent__version'>隐私保护指引（{chineseDateOf(version)}版）</Text>
    </View>
  )
}
